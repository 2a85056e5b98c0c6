import { describe, expect, it } from 'vitest';
import { changeOnLastYear, cumulativePath, gapToPlan, monthlyFromCumulative, percentOfYearPlan, type PeriodFigure } from './in-year';
import { monthCode, quarterCode, toMonthCode } from './period';

const nulls = (n: number): null[] => new Array<null>(n).fill(null);
const months = (...values: (number | null)[]): PeriodFigure[] => values.flatMap((value, k) => (value === null ? [] : [{ period: monthCode(k + 1), value }]));
const values = (figures: readonly PeriodFigure[], additive = true) => cumulativePath(figures, additive).map((p) => p.value);
const bases = (figures: readonly PeriodFigure[], additive = true) => cumulativePath(figures, additive).map((p) => p.basis[0]).join('');

describe('the running total month by month', () => {
  it.each([
    ['months alone add up', months(10, 20, 30), [10, 30, 60, ...nulls(9)], 'saannnnnnnnn'],
    ['a missing month stops the total: nothing is invented', months(10, null, 30, 40), [10, ...nulls(11)], 'snnnnnnnnnnn'],
    ['a stated total after the gap starts it again', [...months(10, null, null, 40), { period: quarterCode(1), value: 55 }], [10, null, 55, 95, ...nulls(8)], 'snsannnnnnnn'],
    ['a stated total wins over the months that would add to it', [...months(10, 20), { period: toMonthCode(2), value: 31 }], [10, 31, ...nulls(10)], 'ssnnnnnnnnnn'],
    ['quarters add up', [{ period: quarterCode(1), value: 100 }, { period: quarterCode(2), value: 120 }, { period: quarterCode(4), value: 90 }], [null, null, 100, null, null, 220, ...nulls(6)], 'nnsnnannnnnn'],
    ['six and nine months stated, a month after them added', [{ period: toMonthCode(6), value: 600 }, { period: toMonthCode(9), value: 880 }, { period: monthCode(10), value: 95 }], [null, null, null, null, null, 600, null, null, 880, 975, null, null], 'nnnnnsnnsann'],
  ])('%s', (_, figures, path, basis) => {
    expect(values(figures)).toEqual(path);
    expect(bases(figures)).toBe(basis);
  });

  it('a rate does not add up: only stated totals', () => {
    const figures = [...months(7.1, 7.4), { period: toMonthCode(6), value: 7.5 }];
    expect(values(figures, false)).toEqual([7.1, null, null, null, null, 7.5, ...nulls(6)]);
  });

  it('each month back from the totals; a month next to an unknown total is unknown', () => {
    expect(monthlyFromCumulative([10, 30, 60, null, 100, 130])).toEqual([10, 20, 30, null, null, 30]);
    expect(monthlyFromCumulative(values(months(4, 5, 6)))).toEqual([4, 5, 6, ...nulls(9)]);
  });
});

describe('what the monthly meeting reads off the totals', () => {
  it.each([
    ['revenue: the share of the year\'s plan done', 'higher_is_better', true, 2000, 1100, 55],
    ['a rate: the period\'s figure against the year\'s plan', 'higher_is_better', false, 9, 7.2, 80],
    ['a poverty rate below its ceiling', 'lower_is_better', false, 12, 10, 120],
  ] as const)('%s', (_, direction, additive, plan, soFar, percent) => {
    const m = percentOfYearPlan(direction, additive, plan, soFar);
    expect(m.kind === 'value' && m.value).toBeCloseTo(percent, 9);
  });

  it.each([
    [2000, null, 'missing-actual'], [null, 1100, 'missing-plan'], [0, 1100, 'zero-plan'],
  ] as const)('no %% of plan %s / %s: %s', (plan, soFar, reason) => {
    expect(percentOfYearPlan('higher_is_better', true, plan, soFar)).toEqual({ kind: 'none', reason });
  });

  it.each([
    ['up on last year', true, 1085, 1000, 8.5],
    ['down on last year', true, 900, 1000, -10],
    ['a rate, in points', false, 7.5, 7.1, 0.4],
  ] as const)('%s', (_, additive, current, lastYear, change) => {
    const m = changeOnLastYear(additive, current, lastYear);
    expect(m.kind === 'value' && m.value).toBeCloseTo(change, 9);
  });

  it.each([
    [1085, null, 'no-previous'], [null, 1000, 'missing-actual'], [1085, 0, 'zero-previous'],
  ] as const)('no change %s on %s: %s', (current, lastYear, reason) => {
    expect(changeOnLastYear(true, current, lastYear)).toEqual({ kind: 'none', reason });
  });

  it.each([
    ['left to do in the five months that remain', 'higher_is_better', true, 2000, 1100, 7, { kind: 'remaining', amount: 900, monthsLeft: 5, perMonth: 180 }],
    ['reached before the year ends', 'higher_is_better', true, 2000, 2100, 11, { kind: 'reached', beyond: 100 }],
    ['exactly at the plan is reached', 'higher_is_better', true, 2000, 2000, 10, { kind: 'reached', beyond: 0 }],
    ['short at December: nothing per month', 'higher_is_better', true, 2000, 1900, 12, { kind: 'remaining', amount: 100, monthsLeft: 0, perMonth: null }],
    ['a rate has no remainder', 'higher_is_better', false, 9, 7, 6, { kind: 'none', reason: 'not-additive' }],
    ['a ceiling has no remainder', 'lower_is_better', true, 50, 20, 6, { kind: 'none', reason: 'lower-is-better' }],
    ['no plan', 'higher_is_better', true, null, 20, 6, { kind: 'none', reason: 'missing-plan' }],
    ['no figure so far', 'higher_is_better', true, 2000, null, 6, { kind: 'none', reason: 'missing-actual' }],
  ] as const)('%s', (_, direction, additive, plan, soFar, month, gap) => {
    expect(gapToPlan(direction, additive, plan, soFar, month)).toEqual(gap);
  });
});
