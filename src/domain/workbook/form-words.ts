/**
 * The words of an office form, matched folded (no case, no diacritics): the row-number column, the
 * column-number row, the unit in a header's brackets, total rows, and what stands below a table
 * (footnotes, signatures). Each is a small list a reader can extend; tests hold every entry.
 */
import { isTotalRowLabel } from '../text/row-labels';
import { foldText } from '../text/text-key';
import { collapse } from './form-cells';

/** "STT", "TT", "Số TT", "Số thứ tự": the column numbering the rows, not data. */
export const isRowNumberHeader = (header: string): boolean => /^(so )?(tt|stt|thu tu|so thu tu)$/.test(foldText(header));

/** "A", "B", "(1)", "3", "3=2/1", "(4)=(3)/(2)", "5 = 4 - 3", "6=3/2*100": one cell of the column-number row. */
const COLUMN_NUMBER = /^\(?([a-d]|\d{1,2})\)?(\s*=\s*[\d()a-z\s/*x:+.%-]{1,24})?$/i;

/**
 * A row numbering the columns under the header: every non-empty cell a column number, at least two of them,
 * and some letter, bracket or formula among them — or the plain numbers 1, 2, 3 … in order.
 */
export function isColumnNumberRow(texts: readonly string[]): boolean {
  const cells = texts.map(collapse).filter((t) => t !== '');
  if (cells.length < 2 || !cells.every((t) => COLUMN_NUMBER.test(t))) return false;
  if (cells.some((t) => /[a-z()=]/i.test(t))) return true;
  return cells.every((t, i) => Number(t) === Number(cells[0]) + i);
}

/** Bracketed text that is not a unit: a column number "(1)", a formula "(3)/(2)", a note mark. */
const NOT_A_UNIT = /^[\d\s()=/*+x.-]*$|^\*+$/i;

/** The unit of measure from a header's last bracket: "(tỷ đồng)", "(%)", "(triệu đồng/người)". */
export function unitFromHeader(header: string): string | null {
  const brackets = [...collapse(header).matchAll(/\(([^()]{1,40})\)/g)].map((m) => (m[1] ?? '').trim());
  for (const inner of brackets.reverse()) if (inner !== '' && !NOT_A_UNIT.test(inner) && !/^ghi chu|^xem|^theo /.test(foldText(inner))) return inner;
  return null;
}

/** A leading row number or roman numeral: "I.", "II -", "1.", "a)", "A". */
const LEADING_NUMBER = /^([ivxlc]{1,5}|\d{1,3}|[a-d])\s*[.)\-:]?\s+/i;
/** "Tổng cộng", "TOÀN TỈNH", "Tong so", "I. Tổng số:", "Cộng (38 xã)": a total row, not a unit (text/row-labels.ts, as the CSV upload reads it). */
export function isTotalName(name: string): boolean {
  const bare = collapse(name).replace(/\([^)]*\)/g, ' ').replace(/:$/, '').trim();
  return isTotalRowLabel(bare) || isTotalRowLabel(bare.replace(LEADING_NUMBER, ''));
}

/** What stands below a table: a footnote or a signature block. */
export type TrailerKind = 'footnote' | 'signature';

const FOOTNOTE = /^(ghi chu|nguon|chu thich|luu y)\b/;
const SIGNATURE = /^(nguoi lap( bieu)?|thu truong|kt\b|tm\b|tl\b|q\b|pho chu tich|chu tich|giam doc|pho giam doc|truong phong|ke toan|xac nhan|noi nhan|ky ten|ky( va)? ghi ro|ky dong dau)/;

/** A row of text below the table: "Ghi chú: …", "* Số liệu …", "(1) Số liệu ước", "NGƯỜI LẬP BIỂU", "KT. CHỦ TỊCH". */
export function trailerKind(text: string): TrailerKind | null {
  const t = collapse(text);
  if (/^\*|^\(\d{1,2}\)\s*\S/.test(t)) return 'footnote';
  const folded = foldText(t);
  if (FOOTNOTE.test(folded)) return 'footnote';
  if (SIGNATURE.test(folded)) return 'signature';
  return null;
}

/** A date line of a letterhead: "Lai Châu, ngày 10 tháng 01 năm 2026", "ngày … tháng … năm 2025". */
export const isDateLine = (text: string): boolean => /\bngay\s*(\d{1,2}|\.+|…)?\s*thang\s*(\d{1,2}|\.+|…)?\s*nam\b/.test(foldText(text.replace(/…/g, ' ')));

/** "Đơn vị tính: tỷ đồng", "ĐVT: triệu đồng" in a title block: the unit of every figure of the form. */
export function unitFromTitle(text: string): string | null {
  const m = /^\s*(?:đơn vị tính|don vi tinh|đvt|dvt)\s*:\s*(.{1,40}?)\s*\)?\s*$/i.exec(collapse(text).replace(/^\(/, ''));
  return m?.[1] ? m[1] : null;
}
