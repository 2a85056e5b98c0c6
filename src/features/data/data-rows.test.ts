import { describe, expect, it } from 'vitest';
import { createDatasetIndex, type DatasetIndex, type ObservationFilter } from '../../domain/dataset/dataset-index';
import type { Observation } from '../../domain/model';
import { STATUSES } from '../../domain/evaluation/status';
import { buildDataset, buildIndicator, buildObservation, LAI_CHAU_AREAS } from '../../testing/builders';
import { dataRows, SORT_KEYS, type DataRow, type SortKey } from './data-rows';

/** The rows as the table made them before it sorted positions: every row an object, sorted with localeCompare. */
function objectRows(index: DatasetIndex, filter: ObservationFilter, key: SortKey, direction: 'asc' | 'desc', language: 'vi' | 'en'): DataRow[] {
  const rows: DataRow[] = [];
  for (const evaluation of index.evaluationsFor(filter)) {
    const area = index.area(evaluation.observation.area);
    const indicator = index.indicator(evaluation.observation.indicator);
    if (area && indicator) rows.push({ area, indicator, evaluation });
  }
  const value = (row: DataRow): string | number | null => {
    const e = row.evaluation;
    switch (key) {
      case 'area': return row.area.name;
      case 'year': return e.observation.year;
      case 'indicator': return language === 'vi' ? row.indicator.nameVi : row.indicator.nameEn;
      case 'plan': return e.plan.kind === 'value' ? e.plan.value : null;
      case 'actual': return e.actual ?? null;
      case 'percent': return e.percent.kind === 'value' ? e.percent.value : null;
      case 'status': return STATUSES.indexOf(e.status);
    }
  };
  const sign = direction === 'asc' ? 1 : -1;
  return rows.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'string' && typeof y === 'string') return sign * x.localeCompare(y, language);
    return sign * (Number(x) - Number(y));
  });
}

// Districts in an order that is not the alphabet's, two indicators with the same English name, one the catalog lacks, an area it lacks, gaps everywhere.
const indicators = [
  buildIndicator(),
  buildIndicator({ id: 'poverty_rate', nameVi: 'Tỷ lệ hộ nghèo', nameEn: 'Poverty rate', unit: '%', direction: 'lower_is_better', additive: false }),
  buildIndicator({ id: 'forest', nameVi: 'Độ che phủ rừng', nameEn: 'Poverty rate', unit: '%', additive: false }),
];
const observations: Observation[] = [];
let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (const year of [2022, 2020, 2021])
  for (const area of [...LAI_CHAU_AREAS.map((a) => a.id), 'unknown-area'].reverse())
    for (const indicator of ['budget_revenue', 'poverty_rate', 'forest', 'unknown_indicator']) {
      const r = next();
      observations.push(buildObservation({ area, year, indicator, plan: r < 0.2 ? null : Math.round(next() * 100), actual: r > 0.85 ? null : Math.round(next() * 100), reportedPercent: r < 0.1 ? Math.round(next() * 120) : null }));
    }
const index = createDatasetIndex(buildDataset({ indicators, observations }));
const identity = (row: DataRow | undefined) => row && `${row.evaluation.observation.area}|${row.evaluation.observation.year}|${row.evaluation.observation.indicator}`;

describe('dataRows', () => {
  const filters: ObservationFilter[] = [{}, { year: 2021 }, { area: 'sin-ho' }, { indicator: 'poverty_rate' }, { year: 2020, indicator: 'forest' }, { year: 1999 }, { area: 'nowhere' }];
  const cases = filters.flatMap((filter) => SORT_KEYS.flatMap((key) => (['asc', 'desc'] as const).flatMap((direction) => (['vi', 'en'] as const).map((language) => ({ filter, key, direction, language })))));
  it.each(cases)('shows the rows the object table showed, in its order: $filter by $key $direction ($language)', ({ filter, key, direction, language }) => {
    const expected = objectRows(index, filter, key, direction, language);
    const rows = dataRows(index, filter, key, direction, language);
    expect(rows.count).toBe(expected.length);
    expect(Array.from({ length: rows.count }, (_, k) => identity(rows.rowAt(k)))).toEqual(expected.map(identity));
    expect(rows.rowAt(0)?.evaluation).toBe(expected[0]?.evaluation);
    expect(rows.observations()).toEqual(expected.map((r) => r.evaluation.observation));
    expect(new Set(Array.from({ length: rows.count }, (_, k) => rows.keyAt(k))).size).toBe(rows.count);
    expect(rows.rowAt(rows.count)).toBeUndefined();
  });
});
