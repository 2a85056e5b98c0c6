import { describe, expect, it } from 'vitest';
import { indicatorYears } from '../../components/pickers/year-choice';
import { createDatasetIndex, type DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area, Observation } from '../../domain/model';
import { buildIndicator } from '../../testing/builders';
import { unitYears } from './unit-years';

/** A seeded generator: the same data on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Two provinces with districts, rows missing at random, figures missing at random (no result some years). */
function generated(seed: number): DatasetIndex {
  const next = random(seed);
  const areas: Area[] = [
    { id: 'p1', name: 'Tỉnh Một', level: 'province', parent: null },
    { id: 'p2', name: 'Tỉnh Hai', level: 'province', parent: null },
    ...Array.from({ length: 12 }, (_, n): Area => ({ id: `d${n}`, name: `Huyện ${n}`, level: 'district', parent: n < 8 ? 'p1' : 'p2' })),
  ];
  const observations: Observation[] = [];
  for (const year of [2016, 2017, 2018, 2019, 2020]) {
    for (const area of areas) {
      for (const indicator of ['a', 'b', 'c']) {
        if (next() < 0.4) continue;
        const r = next();
        observations.push({ area: area.id, year, indicator, plan: next() < 0.5 ? 100 : null, actual: r < 0.4 ? 90 : null, reportedPercent: r > 0.8 ? 95 : null, unit: '%', source: '', note: '' });
      }
    }
  }
  return createDatasetIndex({ areas, indicators: ['a', 'b', 'c'].map((id) => buildIndicator({ id })), observations });
}

/** What the views computed before, from observation objects. */
function indicatorYearsBefore(index: DatasetIndex, indicator: string) {
  const province = index.province?.id;
  const observations = index.observationsFor({ indicator }).filter((o) => province !== undefined && index.area(o.area)?.parent === province);
  const years = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);
  const results = observations.filter((o) => o.actual !== null || o.reportedPercent !== null).map((o) => o.year);
  return { years, latest: results.length > 0 ? Math.max(...results) : years.at(-1) };
}
const unitYearsBefore = (index: DatasetIndex, ids: Set<string>, indicator: string) =>
  [...new Set(index.observationsFor({ indicator }).filter((o) => ids.has(o.area)).map((o) => o.year))].sort((a, b) => a - b);

describe('years read from the columns are the years read from observation objects', () => {
  it.each([[1], [2], [3], [4], [5]])('seed %d', (seed) => {
    const index = generated(seed);
    for (const indicator of ['a', 'b', 'c', 'not-in-data']) {
      expect(indicatorYears(index, indicator)).toEqual(indicatorYearsBefore(index, indicator));
      for (const ids of [new Set(['d0', 'd3', 'd9']), new Set(['p2']), new Set<string>(), new Set(['nowhere', 'd11'])]) {
        expect(unitYears(index, ids, indicator)).toEqual(unitYearsBefore(index, ids, indicator));
      }
    }
  });

  it('an indicator whose latest years have no result opens on its latest with one', () => {
    const areas: Area[] = [{ id: 'p', name: 'P', level: 'province', parent: null }, { id: 'd', name: 'D', level: 'district', parent: 'p' }];
    const row = (year: number, actual: number | null): Observation => ({ area: 'd', year, indicator: 'a', plan: 100, actual, reportedPercent: null, unit: '%', source: '', note: '' });
    const index = createDatasetIndex({ areas, indicators: [buildIndicator({ id: 'a' })], observations: [row(2018, 90), row(2019, null), row(2020, null)] });
    expect(indicatorYears(index, 'a')).toEqual({ years: [2018, 2019, 2020], latest: 2018 });
  });
});
