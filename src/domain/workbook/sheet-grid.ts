/**
 * A sheet of an office workbook as its cells stand, before any reading of the form: what the
 * workbook reader (src/workers, SheetJS) hands to the form reader (src/domain/workbook). Values are
 * the cached ones Excel showed last; no formula is ever run.
 */

/** What a cell holds. `date` values are ISO dates (YYYY-MM-DD); `error` is Excel's error text (#DIV/0!). */
export type CellKind = 'number' | 'text' | 'boolean' | 'date' | 'error';

export interface GridCell {
  kind: CellKind;
  /** number for `number`; boolean for `boolean`; text for the others. */
  value: string | number | boolean;
  /** The number format code ('0.0%', '#,##0.0', 'General'); a percent format makes 0.925 read as 92,5. */
  format?: string;
  /** The formula's text when the cell holds one; `value` is then its cached result. */
  formula?: string;
  /** The cell holds a formula with no cached result: there is no value to read. */
  uncached?: true;
}

/** A merged range, 0-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  /** The sheet's name as the workbook writes it (control characters already replaced by the reader). */
  name: string;
  /** Hidden or very hidden in the workbook. */
  hidden: boolean;
  /** rows[r][c], 0-based from A1; a missing or null cell is empty; rows may be of any length. */
  rows: readonly (readonly (GridCell | null | undefined)[])[];
  merges: readonly MergedRange[];
  /** 0-based indexes of hidden rows and columns. */
  hiddenRows: readonly number[];
  hiddenColumns: readonly number[];
}

export interface WorkbookGrid {
  sheets: readonly SheetGrid[];
}
