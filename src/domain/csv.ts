import Papa from 'papaparse';

/**
 * The one place PapaParse is called, with fixed options: delimiter detected among , ; tab
 * (Excel in a Vietnamese locale writes semicolons), UTF-8 BOM removed, blank lines skipped,
 * every cell kept as text so numbers are read by the locale rules, not guessed.
 */
export interface DelimitedTable {
  header: string[];
  /** Data rows; `line` is the spreadsheet row (header = 1). */
  rows: { line: number; cells: string[] }[];
  delimiter: string;
  errors: { line: number; message: string }[];
}

export function parseDelimited(text: string): DelimitedTable {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const [header = [], ...body] = result.data;
  return {
    header: header.map((h) => h.trim()),
    rows: body.map((cells, index) => ({ line: index + 2, cells })),
    delimiter: result.meta.delimiter,
    errors: result.errors.map((e) => ({ line: (e.row ?? 0) + 2, message: e.message })),
  };
}

/** Writes rows as RFC 4180 CSV with a fixed column order. */
export function toDelimited(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return Papa.unparse({ fields: [...header], data: rows.map((r) => r.map((c) => (c === null ? '' : c))) }, { newline: '\n' });
}
