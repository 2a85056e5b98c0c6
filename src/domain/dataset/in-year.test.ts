import { describe, expect, it } from 'vitest';
import { buildDataset, buildIndicator, buildObservation, LAI_CHAU_AREAS } from '../../testing/builders';
import type { Observation, PeriodCode } from '../model';
import { createDatasetIndex } from './dataset-index';
import { areasWithPeriods, indicatorsWithPeriods, inYearSeries } from './in-year';

const [a, b] = LAI_CHAU_AREAS.filter((x) => x.level === 'district') as [(typeof LAI_CHAU_AREAS)[number], (typeof LAI_CHAU_AREAS)[number]];
const revenue = buildIndicator({ id: 'budget', additive: true, direction: 'higher_is_better' });
const growth = buildIndicator({ id: 'grdp', additive: false, direction: 'higher_is_better' });
const row = (area: string, year: number, indicator: string, period: PeriodCode | undefined, actual: number | null, plan: number | null = null, more: Partial<Observation> = {}) =>
  buildObservation({ area, year, indicator, actual, plan, ...(period ? { period } : {}), ...more });

const index = createDatasetIndex(buildDataset({
  indicators: [revenue, growth],
  observations: [
    row(a.id, 2025, 'budget', undefined, null, 1000),
    row(a.id, 2025, 'budget', 'quarter-1', 200, 1000),
    row(a.id, 2025, 'budget', 'month-04', 90, 1000),
    row(a.id, 2025, 'budget', 'to-month-06', 520, 1000, { figureKind: 'estimate', asOf: '2025-06-20' }),
    row(a.id, 2024, 'budget', 'to-month-04', 250),
    row(a.id, 2024, 'budget', 'to-month-06', 400),
    row(a.id, 2025, 'grdp', 'quarter-1', 6.5, 8),
    row(a.id, 2025, 'grdp', 'month-02', 1.1, 8),
    row(b.id, 2025, 'budget', 'month-05', 40, 300),
    row(b.id, 2025, 'grdp', 'to-month-06', 7, null, { reportedPercent: 88 }),
  ],
}));

describe('the in-year series of a unit × indicator × year', () => {
  it('runs the total month by month from quarters, months and stated totals, last year\'s beside it', () => {
    const s = inYearSeries(index, a.id, revenue, 2025);
    expect(s.months.map((m) => m.current.value)).toEqual([null, null, 200, 290, null, 520, null, null, null, null, null, null]);
    expect(s.months.map((m) => m.lastYear.value)).toEqual([null, null, null, 250, null, 400, null, null, null, null, null, null]);
    expect(s.plan).toBe(1000);
  });

  it('reads the latest month: % of the year\'s plan, change on the same period of last year, what is left, the figure\'s kind', () => {
    const { latest } = inYearSeries(index, a.id, revenue, 2025);
    expect(latest).toMatchObject({ month: 6, value: 520, kind: 'estimate', asOf: '2025-06-20', percentOfYearPlan: { kind: 'value', value: 52 }, changeOnLastYear: { kind: 'value' } });
    expect(latest?.changeOnLastYear.kind === 'value' && latest.changeOnLastYear.value).toBeCloseTo(30, 10);
    expect(latest?.gap).toEqual({ kind: 'remaining', amount: 480, monthsLeft: 6, perMonth: 80 });
  });

  it('draws a rate only as reports state it, a month alone not being a running total; the plan from the period rows when the year has none', () => {
    const s = inYearSeries(index, a.id, growth, 2025);
    expect(s.months.map((m) => m.current.value)).toEqual([null, null, 6.5, null, null, null, null, null, null, null, null, null]);
    expect(s.latest).toMatchObject({ month: 3, value: 6.5, percentOfYearPlan: { kind: 'value' }, changeOnLastYear: { kind: 'none', reason: 'no-previous' }, gap: { kind: 'none', reason: 'not-additive' } });
    expect(s.plan).toBe(8);
  });

  it('has no latest month when no running total is known (May alone, no total before it)', () => {
    const s = inYearSeries(index, b.id, revenue, 2025);
    expect(s.latest).toBeNull();
    expect(s.plan).toBe(300);
    expect(inYearSeries(index, b.id, revenue, 2023).rows).toEqual([]);
  });

  it('gives the % of the year\'s plan a report printed when the data has no plan, and says so', () => {
    expect(inYearSeries(index, b.id, growth, 2025).latest).toMatchObject({ month: 6, percentOfYearPlan: { kind: 'value', value: 88 }, percentReported: true });
    expect(inYearSeries(index, a.id, revenue, 2025).latest?.percentReported).toBe(false);
  });

  it('lists the indicators and units with period figures in a year', () => {
    expect(indicatorsWithPeriods(index, [a.id, b.id], 2025).map((i) => i.id)).toEqual(['budget', 'grdp']);
    expect(indicatorsWithPeriods(index, [b.id], 2025).map((i) => i.id)).toEqual(['budget', 'grdp']);
    expect([...areasWithPeriods(index, 2024)]).toEqual([a.id]);
  });
});
