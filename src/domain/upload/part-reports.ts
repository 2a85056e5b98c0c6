/** What an upload of several files (or of a workbook's several sheets) reports about each, and what an office form's reading guessed. */
import type { Localized } from '../issues';
import type { FormPeriod } from '../workbook/form-period';
import type { Chosen } from '../workbook/read-form';
import type { FormShape } from '../workbook/form-columns';
import type { SheetSummary } from '../workbook/sheet-list';

export interface PartReport {
  file: string;
  /** The workbook's sheet, or null for a delimited or JSON file. */
  sheet: string | null;
  rowCount: number;
  /** Rows that passed every check (whether or not they go in: see `kept`). */
  validRows: number;
  errors: number;
  warnings: number;
  /** Whether this part's valid rows go into the version: a part with errors only when the analyst says so. */
  kept: boolean;
}

/** An office workbook: its sheets (for the picker) and the ones read, whether or not a form was found in them. */
export interface WorkbookReport {
  file: string;
  sheets: SheetSummary[];
  read: string[];
}

/** One office form as read, with every guess and why: what the analyst checks and may change. */
export interface FormReport {
  file: string;
  sheet: string;
  shape: FormShape;
  headerRow: Chosen<number> & { depth: number; columnNumberRow: number | null };
  period: (Chosen<{ year: number; period: FormPeriod } | null> & { text: string | null; cell: string | null }) | null;
  /** The unit column's letters and why (a wide form), or null. */
  unitColumn: (Chosen<number> & { letter: string; header: string }) | null;
  /** A long form with no column of units is about one unit: `oneUnit`, and that unit by name, and why. */
  oneUnit: boolean;
  area: Chosen<string> | null;
  /** The table's columns as letters and names: what the unit column can be chosen among. */
  columns: { letter: string; header: string }[];
  totals: number;
  notes: Localized[];
  /** Files of the same shape share this key: the analyst's header row and unit column are remembered under it. */
  shapeKey: string;
}
