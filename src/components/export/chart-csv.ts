import { peopleCsv, type CsvStyle } from '../../domain/spreadsheet/people-csv';
import { sheetName } from '../../domain/spreadsheet/sheet-name';
import type { SheetTable, SheetValue } from '../../domain/spreadsheet/sheet-spec';

export interface CsvColumn {
  key: string;
  label: string;
  /** A column of figures: its cells come from the row's figures as numbers, its unit goes in the header. */
  figure?: { unit?: string | undefined; maxDecimals?: number | undefined } | undefined;
}

/** A chart row's figures by column key: the numbers behind the text the table shows; null is no value. */
export type ChartFigures = Readonly<Record<string, number | null>>;

/** A row's own cell under the column's key: "constructor" or "__proto__" never read the prototype. */
export const cellOf = (row: Readonly<Record<string, string>>, key: string): string => (Object.hasOwn(row, key) ? (row[key] ?? '') : '');

const figureOf = (figures: ChartFigures | undefined, key: string): number | null | undefined =>
  figures && Object.hasOwn(figures, key) ? figures[key] : undefined;

/**
 * A chart's table for a file: the title and provenance, the columns (a figure column says its unit
 * in the header) and each row with its figures as numbers — "28,2 tỷ đồng" on screen is 28.2 under
 * "Thực hiện (tỷ đồng)" in the file. A figure column without a figure for a row keeps the text shown.
 */
export function chartTable(title: string, provenance: readonly string[], columns: readonly CsvColumn[], rows: readonly Record<string, string>[], figures?: readonly ChartFigures[]): SheetTable {
  return {
    name: sheetName(title),
    title,
    provenance,
    columns: columns.map((c) => (c.figure ? { label: c.label, kind: 'number', unit: c.figure.unit, maxDecimals: c.figure.maxDecimals } : { label: c.label, kind: 'text' })),
    rows: rows.map((row, i): SheetValue[] => columns.map((c) => {
      const figure = c.figure ? figureOf(figures?.[i], c.key) : undefined;
      return figure === undefined ? cellOf(row, c.key) : figure;
    })),
  };
}

/**
 * A chart's data as CSV for people: a BOM, the title and provenance as "#" lines (tools that skip
 * comment lines read the table alone), a blank line, then the table with its figures as numbers in
 * the style asked ('vi': comma decimals and semicolons, as a Vietnamese Excel opens; 'en': dots and commas).
 */
export function chartCsv(title: string, provenance: readonly string[], columns: readonly CsvColumn[], rows: readonly Record<string, string>[], figures?: readonly ChartFigures[], style: CsvStyle = 'en'): string {
  return peopleCsv(chartTable(title, provenance, columns, rows, figures), style);
}
