/**
 * A sheet's cells as the form reader sees them: a number stays a number (a percent-formatted 0.925 is
 * 92.5, as Excel shows it), a text number stays text (the CSV path's locale reader decides its locale),
 * a date is its ISO date, and a merged range's text stands in every cell it covers.
 */
import type { GridCell, MergedRange, SheetGrid } from './sheet-grid';
import { readLocaleNumber } from '../numbers/numbers';

export type FormCell =
  | { kind: 'number'; value: number; percentFormat?: true }
  | { kind: 'text'; value: string }
  | { kind: 'date'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string }
  /** A formula Excel never computed: there is no value to read (a located issue). */
  | { kind: 'uncached'; value: string };

/** A percent number format ('0.0%', '0%;[Red]-0%'), ignoring quoted text and escaped characters. */
export const isPercentFormat = (format: string | undefined): boolean =>
  format !== undefined && /%/.test(format.replace(/"[^"]*"|\\./g, ''));

/** A percent-formatted value as a person reads it: 0.925 → 92.5, without the float noise of × 100. */
const asPercent = (value: number): number => Number((value * 100).toPrecision(15));

export function formCell(cell: GridCell | null | undefined): FormCell | null {
  if (!cell) return null;
  if (cell.uncached) return { kind: 'uncached', value: cell.formula ?? '' };
  switch (cell.kind) {
    case 'number': {
      const value = Number(cell.value);
      if (!Number.isFinite(value)) return { kind: 'error', value: String(cell.value) };
      return isPercentFormat(cell.format) ? { kind: 'number', value: asPercent(value), percentFormat: true } : { kind: 'number', value };
    }
    case 'boolean':
      return { kind: 'boolean', value: Boolean(cell.value) };
    case 'date':
      return { kind: 'date', value: String(cell.value) };
    case 'error':
      return { kind: 'error', value: String(cell.value) };
    default: {
      const text = String(cell.value);
      return text.trim() === '' ? null : { kind: 'text', value: text };
    }
  }
}

/** Whitespace and line breaks inside a cell collapsed to one space. */
export const collapse = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The cell's text as a person reads it (numbers in plain digits); '' for an empty cell. */
export function cellText(cell: FormCell | null): string {
  if (!cell) return '';
  return collapse(typeof cell.value === 'string' ? cell.value : String(cell.value));
}

/** A figure: a number cell, or a text cell that reads as a number in either locale. */
export function isFigure(cell: FormCell | null): boolean {
  if (!cell) return false;
  if (cell.kind === 'number') return true;
  if (cell.kind !== 'text') return false;
  const reading = readLocaleNumber(collapse(cell.value), 'auto');
  return (reading.ok && reading.value !== null) || (!reading.ok && reading.code === 'ambiguous');
}

/** The sheet's cells with each merged range's anchor standing in every cell of the range. */
export class SheetView {
  private readonly anchorOf = new Map<string, MergedRange>();
  readonly rowCount: number;
  readonly colCount: number;
  private readonly hiddenRows: Set<number>;

  constructor(readonly grid: SheetGrid) {
    this.hiddenRows = new Set(grid.hiddenRows);
    this.rowCount = grid.rows.length;
    this.colCount = grid.rows.reduce((max, row) => Math.max(max, row.length), 0);
    // Merges are bounded by the sheet's own cells, and all of them together by twice its cells: hostile
    // merges over the whole sheet, or thousands of overlapping ones, cost no more than reading the sheet.
    let budget = 2 * Math.max(1, this.rowCount * this.colCount);
    for (const m of grid.merges) {
      for (let r = Math.max(0, m.top); r <= Math.min(m.bottom, this.rowCount - 1) && budget > 0; r++)
        for (let c = Math.max(0, m.left); c <= Math.min(m.right, this.colCount - 1) && budget > 0; c++, budget--) if (!this.anchorOf.has(`${r}:${c}`)) this.anchorOf.set(`${r}:${c}`, m);
    }
  }

  /** The merged range a cell belongs to, if any. */
  merge(row: number, col: number): MergedRange | undefined {
    return this.anchorOf.get(`${row}:${col}`);
  }

  /** The cell as it stands (a merged range's non-anchor cells are empty). */
  raw(row: number, col: number): FormCell | null {
    return formCell(this.grid.rows[row]?.[col]);
  }

  /** The cell as a person sees it: inside a merged range, the range's anchor. */
  shown(row: number, col: number): FormCell | null {
    const m = this.merge(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** The text of each column of a row, as shown. */
  rowTexts(row: number): string[] {
    return Array.from({ length: this.colCount }, (_, c) => cellText(this.shown(row, c)));
  }

  /** The distinct non-empty cells a row brings, a merged range counted once (and not in the rows below its top). */
  distinctCells(row: number): { col: number; text: string }[] {
    const seen = new Set<MergedRange>();
    const out: { col: number; text: string }[] = [];
    for (let c = 0; c < this.colCount; c++) {
      const m = this.merge(row, c);
      if (m) {
        if (seen.has(m) || m.top !== row) continue;
        seen.add(m);
      }
      const text = cellText(this.shown(row, c));
      if (text !== '') out.push({ col: c, text });
    }
    return out;
  }

  isHiddenRow(row: number): boolean {
    return this.hiddenRows.has(row);
  }
}
