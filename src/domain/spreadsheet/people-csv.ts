import { csvRow } from '../csv/csv-cell';
import { vietnameseNumber } from './number-format';
import { headerLabel, type SheetTable } from './sheet-spec';

/**
 * The two number styles of a CSV meant for people: 'vi' is what a Vietnamese Excel opens as numbers
 * (comma decimals, cells apart by semicolons, its list separator); 'en' is the international one
 * (dot decimals, commas), what an English Excel and most tools read.
 */
export type CsvStyle = 'vi' | 'en';

const DELIMITER: Record<CsvStyle, string> = { vi: ';', en: ',' };

/**
 * A table as a CSV for people: a BOM (so Excel reads the Vietnamese as UTF-8), the title and
 * provenance as "#" lines, a blank line, the header with each figure column's unit, then the rows
 * with figures as bare numbers in the style's form and no value as an empty cell. Text goes through
 * the one formula-safe cell writer. The canonical dataset export is another thing, for machines.
 */
export function peopleCsv(table: Pick<SheetTable, 'title' | 'provenance' | 'columns' | 'rows'>, style: CsvStyle): string {
  const delimiter = DELIMITER[style];
  const line = (cells: readonly (string | number | null | undefined)[]) => csvRow(cells, delimiter);
  const comments = [table.title, ...table.provenance].map((text) => line([`# ${text.replace(/\s*\n\s*/g, ' ')}`]));
  const header = line(table.columns.map(headerLabel));
  const rows = table.rows.map((row) => line(table.columns.map((column, c) => {
    const value = row[c];
    if (typeof value !== 'number') return value;
    if (!Number.isFinite(value)) return null;
    return column.kind === 'number' && style === 'vi' ? vietnameseNumber(value) : value;
  })));
  return `\uFEFF${[...comments, '', header, ...rows].join('\n')}\n`;
}
