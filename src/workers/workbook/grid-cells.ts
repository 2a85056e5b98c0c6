import type * as SheetjsModule from '@e965/xlsx';
import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { GridCell, MergedRange } from '../../domain/workbook/sheet-grid';

/** The SheetJS module, loaded by the reader's dynamic import. */
export type Sheetjs = typeof SheetjsModule;

/** Excel's error codes as it shows them (SheetJS keeps the code in `v` when `cellText` is off). */
const ERRORS: Readonly<Record<number, string>> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA' };

/** SheetJS's number-format library, which its types leave as `any`: the two calls used, typed here. */
interface Ssf {
  parse_date_code(serial: number): { y: number; m: number; d: number } | null;
  is_date(format: string): boolean;
}
const ssfOf = (xlsx: Sheetjs) => xlsx.SSF as Ssf;

export interface Extent {
  ref: string;
  rows: number;
  columns: number;
}

/** The sheet's used range as declared (`!fullref` when only its first rows were parsed), null when empty. */
export function sheetExtent(xlsx: Sheetjs, sheet: WorkSheet): Extent | null {
  const ref = (sheet['!fullref'] as string | undefined) ?? sheet['!ref'];
  if (!ref) return null;
  const range = xlsx.utils.decode_range(ref);
  return { ref, rows: range.e.r - range.s.r + 1, columns: range.e.c - range.s.c + 1 };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** An Excel date serial as an ISO date, by the workbook's own calendar rules (1900 leap bug, 1904 system). */
function serialDate(xlsx: Sheetjs, serial: number): string | null {
  const parsed = ssfOf(xlsx).parse_date_code(serial);
  if (!parsed || !Number.isFinite(parsed.y)) return null;
  return `${pad(parsed.y, 4)}-${pad(parsed.m, 2)}-${pad(parsed.d, 2)}`;
}

const isoOfDate = (date: Date): string => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;

/** One SheetJS cell as a grid cell: the cached value only, its format and whether it holds a formula. */
export function gridCell(xlsx: Sheetjs, cell: CellObject | undefined): GridCell | null {
  if (!cell || cell.t === 'z') return null;
  const extra: Pick<GridCell, 'format' | 'formula'> = {};
  if (typeof cell.z === 'string' && cell.z !== 'General') extra.format = cell.z;
  if (typeof cell.f === 'string' && cell.f !== '') extra.formula = cell.f;
  if (cell.v === undefined || cell.v === null) return extra.formula ? { kind: 'error', value: '', ...extra, uncached: true } : null;
  switch (cell.t) {
    case 'n': {
      const value = cell.v as number;
      const date = extra.format && ssfOf(xlsx).is_date(extra.format) ? serialDate(xlsx, value) : null;
      return date ? { kind: 'date', value: date, ...extra } : { kind: 'number', value, ...extra };
    }
    case 'b':
      return { kind: 'boolean', value: Boolean(cell.v), ...extra };
    case 'd': {
      const date = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return Number.isNaN(date.getTime()) ? { kind: 'text', value: String(cell.v), ...extra } : { kind: 'date', value: isoOfDate(date), ...extra };
    }
    case 'e':
      return { kind: 'error', value: typeof cell.v === 'number' ? (ERRORS[cell.v] ?? `#${cell.v}`) : String(cell.v), ...extra };
    default:
      return { kind: 'text', value: String(cell.v), ...extra };
  }
}

export interface GridPart {
  rows: (GridCell | null)[][];
  merges: MergedRange[];
  hiddenRows: number[];
  hiddenColumns: number[];
  cells: number;
}

const hiddenIndexes = (infos: readonly ({ hidden?: boolean } | undefined)[] | undefined): number[] => {
  const out: number[] = [];
  infos?.forEach((info, i) => {
    if (info?.hidden) out.push(i);
  });
  return out;
};

/**
 * A dense SheetJS sheet as grid rows, counting the non-empty cells: null as soon as they pass
 * `maxCells` (the grid is then not built further).
 */
export function gridRows(xlsx: Sheetjs, sheet: WorkSheet, maxCells: number): GridPart | null {
  const data = (sheet['!data'] ?? []) as (CellObject[] | undefined)[];
  const rows: (GridCell | null)[][] = [];
  let cells = 0;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const row: (GridCell | null)[] = [];
    if (source) {
      for (let c = 0; c < source.length; c++) {
        const cell = gridCell(xlsx, source[c]);
        row.push(cell);
        if (cell && ++cells > maxCells) return null;
      }
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
    }
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  const merges = (sheet['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  return { rows, merges, hiddenRows: hiddenIndexes(sheet['!rows']), hiddenColumns: hiddenIndexes(sheet['!cols']), cells };
}
