import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../domain/dataset-index';
import type { Area } from '../../domain/model';
import { presenters } from '../../lib/presenters';
import { buildDataset, buildIndicator, buildObservation } from '../../testing/builders';
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
