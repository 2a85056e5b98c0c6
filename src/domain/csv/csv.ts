import Papa from 'papaparse';
import { unescapeFormulaCell } from './csv-cell.ts';
import { allLineFeeds, ROW_END, toLineFeeds } from './csv-rows.ts';

/**
 * The one place PapaParse is called, with fixed options: delimiter detected among , ; tab
 * (Excel in a Vietnamese locale writes semicolons), UTF-8 BOM removed, line ends as csv-rows.ts
 * defines them (LF, CRLF or a lone CR, mixed or not), blank lines skipped,
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
const SEP_LINE = /^sep=(.)\n/;
const HEAD_CHARS = 1 << 20;

const QUOTE = "'".charCodeAt(0);

function blank(cells: readonly string[]): boolean {
  for (let k = 0; k < cells.length; k++) if (cells[k]!.trim() !== '') return false;
  return true;
}

/**
 * The text without its BOM and "sep=" line, its line ends LF, and its delimiter: guessed on the first
 * rows, blank lines aside, as Papa guesses best. (Papa would guess one line end for the whole file and
 * read any other inside cells: rows run together, or split.)
 */
function contentOf(text: string): { content: string; delimiter: string } {
  const withoutBom = text.replace(/^\uFEFF/, '');
  // The "sep=" line and the delimiter are read off the first mebibyte, its line ends all LF.
  const head = allLineFeeds(withoutBom.slice(0, HEAD_CHARS));
  const sep = SEP_LINE.exec(head);
  const delimiter = sep?.[1] ?? Papa.parse<string[]>(sep ? head.slice(sep[0].length) : head, { preview: 20, newline: ROW_END, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] }).meta.delimiter;
  const content = toLineFeeds(withoutBom, delimiter);
  return { content: sep ? content.slice(sep[0].length) : content, delimiter };
}

export function parseDelimited(text: string): DelimitedTable {
  const { content, delimiter } = contentOf(text);
  // Every record is kept, blank ones too, so each row keeps its spreadsheet number.
  const result = Papa.parse<string[]>(content, { header: false, dynamicTyping: false, skipEmptyLines: false, delimiter, newline: ROW_END });
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

/** Data rows of a CSV as the app's own parser counts them (header and blank lines aside). */
export const countRows = (text: string): number => parseDelimited(text).rows.length;

/** What a streamed read says at its end: whether it read every record, and how much of the text. */
export interface StreamedDelimited {
  delimiter: string;
  /** False when the reader stopped it, or when PapaParse found a malformed record (parseDelimited then names it). */
  complete: boolean;
}

/**
 * The records parseDelimited gives, the same cells and line numbers, handed over one by one as PapaParse
 * reads them (its `step`), so no array of a million rows is ever held and each row's cells die young:
 * `onHeader` with the first non-blank record (trimmed), then `onRow` for each later one, with how far
 * into the text the reading is (0–1). Either returning false stops the reading; a malformed record stops it too.
 */
export function streamDelimited(text: string, onHeader: (header: string[], delimiter: string) => boolean, onRow: (line: number, cells: string[], read: number) => boolean): StreamedDelimited {
  const { content, delimiter } = contentOf(text);
  let index = 0;
  let header = false;
  let complete = true;
  Papa.parse<string[]>(content, {
    header: false, dynamicTyping: false, skipEmptyLines: false, delimiter, newline: ROW_END,
    step: (result, parser) => {
      index++;
      if (result.errors.length > 0) {
        complete = false;
        parser.abort();
        return;
      }
      const cells = result.data;
      if (blank(cells)) return;
      for (let k = 0; k < cells.length; k++) if (cells[k]!.charCodeAt(0) === QUOTE) cells[k] = unescapeFormulaCell(cells[k]!);
      const going = header ? onRow(index, cells, content.length === 0 ? 1 : result.meta.cursor / content.length) : onHeader(cells.map((h) => h.trim()), delimiter);
      header = true;
      if (!going) {
        complete = false;
        parser.abort();
      }
    },
  });
  return { delimiter, complete };
}

// The writer lives in csv-cell.ts (no PapaParse there), so the page exports without loading the parser.
export { toDelimited } from './csv-cell.ts';
