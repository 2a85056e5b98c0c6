/**
 * An office table's rows that are not data: total rows ("Tổng cộng", "Toàn tỉnh" …, anywhere) and what
 * follows the table at the END of the file (footnotes, signatures, a lone name, empty rows). Each kind
 * is kept out with ONE note; a note-like row in the middle of the table stays a row and says its errors.
 * A total of an additive indicator is checked against the sum of the file's units.
 */
import type { Indicator } from '../model';
import { issue, type ParseIssue } from '../issues';
import { isFootnoteRow, isTotalRowLabel } from '../text/row-labels';
import { parseLocaleNumber, type NumberLocale } from '../numbers/numbers';
import { createIndicatorMatcher } from '../catalog/catalog-match';
import type { ObservationTable } from '../observations/observation-table';
import type { ColumnTarget } from './column-mapping';
import { rawRows } from './raw-rows';
import { EDGE_MESSAGES } from './edge-messages';

interface Row {
  line: number;
  cells: string[];
}

export interface TableEdges<R extends Row> {
  data: R[];
  totals: R[];
  footnotes: R[];
}

/** The file's rows split into data, totals (by their unit cell) and the footnotes that end the file. */
export function splitTableEdges<R extends Row>(rows: readonly R[], areaColumn: number): TableEdges<R> {
  let end = rows.length;
  while (end > 0 && isFootnoteRow(rows[end - 1]!.cells)) end--;
  // A file of nothing but such rows is not a table with footnotes: its rows stay and say their errors.
  if (end === 0) return { data: [...rows], totals: [], footnotes: [] };
  const data: R[] = [];
  const totals: R[] = [];
  for (const r of rows.slice(0, end)) (areaColumn >= 0 && isTotalRowLabel(r.cells[areaColumn] ?? '') ? totals : data).push(r);
  return { data, totals, footnotes: rows.slice(end) };
}

/** One note for the totals and one for the footnotes, each naming its rows. */
export function edgeNotes(edges: TableEdges<Row>, header: readonly string[], areaColumn: number): ParseIssue[] {
  const notes: ParseIssue[] = [];
  if (edges.totals.length > 0) {
    const labels = [...new Set(edges.totals.map((r) => (r.cells[areaColumn] ?? '').trim()))].slice(0, 3);
    notes.push(issue('warning', 'total-rows-left-out', { row: edges.totals[0]!.line, column: header[areaColumn] ?? null, value: labels.join(', ') }, EDGE_MESSAGES.totals(labels, edges.totals.map((r) => r.line))));
  }
  if (edges.footnotes.length > 0) {
    const first = edges.footnotes.find((r) => r.cells.some((c) => c.trim() !== '')) ?? edges.footnotes[0]!;
    notes.push(issue('warning', 'footnote-rows-skipped', { row: edges.footnotes[0]!.line, value: first.cells.map((c) => c.trim()).filter(Boolean).join(' ').slice(0, 80) }, EDGE_MESSAGES.footnotes(edges.footnotes.map((r) => r.line))));
  }
  return notes;
}

/** Within a rounding of the last printed digit: a total written to one decimal of units with two is not a difference. */
const differs = (stated: number, sum: number) => Math.abs(stated - sum) > Math.max(0.05, Math.abs(sum) * 0.0005);

/** Each total row's plan and actual of an additive indicator against the sum of the file's valid rows of its year. */
export function totalCheckIssues(totals: readonly Row[], header: string[], targets: ColumnTarget[], indicators: readonly Indicator[], locale: NumberLocale | 'auto', table: ObservationTable): ParseIssue[] {
  const match = createIndicatorMatcher(indicators);
  const c = table.columns;
  const issues: ParseIssue[] = [];
  for (const raw of rawRows(header, [...totals], targets)) {
    const found = match(String(raw.cells.indicator ?? ''));
    const year = Number(String(raw.cells.year ?? '').trim());
    if (!found.ok || !found.indicator.additive || !Number.isInteger(year)) continue;
    const code = c.indicatorIds.indexOf(found.indicator.id);
    for (const figure of ['plan', 'actual'] as const) {
      const reading = parseLocaleNumber(String(raw.cells[figure] ?? '').trim(), locale);
      if (!reading.ok || reading.value === null || code < 0) continue;
      let sum = 0;
      let units = 0;
      const column = c[figure];
      for (let i = 0; i < c.length; i++)
        if (c.indicator[i] === code && c.year[i] === year && !Number.isNaN(column[i]!)) {
          sum += column[i]!;
          units++;
        }
      if (units > 0 && differs(reading.value, sum))
        issues.push(issue('warning', 'total-differs', { row: raw.row, column: raw.columnNames[figure] ?? figure, value: String(raw.cells[figure]) }, EDGE_MESSAGES.totalDiffers(figure, reading.value, sum, found.indicator.nameVi, year, units)));
    }
  }
  return issues;
}

/**
 * Whether a row read on its own might be a total or a footnote: the one-pass reader of a long file then
 * leaves the file to the general reader, which sees the whole table. A data row (its year four digits)
 * folds no text but its unit's name, and each distinct name is folded once (a long file repeats them).
 */
export function createEdgeRowCheck(areaColumn: number, yearColumn: number): (cells: readonly string[]) => boolean {
  const totals = new Map<string, boolean>();
  return (cells) => {
    const area = areaColumn >= 0 ? (cells[areaColumn] ?? '') : '';
    let total = totals.get(area);
    if (total === undefined) {
      total = isTotalRowLabel(area);
      if (totals.size < 10_000) totals.set(area, total);
    }
    return total || (!/^\s*\d{4}\s*$/.test(cells[yearColumn] ?? '') && isFootnoteRow(cells));
  };
}
