import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area } from '../../domain/model';
import { presenters } from '../../lib/language/presenters';
import { buildDataset, buildIndicator, buildObservation } from '../../testing/builders';
import { indicatorYears } from '../../components/pickers/year-choice';
import { comparisonRows } from './comparison-rows';

// Area names are values on the axis, never keys: names that are object machinery stay names.
const NAMES = ['__proto__', 'constructor', 'label', 'areaName', 'toString', 'Tân Uyên'];
const areas: Area[] = [{ id: 'p', name: 'P', level: 'province', parent: null }, ...NAMES.map((name, k) => ({ id: `d${k}`, name, level: 'district' as const, parent: 'p' }))];
const indicator = buildIndicator({ id: 'constructor' });
const observations = areas.slice(1).map((a, k) => buildObservation({ area: a.id, year: 2020, indicator: 'constructor', plan: 100, actual: 90 + k }));
const index = createDatasetIndex(buildDataset({ areas, indicators: [indicator], observations }));

describe('comparison rows with hostile names and ids', () => {
  const rows = comparisonRows(index, areas.slice(1), indicator, 2020, presenters('vi'));

  it('keeps every name as the axis value, sorted by % of plan', () => {
    expect(rows.map((r) => r.areaName)).toEqual([...NAMES].reverse());
  });

  it('builds rows with the chart’s own keys only', () => {
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['actual', 'areaName', 'evaluation', 'percentLabel', 'plan', 'planDerived']);
  });
});

describe('indicatorYears: the years the units report an indicator, and the one to open on', () => {
  const budget = buildIndicator();
  const observations = [
    buildObservation({ area: 'd0', year: 2016, indicator: 'budget_revenue', plan: 10, actual: 12 }),
    buildObservation({ area: 'd1', year: 2019, indicator: 'budget_revenue', plan: null, actual: null, reportedPercent: 120 }),
    buildObservation({ area: 'd1', year: 2024, indicator: 'budget_revenue', plan: 30, actual: null }),
    buildObservation({ area: 'd1', year: 2020, indicator: 'other', plan: 1, actual: 1 }),
    // The province's own figure does not make a year of the comparison, which shows its units.
    buildObservation({ area: 'p', year: 2025, indicator: 'budget_revenue', plan: 1, actual: 1 }),
  ];
  const yearsIndex = createDatasetIndex(buildDataset({ areas, indicators: [budget, buildIndicator({ id: 'other' })], observations }));

  it.each([
    ['an indicator with a plan only in its last year opens on its latest result', 'budget_revenue', { years: [2016, 2019, 2024], latest: 2019 }],
    ['an indicator without figures has none', 'none', { years: [], latest: undefined }],
  ])('%s', (_, id, expected) => {
    expect(indicatorYears(yearsIndex, id)).toEqual(expected);
  });

  it('keeps the order given when the reader sorted the units', () => {
    const units = areas.slice(1, 4);
    expect(comparisonRows(index, units, indicator, 2020, presenters('vi'), 'given').map((r) => r.areaName)).toEqual(units.map((a) => a.name));
  });
});
