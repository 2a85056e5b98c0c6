/**
 * Where a form's header is: under the title block (letterhead, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", the
 * form's title, the signing date), one to three rows deep with merged cells, maybe followed by a row
 * numbering the columns. The guess says why; the caller may name the header row instead.
 */
import type { Localized } from '../issues';
import { fieldForHeader } from '../observations/header-aliases';
import { cellText, isFigure, type SheetView } from './form-cells';
import { isColumnNumberRow, isDateLine, isRowNumberHeader } from './form-words';
import { percentColumnVerdict } from './percent-verdict';

export interface HeaderPlace {
  /** 0-based sheet row of the header's first row. */
  top: number;
  /** Header rows: 1 to 3. */
  depth: number;
  /** 0-based sheet row of the column-number row ("A, B, 1, 2, 3=2/1"), when there is one. */
  columnNumberRow: number | null;
  source: 'guess' | 'option';
  reason: Localized;
}

/** How far down a title block may reach before the header is given up on. */
export const HEADER_SEARCH_ROWS = 60;
const MAX_DEPTH = 3;

const knownHeader = (text: string) => isRowNumberHeader(text) || fieldForHeader(text) !== null || percentColumnVerdict(text).percentOfPlan;

/** A row that could be a header's first row: two named columns one of which the aliases know, or three names. */
function headerScore(view: SheetView, row: number): { names: string[]; known: boolean } | null {
  const cells = view.distinctCells(row).filter((d) => !isFigure(view.shown(row, d.col)));
  const names = cells.map((d) => d.text);
  if (names.length < 2 || isColumnNumberRow(view.rowTexts(row)) || names.some(isDateLine)) return null;
  const known = names.some(knownHeader);
  return known || names.length >= 3 ? { names, known } : null;
}

/** The rows below `top` that continue its header: text under a merged header cell, no figures, up to three rows. */
export function headerDepth(view: SheetView, top: number): number {
  let depth = 1;
  while (depth < MAX_DEPTH && top + depth < view.rowCount) {
    const row = top + depth;
    if (isColumnNumberRow(view.rowTexts(row))) break;
    const fresh = view.distinctCells(row);
    if (fresh.length === 0 || fresh.some((d) => isFigure(view.shown(row, d.col)))) break;
    const underMerged = fresh.some((d) => {
      for (let above = top; above < row; above++) {
        const m = view.merge(above, d.col);
        if (m && m.top >= top && m.top < row && m.right > m.left) return true;
      }
      return false;
    });
    const spannedDown = view.grid.merges.some((m) => m.top >= top && m.top < row && m.bottom >= row);
    if (!underMerged && !spannedDown) break;
    depth++;
  }
  return depth;
}

const placeAt = (view: SheetView, top: number): Omit<HeaderPlace, 'source' | 'reason'> => {
  const depth = headerDepth(view, top);
  const below = top + depth;
  const columnNumberRow = below < view.rowCount && isColumnNumberRow(view.rowTexts(below)) ? below : null;
  return { top, depth, columnNumberRow };
};

/** The header's place: at the caller's row (1-based) when given, else the first row that reads as one. */
export function findHeader(view: SheetView, headerRow?: number): HeaderPlace | null {
  if (headerRow !== undefined && Number.isInteger(headerRow) && headerRow >= 1 && headerRow <= view.rowCount) {
    const place = placeAt(view, headerRow - 1);
    return { ...place, source: 'option', reason: { vi: `Hàng tiêu đề cột là hàng ${headerRow}, như bạn đã chọn.`, en: `The header is row ${headerRow}, as you chose.` } };
  }
  let fallback: { row: number; names: string[] } | null = null;
  for (let row = 0; row < Math.min(view.rowCount, HEADER_SEARCH_ROWS); row++) {
    const score = headerScore(view, row);
    if (!score) continue;
    if (score.known) return guessed(view, row, score.names, true);
    fallback ??= { row, names: score.names };
  }
  return fallback ? guessed(view, fallback.row, fallback.names, false) : null;
}

function guessed(view: SheetView, row: number, names: string[], known: boolean): HeaderPlace {
  const place = placeAt(view, row);
  const sample = names.slice(0, 3).map((n) => `"${n}"`).join(', ');
  const above = Array.from({ length: row }, (_, r) => r).filter((r) => view.rowTexts(r).some((t) => t !== '')).length;
  const title = above > 0 ? { vi: `, dưới ${above} hàng tiêu đề của biểu`, en: `, under ${above} title rows` } : { vi: '', en: '' };
  const depth = place.depth > 1 ? { vi: `, gồm ${place.depth} hàng gộp ô`, en: `, ${place.depth} rows with merged cells` } : { vi: '', en: '' };
  const why = known
    ? { vi: 'hàng đầu tiên có tên cột quen thuộc', en: 'the first row with known column names' }
    : { vi: 'hàng đầu tiên có từ ba ô chữ riêng', en: 'the first row with three or more separate text cells' };
  return {
    ...place,
    source: 'guess',
    reason: {
      vi: `Hàng tiêu đề cột đoán là hàng ${row + 1} (${sample}): ${why.vi}${title.vi}${depth.vi}. Nếu sai, hãy chọn hàng tiêu đề.`,
      en: `The header is guessed to be row ${row + 1} (${sample}): ${why.en}${title.en}${depth.en}. If that is wrong, choose the header row.`,
    },
  };
}

/** One name per column: the header rows' texts top-down, a merged cell repeated over its span, joined with " › ". */
export function columnNames(view: SheetView, place: Pick<HeaderPlace, 'top' | 'depth'>): string[][] {
  return Array.from({ length: view.colCount }, (_, col) => {
    const segments: string[] = [];
    for (let row = place.top; row < place.top + place.depth; row++) {
      const text = cellText(view.shown(row, col));
      if (text !== '' && text !== segments.at(-1)) segments.push(text);
    }
    return segments;
  });
}
