/**
 * A printed change on the same period of last year ("So với cùng kỳ (%)", "% so với năm trước", "Tăng/giảm so với
 * cùng kỳ (%)") is a derived figure: the dashboard computes the change from last year's figure of the same period
 * (the KPI card, the in-year view), so the column is not stored. It is read and checked: against last year's figure
 * of the same row (a report's "Thực hiện năm 2024" beside "Ước thực hiện năm 2025"), else of the file's other rows,
 * else of the stored data. A printed figure may be the ratio (124 = 124% of last year's) or the change (+24): either
 * agrees when it is within half a unit of its last printed digit. What disagrees is named by row; what could not be
 * checked (no figure of last year's same period anywhere) is said once, so the analyst knows the column's figures
 * are neither kept nor checked.
 */
import type { Area, Indicator, Observation } from '../model';
import { issue, type ParseIssue } from '../issues';
import { parseLocaleNumber, type NumberLocale } from '../numbers/numbers';
import { createIndicatorMatcher } from '../catalog/catalog-match';
import { createAreaMatcher } from '../areas/area-match';
import { foldText } from '../text/text-key';
import { periodSlot } from '../periods/period-code';
import { readPeriod } from '../periods/period';
import type { ObservationTable } from '../observations/observation-table';
import type { ColumnTarget } from './column-mapping';
import { rawRows } from './raw-rows';
import { SAME_PERIOD_MESSAGES } from './same-period-messages';

/** Folded words of a comparison with the same period of last year (not with the month or quarter before). */
const SAYS_SAME_PERIOD = /\b(cung ky|cung thoi ky|nam truoc|same period|previous year|last year|year on year)\b/;

/** Whether a header is a printed change on the same period of last year. */
export const saysSamePeriod = (header: string): boolean => SAYS_SAME_PERIOD.test(foldText(header));

/** The columns left out of the mapping whose header is a printed change on the same period of last year. */
export const samePeriodColumns = (header: readonly string[], targets: readonly ColumnTarget[]): number[] =>
  header.flatMap((h, i) => (targets[i]?.kind === 'ignore' && saysSamePeriod(h) ? [i] : []));

interface Row {
  line: number;
  cells: string[];
}

export interface SamePeriodContext {
  areas: readonly Area[];
  indicators: readonly Indicator[];
  history?: readonly Observation[];
  locale: NumberLocale | 'auto';
  /** The file's valid rows. */
  table: ObservationTable;
}

/** Half a unit of the last printed digit (124 → 0,5; 133,9 → 0,05), never finer than 0,0005. */
const toleranceOf = (printed: number): number => 0.5 * 10 ** -Math.min(3, (String(printed).split('.')[1] ?? '').length);

const keyOf = (area: string, indicator: string, year: number, period: string) => `${area}|${indicator}|${year}|${period}`;

/** Last year's actuals of the file's rows and the stored data, by area, indicator, year and period (the file's win). */
function lastYearLookup(context: SamePeriodContext): Map<string, number> {
  const actuals = new Map<string, number>();
  for (const o of context.history ?? []) if (o.actual !== null) actuals.set(keyOf(o.area, o.indicator, o.year, o.period ?? ''), o.actual);
  for (const o of context.table.toObservations()) if (o.actual !== null) actuals.set(keyOf(o.area, o.indicator, o.year, o.period ?? ''), o.actual);
  return actuals;
}

const number = (text: string | number | null | undefined, locale: NumberLocale | 'auto'): number | null => {
  const reading = parseLocaleNumber(String(text ?? '').trim(), locale);
  return reading.ok ? reading.value : null;
};

/** The checks of every printed change on the same period of last year in the file's data rows. */
export function samePeriodCheckIssues(rows: readonly Row[], header: string[], targets: ColumnTarget[], context: SamePeriodContext): ParseIssue[] {
  const columns = samePeriodColumns(header, targets);
  if (columns.length === 0) return [];
  const matchIndicator = createIndicatorMatcher(context.indicators);
  const areas = createAreaMatcher(context.areas);
  let actuals: Map<string, number> | null = null;
  const issues: ParseIssue[] = [];
  const unchecked: number[] = [];
  for (const row of rows) {
    const raws = rawRows(header, [row], targets);
    const figures = raws.flatMap((r) => {
      const actual = number(r.cells.actual, context.locale);
      const year = Number(String(r.cells.year ?? '').trim());
      const period = readPeriod(String(r.cells.period ?? ''));
      return actual === null || period === null || !Number.isInteger(year) ? [] : [{ raw: r, actual, year, period }];
    });
    // The printed change is of the row's latest figure, as an undated % KH is of the latest year's.
    const current = figures.reduce<(typeof figures)[number] | null>((a, b) => (a === null || b.year > a.year || (b.year === a.year && periodSlot(b.period) > periodSlot(a.period)) ? b : a), null);
    for (const column of columns) {
      const printed = number(row.cells[column], context.locale);
      if (printed === null || current === null) continue;
      let previous = figures.find((f) => f.year === current.year - 1 && f.period === current.period)?.actual ?? null;
      if (previous === null) {
        const indicator = matchIndicator(String(current.raw.cells.indicator ?? ''));
        const area = areas.match(String(current.raw.cells.area ?? ''), current.year);
        actuals ??= lastYearLookup(context);
        if (indicator.ok && area.ok) previous = actuals.get(keyOf(area.area.id, indicator.indicator.id, current.year - 1, current.period)) ?? null;
      }
      if (previous === null || previous === 0) {
        unchecked.push(row.line);
        continue;
      }
      const ratio = (current.actual / previous) * 100;
      const tolerance = toleranceOf(printed);
      if (Math.abs(printed - ratio) <= tolerance || Math.abs(printed - (ratio - 100)) <= tolerance) continue;
      const at = { row: row.line, column: header[column] ?? null, value: row.cells[column] ?? '' };
      issues.push(issue('warning', 'same-period-differs', at, SAME_PERIOD_MESSAGES.differs(header[column] ?? '', printed, current, previous, ratio)));
    }
  }
  if (unchecked.length > 0) {
    const first = columns[0]!;
    const line = unchecked[0]!;
    issues.push(issue('warning', 'same-period-unchecked', { row: line, column: header[first] ?? null, value: rows.find((r) => r.line === line)?.cells[first] ?? '' }, SAME_PERIOD_MESSAGES.unchecked(header[first] ?? '', unchecked)));
  }
  return issues;
}
