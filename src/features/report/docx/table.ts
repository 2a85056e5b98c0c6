import type * as Docx from 'docx';
import type { ReportTable } from '../../../domain/report/document';
import { DOCX_FULL_UNITS } from '../../../domain/report/docx-form';
import { CONTENT_WIDTH, FONT, SIZE, spacing } from './layout';

type DocxModule = typeof Docx;

/** Figures as the report writes them: "235,6", "≈ 7.042,57", "104,4%", "195.5" (English), "8/14". */
const NUMBER = /^[≈~]?\s*[-+−]?\d[\d.,\s/]*%?$/;
const DASH = /^[-–—]$/;

/**
 * The running number or a rank stands centred: 1, 2, 3 … (ties as 1, 2, 2, 4; starting again
 * at 1 where tables were put together; a dash for a unit not ranked) — not any whole numbers.
 */
export function isRunningNumber(cells: readonly string[]): boolean {
  let count = 0;
  let previous = 0;
  for (const cell of cells) {
    if (DASH.test(cell)) continue;
    if (!/^\d{1,5}$/.test(cell)) return false;
    const n = Number(cell);
    if (n === 1) count = 0;
    else if (n < previous || n > count + 1) return false;
    count += 1;
    previous = n;
  }
  return count > 0;
}

type Alignment = 'centre' | 'right' | 'left';

/**
 * How each column is aligned: the running number (STT) centred, a column whose filled cells are
 * mostly figures right-aligned (its "chưa có kế hoạch" stays in line with them), text left.
 */
export function columnAlignments(table: ReportTable): Alignment[] {
  return table.columns.map((_, column) => {
    const cells = table.rows.map((row) => (row[column] ?? '').trim()).filter((cell) => cell !== '');
    if (cells.length === 0) return 'left';
    if (isRunningNumber(cells)) return 'centre';
    const figures = cells.filter((cell) => NUMBER.test(cell)).length;
    return figures > 0 && figures * 2 >= cells.length ? 'right' : 'left';
  });
}

/** Twips a character takes at the tables' 12 pt (bold header words are wider), and a cell's margins. */
const CHAR = 120;
const BOLD_CHAR = 150;
const PADDING = 180;
/** The largest of `values` and 0, without spreading them as arguments: a country's tables have more cells than a call takes. */
const largest = (values: number[]) => values.reduce((a, b) => (b > a ? b : a), 0);
const longestWord = (text: string) => largest(text.split(/\s+/).map((word) => word.length));

/**
 * Column widths: a figure column as wide as its longest figure (a "chưa có kế hoạch" in it
 * wraps), the running number as its header, a text column as its content up to about fourteen
 * characters but never narrower than its longest word; a header in at most three lines; the widest text column (the target's
 * name) takes the rest of the page, at least a quarter of it: to make room the other text
 * columns give up what they have beyond their longest word.
 */
