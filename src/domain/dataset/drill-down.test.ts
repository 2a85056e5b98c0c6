import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from './dataset-index';
import { ancestry, defaultParent, resolveParent, unitsUnder } from './drill-down';
import type { Area } from '../model';
import { buildDataset, buildIndicator, buildObservation } from '../../testing/builders';
import { NATIONAL_AREAS, testArea } from '../../testing/national-areas';

const area = testArea;
const national = NATIONAL_AREAS;
const indicator = buildIndicator();
const nationalIndex = createDatasetIndex(buildDataset({ areas: national, indicators: [indicator], observations: ['lc-h1', 'lc-h2', 'db-h1'].map((a) => buildObservation({ area: a, year: 2024, indicator: indicator.id })) }));
const oneProvince = createDatasetIndex(buildDataset({
  areas: [area('cum', 'cluster', null), area('lc', 'province', 'cum'), area('lc-h1', 'district', 'lc'), area('other', 'province', 'cum')],
  indicators: [indicator],
  observations: [buildObservation({ area: 'lc-h1', year: 2024, indicator: indicator.id })],
}));

describe('defaultParent: the area a view opens on', () => {
  it.each([
    ['a one-province dataset opens on its province', oneProvince, 'lc'],
    ['a national dataset opens on the country', nationalIndex, 'vn'],
  ])('%s', (_, index, expected) => expect(defaultParent(index)?.id).toBe(expected));
});

describe('resolveParent: ?in= checked', () => {
  it.each([
    ['no ?in=: the default', null, 'vn', null],
    ['a province drills into it', 'lc', 'lc', null],
    ['an unknown id falls back and says so', 'nowhere', 'vn', 'unknown'],
    ['a unit without units shows its parent and says so', 'lc-h2', 'lc', 'unit'],
  ])('%s', (_, asked, parent, problem) => {
    const choice = resolveParent(nationalIndex, asked);
    expect(choice.parent?.id).toBe(parent);
    expect(choice.problem?.kind ?? null).toBe(problem);
  });

  it('never drills into a cluster (an emulation group, ranked on its own)', () => {
    expect(resolveParent(oneProvince, 'cum').problem).toEqual({ kind: 'unknown', id: 'cum' });
  });
});

describe('ancestry: the breadcrumb', () => {
  it.each([
    ['a district under its province under the country', nationalIndex, 'lc-h2', ['vn', 'lc', 'lc-h2']],
    ['a province under a cluster stands alone', oneProvince, 'lc', ['lc']],
  ])('%s', (_, index, id, chain) => expect(ancestry(index, index.area(id) as Area).map((a) => a.id)).toEqual(chain));

  it('stops on a cycle', () => {
    const cyclic = createDatasetIndex(buildDataset({ areas: [area('a', 'province', 'b'), area('b', 'province', 'a')], indicators: [], observations: [] }));
    expect(ancestry(cyclic, cyclic.area('a') as Area).map((a) => a.id)).toEqual(['b', 'a']);
  });
});

describe('unitsUnder: the units a view lists', () => {
  it('lists a country’s districts when its provinces carry no figures of their own', () => {
    expect(unitsUnder(nationalIndex, 'vn', 2024)).toEqual({ units: national.slice(3), level: 'district', via: 'province' });
  });

  it('lists a province’s own units', () => {
    expect(unitsUnder(nationalIndex, 'lc', 2024)).toEqual({ units: national.slice(3, 5), level: 'district', via: null });
  });

  it('lists the provinces when they carry figures', () => {
    const withProvinceFigures = createDatasetIndex(buildDataset({ areas: national, indicators: [indicator], observations: [buildObservation({ area: 'lc', year: 2024, indicator: indicator.id })] }));
    expect(unitsUnder(withProvinceFigures, 'vn', 2024).units.map((a) => a.id)).toEqual(['lc', 'db']);
  });
});
