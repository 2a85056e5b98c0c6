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

describe('periods within the year: the in-year view reads them, every other lookup the year\'s figures only', () => {
  const [a, b] = districts as [typeof districts[0], typeof districts[0]];
  const monthly = createDatasetIndex(buildDataset({
    indicators,
    observations: [
      buildObservation({ area: a.id, year: 2020, indicator: 'budget', plan: 100, actual: 95 }),
      buildObservation({ area: a.id, year: 2020, indicator: 'budget', plan: 100, actual: 50, period: 'to-month-06' }),
      buildObservation({ area: b.id, year: 2020, indicator: 'budget', plan: 80, actual: 20, period: 'quarter-1' }),
      buildObservation({ area: b.id, year: 2021, indicator: 'budget', plan: 90, actual: 30, period: 'to-month-04' }),
    ],
  }));

  it('keeps a period out of the years, the groupings and the evaluations', () => {
    expect(monthly.years).toEqual([2020]);
    expect(monthly.resultYears).toEqual([2020]);
    expect(monthly.periodYears).toEqual([2020, 2021]);
    expect(monthly.observationsFor({}).map((o) => o.actual)).toEqual([95]);
    expect(monthly.observationsFor({ area: b.id })).toEqual([]);
    expect(monthly.observationsFor({ indicator: 'budget', year: 2020 }).map((o) => o.actual)).toEqual([95]);
    expect(monthly.evaluation(a.id, 2020, 'budget')?.observation.actual).toBe(95);
    expect(monthly.evaluation(b.id, 2020, 'budget')).toBeUndefined();
    expect(monthly.indicatorsWithData([b.id], 2020)).toEqual([]);
  });

  it('gives a year\'s period rows by position, and the whole dataset to export', () => {
    expect(monthly.table.rows(monthly.periodPositions(2020)).map((o) => o.period)).toEqual(['to-month-06', 'quarter-1']);
    expect(monthly.table.rows(monthly.periodPositions(2021)).map((o) => o.actual)).toEqual([30]);
    expect(monthly.periodPositions(2019)).toHaveLength(0);
    expect(index.periodPositions(2020)).toHaveLength(0);
    expect(monthly.fullDataset().observations).toHaveLength(4);
  });
});