export function columnWidths(table: ReportTable, alignments = columnAlignments(table), total = CONTENT_WIDTH): number[] {
  const cells = (column: number) => table.rows.map((row) => (row[column] ?? '').trim());
  const twips = (chars: number) => chars * CHAR + PADDING;
  const sizes = table.columns.map((title, column) => {
    const header = Math.max(longestWord(title), Math.ceil(title.length / 3)) * BOLD_CHAR + PADDING;
    const body = cells(column);
    if (alignments[column] === 'right') {
      const figures = Math.max(7, largest(body.filter((cell) => NUMBER.test(cell)).map((cell) => cell.length)));
      return { natural: Math.max(header, twips(figures)), least: Math.max(header, twips(figures)) };
    }
    if (alignments[column] === 'centre') return { natural: Math.max(header, twips(longest(body))), least: Math.max(header, twips(longest(body))) };
    const word = Math.min(16, largest(body.map(longestWord)));
    return { natural: Math.max(header, twips(Math.max(word, Math.min(14, longest(body))))), least: Math.max(header, twips(word)) };
  });
  const textColumns = sizes.map((_, i) => i).filter((i) => alignments[i] === 'left');
  const main = textColumns.length > 0 ? textColumns.reduce((a, b) => (longest(cells(b)) > longest(cells(a)) ? b : a)) : 0;
  const others = sizes.reduce((sum, size, i) => (i === main ? sum : sum + size.natural), 0);
  const slack = sizes.reduce((sum, size, i) => (i === main ? sum : sum + size.natural - size.least), 0);
  const shortfall = Math.max(0, Math.round(total * 0.25) - (total - others));
  const give = slack > 0 ? Math.min(1, shortfall / slack) : 0;
  const widths = sizes.map((size, i) => (i === main ? 0 : Math.floor(size.natural - (size.natural - size.least) * give)));
  widths[main] = total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const longest = (cells: string[]) => largest(cells.map((cell) => cell.length));

/** The caption above, then a bordered table whose bold header row repeats on every page. */
export interface TableLayout {
  alignments: Alignment[];
  widths: number[];
}

export function tableLayout(table: ReportTable): TableLayout {
  const alignments = columnAlignments(table);
  return { alignments, widths: columnWidths(table, alignments) };
}

/**
 * A table longer than a province's report has (more rows than DOCX_FULL_UNITS: a country's ranking or its
 * summary by unit, thousands of rows) writes its body cells lean: their paragraph, run and margins come from a paragraph style
 * (TABLE_CELL_STYLE, which reportDocx adds to such a document) and from the table, not from each cell.
 * The page looks the same; docx holds under a third of the memory per cell (about 2 kB, not 7 kB), and
 * a country's file (33,000 such cells) is made in about 0.7 GB instead of 1.2 GB (scripts/bench-docx.ts).
 * A province's document has no such table, so its file is the same as ever.
 */
export const LEAN_TABLE_ROWS = DOCX_FULL_UNITS;
export const TABLE_CELL_STYLE = 'ReportTableCell';
const CELL_MARGINS = { left: 80, right: 80, top: 40, bottom: 40 } as const;
const CELL_PARAGRAPH = { spacing: { before: 0, after: 0, line: 240 }, indent: { firstLine: 0 } } as const;

/** Whether any table of these sections is long enough to be written lean (then the document carries the style). */
export const hasLeanTable = (tables: readonly ReportTable[]) => tables.some((t) => t.rows.length > LEAN_TABLE_ROWS);

/** The paragraph style of lean cells: what each cell of a short table says for itself. */
export const tableCellStyle = () => ({ id: TABLE_CELL_STYLE, name: 'Report table cell', basedOn: 'Normal', run: { font: FONT, size: SIZE.table }, paragraph: CELL_PARAGRAPH });

export function targetsTable(d: DocxModule, table: ReportTable, { alignments, widths }: TableLayout = tableLayout(table)): (Docx.Paragraph | Docx.Table)[] {
  const line = { style: d.BorderStyle.SINGLE, size: 4, color: 'auto' } as const;
  const toAlignment = { centre: d.AlignmentType.CENTER, right: d.AlignmentType.RIGHT, left: d.AlignmentType.LEFT } as const;
  const lean = table.rows.length > LEAN_TABLE_ROWS;
  const cell = (text: string, column: number, header: boolean) =>
    new d.TableCell({
      width: { size: widths[column]!, type: d.WidthType.DXA },
      verticalAlign: d.VerticalAlignTable.CENTER,
      margins: CELL_MARGINS,
      children: [
        new d.Paragraph({
          alignment: header ? d.AlignmentType.CENTER : toAlignment[alignments[column]!],
          ...CELL_PARAGRAPH,
          children: [new d.TextRun({ font: FONT, text, size: SIZE.table, bold: header })],
        }),
      ],
    });
  const leanCell = (text: string, column: number) =>
    new d.TableCell({
      verticalAlign: d.VerticalAlignTable.CENTER,
      children: [new d.Paragraph({ style: TABLE_CELL_STYLE, alignment: toAlignment[alignments[column]!], children: [new d.TextRun(text)] })],
    });
  const bodyCell = lean ? leanCell : (text: string, column: number) => cell(text, column, false);

  const caption = new d.Paragraph({
    alignment: d.AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: spacing(6), after: spacing(6) },
    indent: { firstLine: 0 },
    children: [new d.TextRun({ font: FONT, text: table.caption, size: SIZE.caption, bold: true })],
  });
  const grid = new d.Table({
    layout: d.TableLayoutType.FIXED,
    width: { size: CONTENT_WIDTH, type: d.WidthType.DXA },
    columnWidths: widths,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    ...(lean ? { margins: CELL_MARGINS } : {}),
    rows: [
      new d.TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((text, i) => cell(text, i, true)) }),
      ...table.rows.map((row) => new d.TableRow({ cantSplit: true, children: table.columns.map((_, i) => bodyCell(row[i] ?? '', i)) })),
    ],
  });
  return [caption, grid];
}
