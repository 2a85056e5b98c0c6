/**
 * The body of a form, row by row as a person reads it: units (or indicators), totals kept apart, empty
 * rows inside the table skipped and counted, and below the last figure the footnotes, signatures and
 * empty rows skipped together. No row is dropped without being counted.
 */
import { cellAddress } from './cell-address';
import { cellText, isFigure, type FormCell, type SheetView } from './form-cells';
import type { FormColumn } from './form-columns';
import { isTotalName } from './form-words';

export interface FormRow {
  /** 1-based sheet row. */
  row: number;
  /** "Biểu 01!D12" for a 0-based column of this row. */
  address: (col: number) => string;
  /** The row's cells by 0-based sheet column, as they stand (a merged range's figure is not repeated). */
  cells: readonly (FormCell | null)[];
  /** The unit's (wide) or indicator's (long) name, as shown. */
  name: string;
  /** The STT column's text ("1", "I", "a"), a row number and not data. */
  rowNumber: string | null;
  /** Hidden in the workbook: kept, and said. */
  hidden: boolean;
  /** No figure in any column: a section heading ("I. CHỈ TIÊU KINH TẾ") or a unit with no data yet. */
  heading: boolean;
}

export interface FormBody {
  rows: FormRow[];
  totals: FormRow[];
  /** 1-based rows inside the table with nothing in any column: skipped. */
  emptyRows: number[];
  /** Rows below the last figure (footnotes, signatures, empty): skipped together. */
  trailing: { from: number; count: number; texts: string[] } | null;
}

/** Columns whose figures make a row part of the table (not the STT, not the names, not the notes). */
const FIGURE_ROLES: ReadonlySet<FormColumn['role']> = new Set(['plan', 'actual', 'percent_of_plan', 'value', 'year']);

export function readBody(view: SheetView, first: number, columns: readonly FormColumn[], nameCol: number | null): FormBody {
  const figureCols = columns.filter((c) => FIGURE_ROLES.has(c.role)).map((c) => c.col);
  const rowNumberCol = columns.find((c) => c.role === 'row-number')?.col ?? null;
  const hasFigure = (row: number) => figureCols.some((col) => isFigure(view.raw(row, col)));
  let last = first - 1;
  for (let row = view.rowCount - 1; row >= first; row--)
    if (hasFigure(row)) {
      last = row;
      break;
    }
  // A table of names with no figure yet (a template not filled in) ends at its last named row.
  if (last < first)
    for (let row = view.rowCount - 1; row >= first; row--)
      if (nameCol !== null && cellText(view.raw(row, nameCol)) !== '') {
        last = row;
        break;
      }

  const body: FormBody = { rows: [], totals: [], emptyRows: [], trailing: null };
  // Names repeat down a long sheet (a unit a row, year after year): each is judged once.
  const judged = new Map<string, boolean>();
  const isTotal = (text: string) => {
    let total = judged.get(text);
    if (total === undefined) judged.set(text, (total = isTotalName(text)));
    return total;
  };
  const sheet = view.grid.name;
  for (let row = first; row <= last; row++) {
    const cells = Array.from({ length: view.colCount }, (_, col) => view.raw(row, col));
    if (cells.every((c) => cellText(c) === '')) {
      body.emptyRows.push(row + 1);
      continue;
    }
    const name = nameOf(view, row, nameCol, columns);
    const formRow: FormRow = {
      row: row + 1,
      address: (col: number) => cellAddress(sheet, row, col),
      cells,
      name,
      rowNumber: rowNumberCol === null ? null : cellText(view.raw(row, rowNumberCol)) || null,
      hidden: view.isHiddenRow(row),
      heading: !hasFigure(row),
    };
    const totalName = [name, cellText(view.shown(row, rowNumberCol ?? 0))].some(isTotal);
    (totalName ? body.totals : body.rows).push(formRow);
  }
  if (last + 1 < view.rowCount) {
    const texts: string[] = [];
    for (let row = last + 1; row < view.rowCount; row++) texts.push(...view.distinctCells(row).map((d) => d.text));
    body.trailing = { from: last + 2, count: view.rowCount - last - 1, texts };
  }
  return body;
}

/** The row's name: the unit or indicator column, else the first text outside the STT column. */
function nameOf(view: SheetView, row: number, nameCol: number | null, columns: readonly FormColumn[]): string {
  if (nameCol !== null) {
    const text = cellText(view.shown(row, nameCol));
    if (text !== '') return text;
  }
  for (const column of columns) {
    if (column.role === 'row-number') continue;
    const cell = view.shown(row, column.col);
    if (cell?.kind === 'text' && !isFigure(cell)) return cellText(cell);
  }
  return '';
}
