import type { Area, Indicator, Observation } from '../model';
import type { NumberLocale } from '../numbers/numbers';
import type { ObservationField } from '../observations/header-aliases';

/** What the validator reads and is told: its rows, its catalog, and what it reports back besides issues. */

/** One input row before validation: text from CSV, text or numbers from JSON. */
export interface RawObservation {
  row: number;
  cells: Partial<Record<ObservationField, string | number | null>>;
  /** The column name as the file wrote it, for messages. */
  columnNames: Partial<Record<ObservationField, string>>;
}

/**
 * The rows to validate, read by position: an array of RawObservation, or a parsed file's rows read in
 * place (no object per row). Rows that share their column names share the one object.
 */
export interface RowSource {
  readonly length: number;
  row(i: number): number;
  cell(i: number, field: ObservationField): string | number | null | undefined;
  columnNames(i: number): Partial<Record<ObservationField, string>>;
}

export const rawRowSource = (raws: readonly RawObservation[]): RowSource => ({
  length: raws.length,
  row: (i) => raws[i]!.row,
  cell: (i, field) => raws[i]!.cells[field],
  columnNames: (i) => raws[i]!.columnNames,
});

export interface ValidationContext {
  areas: readonly Area[];
  indicators: readonly Indicator[];
  numberLocale: NumberLocale | 'auto';
  /** Stored figures to compare against: a value ~1000× off its own history is probably in the wrong unit. */
  history?: readonly Observation[];
  /** Indicator names as the file writes them → catalog ids, chosen by the analyst. */
  indicatorAliases?: Readonly<Record<string, string>>;
  /** Area names as the file writes them → area ids, chosen by the analyst (area-alias.ts: still under the year rule). */
  areaAliases?: Readonly<Record<string, string>>;
}

/** An area name of the file that an alias placed, and the area it placed it in. */
export interface AreaAliasUse {
  name: string;
  area: string;
}

/** Called every few thousand rows so a long validation can show its progress. */
export type ValidationProgress = (done: number, total: number) => void;
