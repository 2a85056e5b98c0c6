/**
 * The one CSV cell writer of every export (data table, chart, dataset, issue report), and its
 * inverse on import.
 *
 * CSV/formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with
 * = + - @ tab or CR as a formula, so a source such as =HYPERLINK(…) from an upload would run when
 * an export is opened in Excel. A text cell that starts so is written with a single quote in front
 * and quoted: `"'=HYPERLINK(…)"`; spreadsheets then show it as text.
 * Numbers stay numbers: a number cell −5 is written `-5`; a text cell that is only a number as
 * shown on screen ("-5", "-1.862,5", "-3,2%") is harmless and is left alone too.
 *
 * The escaping is undone exactly on import (`unescapeFormulaCell`), so export → import gives the
 * same text back. To make that exact, text that already starts with quotes before such a
 * character gets one quote more: "'=x" is written "''=x" and read back as "'=x".
 */

/** The characters OWASP lists as starting a formula. */
export const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A number as a figure is printed: sign, digits with . or , marks, an optional % or ‰. No letters, no operators inside. */
const NUMERIC_TEXT = /^[-+]?(?:\d[\d.,]*|[.,]\d[\d.,]*)(?:\s?[%‰])?$/;

/** Text a spreadsheet would run as a formula: what the upload warns about and the export neutralises. */
export function isFormulaLike(text: string): boolean {
  return text !== '' && FORMULA_TRIGGERS.has(text.charAt(0)) && !NUMERIC_TEXT.test(text);
}

const leadingQuotes = /^'*/;

/** Whether the writer puts a quote in front: formula-like once any leading quotes are set aside. */
const needsPrefix = (text: string): boolean => text.startsWith("'") ? isFormulaLike(text.replace(leadingQuotes, '')) : isFormulaLike(text);

/** The exact inverse of the writer's prefix: "'=x" → "=x", "''=x" → "'=x"; anything else unchanged. */
export function unescapeFormulaCell(cell: string): string {
  return cell.startsWith("'") && needsPrefix(cell.slice(1)) ? cell.slice(1) : cell;
}

/** A finite number in plain decimal digits ("1e+21" would not read back); anything else is no value: an empty cell. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exponent) return text;
  const [, sign = '', lead = '', rest = '', power = '0'] = exponent;
  const digits = lead + rest;
  const point = 1 + Number(power); // where the decimal point goes within `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** RFC 4180: a cell is quoted when it holds the delimiter, a quote, a line break or a BOM, or starts or ends with a space. */
const mustQuote = (text: string, delimiter: string) =>
  text.includes(delimiter) || /["\r\n\uFEFF]/.test(text) || text.startsWith(' ') || text.endsWith(' ');

/** One cell of an exported CSV. Null and non-finite numbers are empty cells (no value), never "NaN" or "Infinity". */
export function csvCell(value: string | number | null | undefined, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return plainNumber(value);
  const prefixed = needsPrefix(value);
  const text = prefixed ? `'${value}` : value;
  return prefixed || mustQuote(text, delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of an exported CSV. */
export const csvRow = (cells: readonly (string | number | null | undefined)[], delimiter = ','): string =>
  cells.map((c) => csvCell(c, delimiter)).join(delimiter);

/** Writes rows as RFC 4180 CSV with a fixed column order, every cell through the formula-safe writer (csvRow above). */
export function toDelimited(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((cells) => csvRow(cells)).join('\n');
}
