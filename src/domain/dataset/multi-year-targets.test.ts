import { describe, expect, it } from 'vitest';
import { buildDataset, buildIndicator, buildObservation } from '../../testing/builders';
import { createDatasetIndex } from './dataset-index';
import { multiYearTargets } from './multi-year-targets';

const growth = buildIndicator({ id: 'grdp_growth', unit: '%', additive: false, direction: 'higher_is_better' });
const revenue = buildIndicator({ id: 'budget_revenue', unit: 'tỷ đồng', additive: true, direction: 'higher_is_better' });
const year = (y: number, indicator: string, actual: number | null) => buildObservation({ area: 'lai-chau', year: y, indicator, actual });
const target = (indicator: string, plan: number, planText: string, period: `years-${number}-${number}` = 'years-2021-2025') =>
  buildObservation({ area: 'lai-chau', year: Number(period.slice(-4)), indicator, plan, planText, period });

const index = createDatasetIndex(buildDataset({
  indicators: [growth, revenue],
  observations: [
    year(2020, 'budget_revenue', 2000), year(2021, 'budget_revenue', 2100), year(2022, 'budget_revenue', 2310), year(2023, 'budget_revenue', 2400),
    year(2021, 'grdp_growth', 5.6), year(2022, 'grdp_growth', 7.7), year(2023, 'grdp_growth', 8),
    target('grdp_growth', 9, 'tăng bình quân 9 - 10%/năm'),
    target('budget_revenue', 3000, '3.000 tỷ đồng vào năm 2025'),
    target('budget_revenue', 20, 'tăng bình quân trên 20%/năm', 'years-2016-2020'),
  ],
}));

describe('a unit\'s multi-year targets and the progress toward them', () => {
  it('averages a growth target\'s yearly rates so far and says what the years left must do', () => {
    const [t] = multiYearTargets(index, 'lai-chau', growth);
    expect(t).toMatchObject({ first: 2021, last: 2025, reading: { measure: 'average-growth', form: { kind: 'range', low: 9, high: 10 } } });
    expect(t?.progress).toMatchObject({ from: 2021, to: 2023, status: 'missed', final: false, yearsLeft: 2 });
    expect(t?.progress.achieved.kind === 'value' && t.progress.achieved.value).toBeCloseTo(((1.056 * 1.077 * 1.08) ** (1 / 3) - 1) * 100, 10);
    expect(t?.progress.neededPerYear.kind === 'value' && t.progress.neededPerYear.value).toBeCloseTo(((1.09 ** 5 / (1.056 * 1.077 * 1.08)) ** 0.5 - 1) * 100, 10);
  });

  it('reads an end-level target against the latest year\'s level, and a level\'s growth target from the levels', () => {
    const [older, current] = multiYearTargets(index, 'lai-chau', revenue);
    expect(current).toMatchObject({ first: 2021, last: 2025, reading: { measure: 'end-level' }, progress: { to: 2023, achieved: { kind: 'value', value: 2400 }, yearsLeft: 2 } });
    // 2016–2020: only 2020's level is known, so no year's growth is: no verdict, the years named.
    expect(older).toMatchObject({ first: 2016, last: 2020, reading: { measure: 'average-growth' }, progress: { status: 'no-data' } });
    expect(older?.figures.map((f) => f.value)).toEqual([null, null, null, null, null]);
  });

  it('has none for a unit or indicator without one', () => {
    expect(multiYearTargets(index, 'sin-ho', growth)).toEqual([]);
  });
});
