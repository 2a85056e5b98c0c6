/** A tiny builder of sheet grids for tests: rows of plain values and merges in A1 ranges ("A5:A6"). */
import type { GridCell, MergedRange, SheetGrid } from '../sheet-grid';
import { columnIndex } from '../cell-address';

/** A plain value, or a cell given in full ({ kind: 'number', value: 0.925, format: '0.0%' }). */
export type PlainValue = string | number | boolean | null | undefined | GridCell;

const cellOf = (v: PlainValue): GridCell | null => {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'object') return v;
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  return { kind: 'text', value: v };
};

const ref = (a1: string): { row: number; col: number } => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`not an A1 cell: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1] as string) as number };
};

export const range = (a1Range: string): MergedRange => {
  const [from, to = from] = a1Range.split(':') as [string, string?];
  const a = ref(from);
  const b = ref(to);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
};

export interface GridOptions {
  name?: string;
  merges?: string[];
  /** 1-based sheet rows. */
  hiddenRows?: number[];
}

export function grid(rows: PlainValue[][], options: GridOptions = {}): SheetGrid {
  return {
    name: options.name ?? 'Biểu 01',
    hidden: false,
    rows: rows.map((r) => r.map(cellOf)),
    merges: (options.merges ?? []).map(range),
    hiddenRows: (options.hiddenRows ?? []).map((r) => r - 1),
    hiddenColumns: [],
  };
}

/** A percent-formatted number cell. */
export const pct = (value: number): GridCell => ({ kind: 'number', value, format: '0.0%' });
