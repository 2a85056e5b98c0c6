/**
 * The in-year view's figures (Theo dõi trong năm): for a unit × indicator × year, the running total month
 * by month from the periods' rows (periods/in-year.ts), last year's beside it, the year's plan, and what
 * the monthly meeting reads off the latest month: % of the year's plan, the change on the same period of
 * last year, what is left to do. Read from the dataset index's period rows; nothing invented.
 */
import type { FigureKind, Indicator, Observation, PeriodCode } from '../model';
import type { Measure } from '../numbers/measure';
import { changeOnLastYear, cumulativePath, gapToPlan, percentOfYearPlan, type CumulativePoint, type GapToPlan, type PeriodFigure } from '../periods/in-year';
import type { DatasetIndex } from './dataset-index';
import { isInYearSlot, periodSpan } from '../periods/period-code';
import { periodRowsOf } from './period-rows';
import { periodSlotsOf, slotAt } from '../observations/period-slots';

export interface InYearMonth {
  /** 1–12. */
  month: number;
  /** The running total to the month this year, and how it is known. */
  current: CumulativePoint;
  /** Last year's running total to the same month. */
  lastYear: CumulativePoint;
}

export interface InYearSeries {
  months: InYearMonth[];
  /** The year's plan: the year's row's, else the latest period row's (a period's plan is the year's it is measured against). */
  plan: number | null;
  planText: string | undefined;
  /** The last month with a running total this year, or null when none is known. */
  latest: InYearLatest | null;
  /** The rows the series is read from, this year's then last year's: their sources, kinds and dates. */
  rows: Observation[];
}

export interface InYearLatest {
  month: number;
  value: number;
  /** The row the figure comes from, when one row gave it (a stated running total). */
  kind: FigureKind | undefined;
  asOf: string | undefined;
  /** Computed against the year's plan; the % the report printed when the data has no plan ("bằng 64% dự toán năm"). */
  percentOfYearPlan: Measure;
  percentReported: boolean;
  changeOnLastYear: Measure;
  gap: GapToPlan;
}

/** The rows of one unit × indicator among a year's periods within the year. */
const periodRows = (index: DatasetIndex, area: string, indicator: string, year: number): Observation[] =>
  index.table.rows(periodRowsOf(index, year, area, indicator, isInYearSlot));

const figuresOf = (rows: readonly Observation[]): PeriodFigure[] =>
  rows.flatMap((o) => (o.period !== undefined && o.actual !== null ? [{ period: o.period, value: o.actual }] : []));

/** The row whose figure ends at the month: the running total that states it, else the period added last (an estimate of November makes the total to November one). */
const endingAt = (rows: readonly Observation[], month: number): Observation | undefined => {
  const ending = rows.filter((o) => o.period !== undefined && o.actual !== null && lastMonthOf(o.period) === month);
  return ending.find((o) => isRunningTotal(o.period!)) ?? ending[0];
};

const lastMonthOf = (period: PeriodCode) => periodSpan(period)?.last;
const isRunningTotal = (period: PeriodCode) => periodSpan(period)?.cumulative === true;

export function inYearSeries(index: DatasetIndex, area: string, indicator: Indicator, year: number): InYearSeries {
  const current = periodRows(index, area, indicator.id, year);
  const before = periodRows(index, area, indicator.id, year - 1);
  const path = cumulativePath(figuresOf(current), indicator.additive);
  const lastPath = cumulativePath(figuresOf(before), indicator.additive);
  const months = path.map((point, k) => ({ month: k + 1, current: point, lastYear: lastPath[k]! }));
  const yearRow = index.evaluation(area, year, indicator.id)?.observation;
  const planned = yearRow?.plan != null ? yearRow : [...current].reverse().find((o) => o.plan !== null);
  const plan = planned?.plan ?? null;
  const latestMonth = months.findLast((m) => m.current.value !== null);
  let latest: InYearLatest | null = null;
  if (latestMonth) {
    const value = latestMonth.current.value!;
    const row = endingAt(current, latestMonth.month);
    const printed = plan === null && row?.reportedPercent != null && isRunningTotal(row.period!) ? row.reportedPercent : null;
    latest = {
      month: latestMonth.month,
      value,
      kind: row?.figureKind,
      asOf: row?.asOf,
      percentOfYearPlan: printed === null ? percentOfYearPlan(indicator.direction, indicator.additive, plan, value) : { kind: 'value', value: printed },
      percentReported: printed !== null,
      changeOnLastYear: changeOnLastYear(indicator.additive, value, latestMonth.lastYear.value),
      gap: gapToPlan(indicator.direction, indicator.additive, plan, value, latestMonth.month),
    };
  }
  return { months, plan, planText: planned?.planText, latest, rows: [...current, ...before] };
}

/** The indicators with period figures among these units in the year, in catalog order. */
export function indicatorsWithPeriods(index: DatasetIndex, areaIds: readonly string[], year: number): Indicator[] {
  const c = index.table.columns;
  const areas = new Set(areaIds);
  const present = new Set<string>();
  for (const i of inYearPositions(index, year)) if (areas.has(c.areaIds[c.area[i]!]!)) present.add(c.indicatorIds[c.indicator[i]!]!);
  return index.dataset.indicators.filter((i) => present.has(i.id));
}

/** The areas with period figures in the year (any indicator), as ids. */
export function areasWithPeriods(index: DatasetIndex, year: number): Set<string> {
  const c = index.table.columns;
  const out = new Set<string>();
  for (const i of inYearPositions(index, year)) out.add(c.areaIds[c.area[i]!]!);
  return out;
}

/** A year's rows of periods within the year (months, quarters, running totals), not of a multi-year plan. */
export function inYearPositions(index: DatasetIndex, year: number): number[] {
  const slots = periodSlotsOf(index.table);
  return Array.from(index.periodPositions(year)).filter((i) => isInYearSlot(slotAt(slots, i)));
}

/** The years with figures of periods within the year, ascending. */
export const inYearYears = (index: DatasetIndex): number[] => index.periodYears.filter((year) => inYearPositions(index, year).length > 0);
