import { issue, type Localized, type ParseIssue } from '../issues.ts';

/**
 * What a row of a CSV file is, the same on every path that reads one (the upload, the general reader,
 * `npm run data -- check` and `publish`, the manifest's row count, the fast reading of a published file):
 *
 * - Line ends: LF, CRLF and a lone CR (what Excel for Mac's "CSV (Macintosh)" writes) each end a row,
 *   and one file may mix them (rows pasted together from several machines). Inside a quoted cell each
 *   is the cell's own line break, kept. The fast reading takes LF only and leaves any other file to the general one.
 * - Cells: a row may stop short of the header (Excel leaves trailing empty cells out), and may have empty
 *   cells past it (trailing commas); a row with a non-empty cell past the header's last column is an error
 *   at that row — its figures would otherwise be left out unseen (two records on one line).
 * - A record PapaParse cannot read (a quote left open) is an error at that row.
 */
export const ROW_END = '\n';

const LINE_ENDS = /\r\n?/g;
const QUOTE = 0x22;

/**
 * The text with every CRLF and lone CR that ends a row turned into LF; a line end inside a quoted cell is
 * the cell's own and kept as it is (an export read back gives the same text). A quote opens a quoted cell
 * only at the cell's start and closes at the next lone quote, as PapaParse reads them; a file with no CR
 * (a published one) costs one search.
 */
export function toLineFeeds(text: string, delimiter: string): string {
  if (!text.includes('\r')) return text;
  const out: string[] = [];
  // `from`: the start of what is outside quotes and not yet written; `at`: where the next quote is looked for.
  let from = 0;
  for (let at = 0, open = text.indexOf('"', at); open >= 0; open = text.indexOf('"', at)) {
    const before = open === 0 ? ROW_END : text.charAt(open - 1);
    at = open + 1;
    if (before !== delimiter && before !== '\n' && before !== '\r') continue;
    let close = text.indexOf('"', open + 1);
    while (close >= 0 && text.charCodeAt(close + 1) === QUOTE) close = text.indexOf('"', close + 2);
    out.push(text.slice(from, open).replace(LINE_ENDS, ROW_END));
    // A quote left open: the rest is one cell to PapaParse, which names the error.
    if (close < 0) return out.join('') + text.slice(open);
    out.push(text.slice(open, close + 1));
    from = at = close + 1;
  }
  out.push(text.slice(from).replace(LINE_ENDS, ROW_END));
  return out.join('');
}

/** A first guess, for the delimiter's: every CR and CRLF as LF, in quotes or not. */
export const allLineFeeds = (text: string): string => text.replace(LINE_ENDS, ROW_END);

/**
 * Whether a row has a cell past the header's `columns`: a non-empty one, or, when `emptyPastHeaderAllowed`
 * is false, any. Empty cells past the header are a spreadsheet's habit when most rows have them (a trailing
 * delimiter on every row); on a row of its own they are a cell that moved right (a figure's unquoted comma
 * pushing an empty last column out).
 */
export function hasCellsPastHeader(cells: readonly string[], columns: number, emptyPastHeaderAllowed = true): boolean {
  if (!emptyPastHeaderAllowed && cells.length > columns) return true;
  for (let k = columns; k < cells.length; k++) if (cells[k]!.trim() !== '') return true;
  return false;
}

/** Whether a table's rows longer than its header are a habit of the file (at least half its rows), so empty cells past the header are allowed. */
export function pastHeaderIsHabit(rows: readonly { cells: readonly string[] }[], columns: number): boolean {
  let longer = 0;
  for (const r of rows) if (r.cells.length > columns) longer++;
  return longer * 2 >= rows.length;
}

export const ROW_MESSAGES = {
  tooManyCells: (cells: number, columns: number): Localized => ({ vi: `Dòng có ${cells} ô nhưng tiêu đề chỉ có ${columns} cột — thường do số có dấu phẩy không nằm trong ngoặc kép, hoặc hai dòng dính liền. Sửa dòng này.`, en: `The row has ${cells} cells under ${columns} headers — usually a number with unquoted commas, or two rows run together. Fix this row.` }),
  malformed: (detail: string): Localized => ({ vi: `Dòng không đọc được (${detail}). Kiểm tra dấu ngoặc kép và số cột.`, en: `The row cannot be read (${detail}). Check quotes and the number of columns.` }),
} as const;

/** What the row rules read of a table (DelimitedTable's fields). */
type RowTable = { readonly header: readonly string[]; readonly rows: readonly { line: number; cells: readonly string[] }[]; readonly errors: readonly { line: number; message: string }[] };

/**
 * The rows of a table that are not rows by the definition above, one located error each (a record
 * PapaParse could not read, or one with cells past the header), and their lines, which the caller leaves
 * out of the validation of cells: their cells are not the columns they sit under.
 */
export function rowShapeIssues(table: RowTable): { issues: ParseIssue[]; lines: Set<number> } {
  const lines = new Set<number>();
  const issues: ParseIssue[] = [];
  for (const e of table.errors) {
    if (lines.has(e.line)) continue;
    lines.add(e.line);
    issues.push(issue('error', 'malformed-row', { row: e.line }, ROW_MESSAGES.malformed(e.message)));
  }
  const habit = pastHeaderIsHabit(table.rows, table.header.length);
  for (const { line, cells } of table.rows) {
    if (lines.has(line) || !hasCellsPastHeader(cells, table.header.length, habit)) continue;
    lines.add(line);
    issues.push(issue('error', 'malformed-row', { row: line }, ROW_MESSAGES.tooManyCells(cells.length, table.header.length)));
  }
  return { issues: issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), lines };
}

/**
 * The rows of a table that are rows by the definition above, and one located error for each that is not
 * (rowShapeIssues): what every reader of a CSV file (observations and catalogs alike) validates.
 */
export function wellFormedRows<R extends RowTable['rows'][number]>(table: RowTable & { rows: readonly R[] }): { rows: readonly R[]; issues: ParseIssue[] } {
  const shape = rowShapeIssues(table);
  return { issues: shape.issues, rows: shape.lines.size === 0 ? table.rows : table.rows.filter((r: R) => !shape.lines.has(r.line)) };
}
