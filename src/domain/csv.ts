import Papa from 'papaparse';
import { unescapeFormulaCell } from './csv-cell.ts';

/**
 * The one place PapaParse is called, with fixed options: delimiter detected among , ; tab
 * (Excel in a Vietnamese locale writes semicolons), UTF-8 BOM removed, blank lines skipped,
 * every cell kept as text so numbers are read by the locale rules, not guessed; the export's
 * formula guard (a leading ' before = + - @) is undone, so an exported file reads back the same.
 */
export interface DelimitedTable {
  header: string[];
  /** Data rows; `line` is the spreadsheet row (header = 1). */
  rows: { line: number; cells: string[] }[];
  delimiter: string;
  errors: { line: number; message: string }[];
}

/** Excel writes "sep=;" as a first line to name its delimiter; it is not a row of the sheet. */
const SEP_LINE = /^sep=(.)\r?\n/;

const QUOTE = "'".charCodeAt(0);

function blank(cells: readonly string[]): boolean {
  for (let k = 0; k < cells.length; k++) if (cells[k]!.trim() !== '') return false;
  return true;
}

export function parseDelimited(text: string): DelimitedTable {
  const withoutBom = text.replace(/^\uFEFF/, '');
  const sep = SEP_LINE.exec(withoutBom);
  const content = sep ? withoutBom.slice(sep[0].length) : withoutBom;
  // The delimiter is guessed on the first rows, blank lines aside, as Papa guesses best…
  const delimiter = sep?.[1] ?? Papa.parse<string[]>(content, { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] }).meta.delimiter;
  // …then every record is kept, blank ones too, so each row keeps its spreadsheet number.
  const result = Papa.parse<string[]>(content, { header: false, dynamicTyping: false, skipEmptyLines: false, delimiter });
  // One pass, Papa's arrays reused: a million rows make no second copy of their cells.
  let header: string[] | undefined;
  const rows: DelimitedTable['rows'] = [];
  const data = result.data;
  for (let index = 0; index < data.length; index++) {
    const cells = data[index]!;
    if (blank(cells)) continue;
    // Only a cell that starts with ' can carry the export's formula guard.
    for (let k = 0; k < cells.length; k++) if (cells[k]!.charCodeAt(0) === QUOTE) cells[k] = unescapeFormulaCell(cells[k]!);
    if (header) rows.push({ line: index + 1, cells });
    else header = cells;
  }
  return {
    header: (header ?? []).map((h) => h.trim()),
    rows,
    delimiter: result.meta.delimiter,
    errors: result.errors.filter((e) => e.code !== 'UndetectableDelimiter').map((e) => ({ line: (e.row ?? 0) + 1, message: e.message })),
  };
}

// The writer lives in csv-cell.ts (no PapaParse there), so the page exports without loading the parser.
export { toDelimited } from './csv-cell.ts';
