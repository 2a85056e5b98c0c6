import { describe, expect, it } from 'vitest';
import { buildDataset, buildIndicator, buildObservation, LAI_CHAU_AREAS } from '../../testing/builders';
import { createDatasetIndex } from './dataset-index';

const districts = LAI_CHAU_AREAS.filter((a) => a.level === 'district').slice(0, 3);
const indicators = ['grdp', 'budget'].map((id) => buildIndicator({ id }));
const observations = [2019, 2020].flatMap((year) =>
  indicators.flatMap((i) => districts.map((d, k) => buildObservation({ area: d.id, year, indicator: i.id, plan: 100, actual: 90 + 10 * k }))),
);
// A row of an indicator the catalog does not have: observed, never evaluated.
const index = createDatasetIndex(buildDataset({ indicators, observations: [...observations, buildObservation({ area: districts[0]!.id, year: 2020, indicator: 'unknown', plan: 1, actual: 1 })] }));

describe('evaluationsFor: the evaluations of the rows observationsFor names, each made once', () => {
  it.each([{}, { year: 2020 }, { area: districts[1]!.id }, { indicator: 'budget' }, { area: districts[2]!.id, year: 2019, indicator: 'grdp' }, { year: 2031 }, { area: 'nowhere' }])('%o', (filter) => {
    const expected = index.observationsFor(filter).flatMap((o) => {
      const evaluation = index.evaluation(o.area, o.year, o.indicator);
      return evaluation ? [evaluation] : [];
    });
    const evaluations = index.evaluationsFor(filter);
    expect(evaluations).toEqual(expected);
    // The same objects the single lookups give: one evaluation per area × year × indicator.
    evaluations.forEach((e, k) => expect(e).toBe(expected[k]));
  });
});
