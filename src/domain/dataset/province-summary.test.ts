import { describe, expect, it } from 'vitest';
import { createDatasetIndex, defaultYear } from './dataset-index';
import { hasProvinceFigure, provinceSummary } from './province-summary';
import { buildDataset, buildObservation } from '../../testing/builders';

const dataset = buildDataset({
  observations: [
    buildObservation({ area: 'lai-chau', year: 2015, indicator: 'poverty_rate', actual: 40.4 }),
    buildObservation({ area: 'lai-chau', year: 2016, indicator: 'poverty_rate', actual: 36.51 }),
    buildObservation({ area: 'lai-chau', year: 2016, indicator: 'budget_revenue', plan: 1500, actual: 1862 }),
    buildObservation({ area: 'sin-ho', year: 2016, indicator: 'budget_revenue', reportedPercent: 154.2 }),
    buildObservation({ area: 'tan-uyen', year: 2016, indicator: 'budget_revenue', actual: 64.2, reportedPercent: 85 }),
    buildObservation({ area: 'lai-chau', year: 2024, indicator: 'budget_revenue', plan: 2236 }),
  ],
});
const index = createDatasetIndex(dataset);

describe('provinceSummary', () => {
  const province = index.province;
  if (!province) throw new Error('no province');
  const summary = provinceSummary(index, province, 2016);

  it('lists indicators with data in catalog order', () => {
    expect(summary.map((s) => s.indicator.id)).toEqual(['budget_revenue', 'poverty_rate']);
  });

  it('takes the province’s own figures and the change on last year', () => {
    const poverty = summary[1];
    expect(poverty?.own?.actual).toBe(36.51);
    expect(poverty?.change.absolute.kind === 'value' && poverty.change.absolute.value).toBeCloseTo(-3.89, 9);
    expect(summary[0]?.change.absolute).toEqual({ kind: 'none', reason: 'no-previous' });
  });

  it('counts districts by status and refuses a partial total', () => {
    expect(summary[0]?.districtStatus).toEqual({ exceeded: 1, met: 0, 'nearly-met': 0, missed: 1, 'no-data': 6 });
    expect(summary[0]?.districtsReporting).toBe(2);
    expect(summary[0]?.total).toMatchObject({ kind: 'none', reason: 'incomplete', reporting: 1, districts: 8 });
  });

  it.each([
    ['the province reported an actual only', 2016, 'poverty_rate', true],
    ['the province reported plan and actual', 2016, 'budget_revenue', true],
  ])('hasProvinceFigure: %s', (_, year, indicator, expected) => {
    const card = provinceSummary(index, province, year).find((s) => s.indicator.id === indicator);
    expect(card && hasProvinceFigure(card)).toBe(expected);
  });

  it('hasProvinceFigure is false when only some districts reported (no total, no own figure)', () => {
    const districtsOnly = createDatasetIndex(buildDataset({ observations: [buildObservation({ area: 'sin-ho', year: 2020, indicator: 'budget_revenue', reportedPercent: 100 })] }));
    const [card] = provinceSummary(districtsOnly, province, 2020);
    expect(card && hasProvinceFigure(card)).toBe(false);
  });
});

describe('defaultYear', () => {
  it('opens on the latest year with results, not on a year of targets only', () => {
    expect(index.years).toEqual([2015, 2016, 2024]);
    expect(defaultYear(index)).toBe(2016);
  });
});
