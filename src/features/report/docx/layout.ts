import type { Language } from '../../../domain/numbers/format';

/**
 * The page and type of a Vietnamese administrative document (Decree 30/2020/NĐ-CP, appendix I):
 * A4, Times New Roman, body 13–14 pt, motto heading 12–13 / 13–14 pt, page numbers at the top
 * centre from page 2. Plain numbers only: report-docx.ts and its builders turn them into docx.
 */

/** Word measures: twips (1/20 pt) for lengths, half-points for font sizes. */
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
export const pt = (points: number) => points * 2;
export const spacing = (points: number) => points * 20;

export const PAGE = {
  /** A4 portrait: 210 × 297 mm. */
  width: 11906,
  height: 16838,
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
  /** The header (page number) sits inside the top margin. */
  headerDistance: mm(10),
  footerDistance: mm(10),
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const FONT = 'Times New Roman';

export const SIZE = {
  body: pt(14),
  issuer: pt(13),
  nation: pt(12),
  motto: pt(14),
  placeDate: pt(14),
  kind: pt(14),
  title: pt(14),
  heading: pt(14),
  caption: pt(13),
  /** Seven columns in 165 mm: the tables take a smaller size, as such reports' tables do. */
  table: pt(12),
  pageNumber: pt(13),
} as const;

export const PARAGRAPH = {
  /** First-line indent 1 cm; at least 6 pt between paragraphs; lines between single and 1.5. */
  firstLine: mm(10),
  before: spacing(6),
  headingBefore: spacing(12),
  line: 288,
} as const;

/** The header block's two columns: issuer on the left, motto on the right. */
export const HEADER_COLUMNS = [Math.round(CONTENT_WIDTH * 0.37), CONTENT_WIDTH - Math.round(CONTENT_WIDTH * 0.37)] as const;

/** The national motto heading: not in the report's data, it is the form of every such document. */
export const MOTTO: Record<Language, { nation: string; motto: string }> = {
  vi: { nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc' },
  en: { nation: 'SOCIALIST REPUBLIC OF VIET NAM', motto: 'Independence - Freedom - Happiness' },
};

export const LANGUAGE_TAG: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * A rule under a line of text is a bordered empty paragraph indented from both sides of its
 * cell; its length is the text's, estimated: Times New Roman averages about half an em a
 * character (a little more in bold capitals).
 */
export function ruleIndent(cellWidth: number, text: string, sizeHalfPoints: number, share: number): number {
  const emTwips = sizeHalfPoints * 10;
  const perChar = text === text.toLocaleUpperCase('vi') ? 0.62 : 0.5;
  const textWidth = Math.min(cellWidth, text.length * perChar * emTwips);
  return Math.max(0, Math.round((cellWidth - textWidth * share) / 2));
}

const ROMAN: readonly [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** Sections are numbered I., II., III. … */
export function romanNumeral(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
