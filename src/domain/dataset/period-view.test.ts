import { describe, expect, it } from 'vitest';
import { buildDataset, buildIndicator, buildObservation, LAI_CHAU_AREAS } from '../../testing/builders';
import type { Observation, PeriodCode } from '../model';
import { createDatasetIndex } from './dataset-index';
import { evaluatePeriodFigure, shareOfYear } from './period-evaluation';
import { periodIndex, periodsOf } from './period-view';

const [a, b] = LAI_CHAU_AREAS.filter((x) => x.level === 'district') as [(typeof LAI_CHAU_AREAS)[number], (typeof LAI_CHAU_AREAS)[number]];
const revenue = buildIndicator({ id: 'budget', additive: true, direction: 'higher_is_better' });
const accidents = buildIndicator({ id: 'accidents', additive: true, direction: 'lower_is_better' });
const growth = buildIndicator({ id: 'grdp', additive: false, direction: 'higher_is_better' });
const row = (area: string, year: number, indicator: string, period: PeriodCode | undefined, actual: number | null, plan: number | null = null, more: Partial<Observation> = {}) =>
  buildObservation({ area, year, indicator, actual, plan, ...(period ? { period } : {}), ...more });

describe('the share of the year a period covers', () => {
  it.each([
    ['month-03', 1 / 12],
    ['quarter-2', 3 / 12],
    ['quarter-1', 3 / 12],
    ['to-month-06', 6 / 12],
    ['to-month-11', 11 / 12],
    ['', 1],
    [undefined, 1],
    ['years-2021-2025', 1],
  ])('%s covers %d of the year', (period, share) => {
    expect(shareOfYear(period)).toBeCloseTo(share, 12);
  });
});

describe('a figure of part of the year against the year\'s plan', () => {
  const year = (indicator: string, plan: number | null, planText?: string) => row(a.id, 2025, indicator, undefined, null, plan, planText ? { planText } : {});
  it.each([
    // indicator, period, actual, period's own plan, year's plan, % KH năm, status, why
    ['budget', 'to-month-06', 550, null, 1000, 55, 'exceeded', '55% of the year in half of it: ahead of the time gone'],
    ['budget', 'to-month-06', 500, null, 1000, 50, 'met', 'exactly half in half the year'],
    ['budget', 'to-month-06', 460, null, 1000, 46, 'nearly-met', '92% of the pace'],
    ['budget', 'to-month-06', 400, null, 1000, 40, 'missed', '80% of the pace'],
    ['budget', 'month-03', 100, null, 1200, 100 / 12, 'met', 'one month: a twelfth'],
    ['budget', 'quarter-2', 280, 1200, null, 280 / 12, 'nearly-met', 'the period row\'s own plan is the year\'s'],
    ['accidents', 'to-month-06', 25, null, 60, 240, 'exceeded', 'fewer than half the ceiling in half the year'],
    ['accidents', 'to-month-06', 40, null, 60, 150, 'missed', 'lower is better: more than the pace allows'],
    ['grdp', 'to-month-06', 6.88, null, 9, (6.88 / 9) * 100, 'missed', 'a rate is read against the year\'s target as it is'],
    ['grdp', 'quarter-1', 9.2, null, 9, (9.2 / 9) * 100, 'exceeded', 'a quarter\'s growth above the year\'s target'],
  ] as const)('%s %s %d (plan %s / year %s) → %d%%, %s: %s', (id, period, actual, own, yearPlan, percent, status, _why) => {
    const indicator = { budget: revenue, accidents, grdp: growth }[id];
    const e = evaluatePeriodFigure(row(a.id, 2025, indicator.id, period, actual, own), year(indicator.id, yearPlan), indicator);
    expect(e.percent.kind === 'value' && e.percent.value).toBeCloseTo(percent, 9);
    expect(e.status).toBe(status);
    expect(e.plan).toMatchObject({ kind: 'value', value: own ?? yearPlan, origin: 'given' });
  });

  it('keeps the year\'s plan as written, and says no data where there is no plan and no printed %', () => {
    const e = evaluatePeriodFigure(row(a.id, 2025, 'grdp', 'to-month-06', 8.3), year('grdp', 8, '8 - 8,5%'), growth);
    expect(e.observation.planText).toBe('8 - 8,5%');
    expect(e.status).toBe('met');
    expect(evaluatePeriodFigure(row(a.id, 2025, 'budget', 'to-month-06', 300), undefined, revenue).status).toBe('no-data');
  });

  it('takes a printed % of the year\'s plan when there is no plan, paced like a computed one', () => {
    const e = evaluatePeriodFigure(row(a.id, 2025, 'budget', 'to-month-06', 1885, null, { reportedPercent: 64 }), undefined, revenue);
    expect(e.percent).toMatchObject({ kind: 'value', value: 64, basis: 'reported' });
    expect(e.status).toBe('exceeded');
  });
});

describe('the index of one period', () => {
  const data = buildDataset({
    indicators: [revenue, growth],
    observations: [
      row(a.id, 2024, 'budget', undefined, 900, 1000),
      row(a.id, 2024, 'budget', 'to-month-06', 460),
      row(a.id, 2025, 'budget', undefined, null, 1200),
      row(a.id, 2025, 'budget', 'to-month-06', 600),
      row(b.id, 2025, 'budget', 'quarter-1', 100, 400),
      row(a.id, 2025, 'grdp', 'to-month-06', 6.88),
      row(a.id, 2025, 'grdp', 'years-2021-2025', null, 9),
    ],
  });
  const yearIndex = createDatasetIndex(data);

  it('lists the periods within the year the data has, in report order, never a multi-year span', () => {
    expect(periodsOf(yearIndex)).toEqual(['quarter-1', 'to-month-06']);
    expect(periodsOf(createDatasetIndex(buildDataset({ observations: [row(a.id, 2025, 'budget', undefined, 1)] })))).toEqual([]);
  });

  it('reads that period\'s figures where the year\'s index reads the year\'s, each against the year\'s plan', () => {
    const june = periodIndex(yearIndex, 'to-month-06');
    expect(june.years).toEqual([2024, 2025]);
    expect(june.observationsFor({ year: 2025 }).map((o) => [o.area, o.indicator, o.actual])).toEqual([[a.id, 'budget', 600], [a.id, 'grdp', 6.88]]);
    expect(june.evaluation(a.id, 2025, 'budget')).toMatchObject({ plan: { value: 1200 }, percent: { value: 50 }, status: 'met' });
    expect(june.evaluation(a.id, 2024, 'budget')).toMatchObject({ plan: { value: 1000 }, percent: { value: 46 }, status: 'nearly-met' });
    expect(june.evaluation(b.id, 2025, 'budget')).toBeUndefined();
    expect(periodIndex(yearIndex, 'quarter-1').evaluation(b.id, 2025, 'budget')).toMatchObject({ percent: { value: 25 }, status: 'met' });
  });

  it('is made once per period, and the year\'s index for the year or a period the data lacks a slot for', () => {
    expect(periodIndex(yearIndex, 'to-month-06')).toBe(periodIndex(yearIndex, 'to-month-06'));
    expect(periodIndex(yearIndex, '')).toBe(yearIndex);
    expect(periodIndex(yearIndex, 'years-2021-2025')).toBe(yearIndex);
    expect(yearIndex.observationsFor({ year: 2025 }).map((o) => o.actual)).toEqual([null]);
  });
});
