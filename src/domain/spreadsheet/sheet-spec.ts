import { issue, type ParseResult } from '../issues';
import { DEFAULT_MAX_DECIMALS, decimalsOf, numberFormat } from './number-format';
import { sheetName } from './sheet-name';

/** Excel's last row (1,048,576): a table longer than that cannot be one sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** A column of a table to write: text, or figures (real numbers) in a unit. */
export interface SheetColumn {
  label: string;
  kind: 'text' | 'number';
  /** Said in the header, "Thực hiện (tỷ đồng)"; the cells hold bare numbers. */
  unit?: string | undefined;
  /** The most decimals a figure of this column shows (what the dataset holds); the cell keeps the exact value. */
  maxDecimals?: number | undefined;
  /** False for figures read as names, a year or a code: 2025, never 2.025. */
  grouping?: boolean | undefined;
}

/** A cell's value: a number for a figure, text, or null/undefined for no value (an empty cell, never 0 or a word). */
export type SheetValue = string | number | null | undefined;

/** A table as a view shows it, with what a colleague needs to trust it: the title and its provenance lines. */
export interface SheetTable {
  /** The sheet's tab; cut and cleaned to what Excel accepts. */
  name: string;
  title: string;
  provenance: readonly string[];
  columns: readonly SheetColumn[];
  rows: readonly (readonly SheetValue[])[];
}

/** One written cell. Text is always a text cell (never a formula, whatever it starts with). */
export type SpecCell =
  | { type: 'text'; value: string; bold?: true; wrap?: true; align?: 'center'; columnSpan?: number; rowSpan?: number }
  | { type: 'number'; value: number; format: string; bold?: true }
  | null;

/** A sheet ready for the writer: rows of cells, column widths (characters) and the rows kept in view. */
export interface SheetSpec {
  name: string;
  rows: SpecCell[][];
  widths: number[];
  frozenRows: number;
  /** Columns kept in view when scrolling sideways (the units of a form). */
  frozenColumns?: number;
}

/** The header says the unit once: "Kế hoạch (tỷ đồng)", unless the label already ends with it. */
export function headerLabel(column: Pick<SheetColumn, 'label' | 'unit'>): string {
  const unit = column.unit?.trim();
  return unit && !column.label.endsWith(`(${unit})`) ? `${column.label} (${unit})` : column.label;
}

/** A figure's cell with as many decimals as it has, up to `max`; no value (null, NaN, ±∞) is an empty cell. */
export function numberCell(value: number | null | undefined, max = DEFAULT_MAX_DECIMALS, grouping = true): SpecCell {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return { type: 'number', value: Object.is(value, -0) ? 0 : value, format: numberFormat(Math.min(decimalsOf(value), max), grouping) };
}

/** A text cell; empty text is an empty cell. */
export const textCell = (value: string): SpecCell => (value === '' ? null : { type: 'text', value });

/** A value under its column: figures as numbers; text in a figure column stays text (kept, never dropped). */
export function valueCell(value: SheetValue, column: SheetColumn): SpecCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return column.kind === 'number' ? numberCell(value, column.maxDecimals, column.grouping) : textCell(String(value));
  return textCell(value);
}

/** How wide a cell shows, in characters: text as written, a figure with its grouping and decimals. */
export function cellWidth(cell: SpecCell): number {
  if (cell === null) return 0;
  if (cell.type === 'text') return Math.max(...cell.value.split('\n').map((line) => line.length));
  const [, decimals = ''] = cell.format.split('.');
  const digits = Math.trunc(Math.abs(cell.value)).toString().length;
  return digits + Math.floor((digits - 1) / 3) + (decimals ? decimals.length + 1 : 0) + (cell.value < 0 ? 1 : 0);
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** A header longer than this wraps instead of widening its column. */
const HEADER_WIDTH = 24;

/** Column widths that fit the header (up to a wrap) and every cell, within bounds. */
export function fitWidths(header: readonly SpecCell[], body: readonly (readonly SpecCell[])[], count: number): number[] {
  const widths = Array.from({ length: count }, (_, c) => Math.min(cellWidth(header[c] ?? null), HEADER_WIDTH));
  for (const row of body) row.forEach((cell, c) => { if (c < count) widths[c] = Math.max(widths[c]!, cellWidth(cell)); });
  return widths.map((w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)));
}

/** The title and provenance lines above a table, then an empty row. */
export function provenanceRows(title: string, provenance: readonly string[]): SpecCell[][] {
  return [[{ type: 'text', value: title, bold: true }], ...provenance.map((line) => [textCell(line)]), []];
}

/**
 * A table as one sheet: the title (bold) and provenance lines above, an empty row, the bold header
 * (kept in view when scrolling), then every row: figures as real numbers with a format, no value as
 * an empty cell, text as text. A table longer than Excel's sheet is refused, never cut.
 */
export function sheetSpec(table: SheetTable): ParseResult<SheetSpec> {
  const above = provenanceRows(table.title, table.provenance);
  const total = above.length + 1 + table.rows.length;
  if (total > EXCEL_MAX_ROWS) {
    return {
      ok: false,
      issues: [issue('error', 'xlsx-too-many-rows', { value: String(table.rows.length) }, {
        vi: `Bảng có ${table.rows.length} dòng, quá ${EXCEL_MAX_ROWS - above.length - 1} dòng một trang tính Excel chứa được. Hãy lọc bớt (theo năm hoặc đơn vị) rồi tải lại, hoặc tải CSV.`,
        en: `The table has ${table.rows.length} rows, more than the ${EXCEL_MAX_ROWS - above.length - 1} an Excel sheet holds. Filter it (by year or unit) and download again, or download the CSV.`,
      })],
    };
  }
  const header: SpecCell[] = table.columns.map((column) => ({ type: 'text', value: headerLabel(column), bold: true, wrap: true }));
  const body = table.rows.map((row) => table.columns.map((column, c) => valueCell(row[c], column)));
  return {
    ok: true,
    data: { name: sheetName(table.name), rows: [...above, header, ...body], widths: fitWidths(header, body, table.columns.length), frozenRows: above.length + 1 },
    warnings: [],
  };
}
