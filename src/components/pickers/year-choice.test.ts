import { describe, expect, it } from 'vitest';
import { chooseYear, nearestYear } from './year-choice';

describe('nearestYear', () => {
  it.each([
    [[2016, 2019, 2024], 2020, 2019],
    [[2016, 2019, 2024], 2022, 2024],
    [[2019, 2021], 2020, 2021],
    [[2019], 2019, 2019],
    [[], 2020, null],
  ])('%j near %d → %s', (years, wanted, expected) => {
    expect(nearestYear(years, wanted)).toBe(expected);
  });
});

describe('chooseYear', () => {
  const dataset = [2016, 2019, 2020, 2024];
  it.each([
    ['no year in the URL: the view’s fallback', null, [2016, 2019], 2019, { year: 2019, lacking: null }],
    ['a year the view has', 2016, [2016, 2019], 2019, { year: 2016, lacking: null }],
    ['a carried year the dataset has but the view lacks: kept, with the nearest offered', 2020, [2016, 2019], 2019, { year: 2020, lacking: { requested: 2020, nearest: 2019 } }],
    ['a year the dataset lacks: the fallback, and said', 2031, [2016, 2019], 2019, { year: 2019, lacking: { requested: 2031, nearest: 2019 } }],
    ['no fallback given: the view’s latest year', null, [2016, 2019], undefined, { year: 2019, lacking: null }],
    ['a view without figures: nothing nearer', 2020, [], undefined, { year: 2020, lacking: { requested: 2020, nearest: null } }],
  ] as const)('%s', (_, requested, viewYears, fallback, expected) => {
    expect(chooseYear({ requested, viewYears, datasetYears: dataset, fallback })).toEqual(expected);
  });
});
