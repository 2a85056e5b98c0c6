import { toDelimited } from '../../domain/csv/csv-cell';

export interface CsvColumn {
  key: string;
  label: string;
}

/** A row's own cell under the column's key: "constructor" or "__proto__" never read the prototype. */
export const cellOf = (row: Readonly<Record<string, string>>, key: string): string => (Object.hasOwn(row, key) ? (row[key] ?? '') : '');

/**
 * A chart's data as CSV. The title and provenance come first as "#" lines, each one cell
 * (quoted when it holds a comma), then a blank line, then the header and the rows exactly as the
 * chart's table shows them. Excel shows the block in column A above the table; tools that skip
 * comment lines (pandas `comment="#"`) or the first n+1 lines read the table alone.
 * A BOM leads so Excel reads the Vietnamese as UTF-8.
 */
export function chartCsv(title: string, provenance: readonly string[], columns: readonly CsvColumn[], rows: readonly Record<string, string>[]): string {
  const [first, ...rest] = [title, ...provenance].map((line) => `# ${line.replace(/\s*\n\s*/g, ' ')}`);
  const comments = toDelimited([first ?? '#'], rest.map((line) => [line]));
  const table = toDelimited(columns.map((c) => c.label), rows.map((row) => columns.map((c) => cellOf(row, c.key))));
  return `\uFEFF${comments}\n\n${table}\n`;
}
