import { describe, expect, it } from 'vitest';
import { isoDate } from './catalog-schema';
import { parseDatasetJson } from '../dataset/dataset-io';
import { buildDataset } from '../../testing/builders';

describe('isoDate: a date that exists, in the years a catalog may name', () => {
  it.each([
    ['2025-07-01', true], ['1900-01-01', true], ['2100-12-31', true], ['2024-02-29', true],
    ['0000-01-01', false], ['1899-12-31', false], ['2101-01-01', false], ['9999-12-31', false], ['2025-02-29', false], ['2025-7-1', false], ['01/07/2025', false],
  ])('%s → %s', (date, ok) => {
    expect(isoDate.safeParse(date).success).toBe(ok);
  });

  it.each([['validFrom', '0000-01-01'], ['validTo', '9999-12-31']])('a JSON upload with an area %s of %s is refused at that area', (field, date) => {
    const { areas, indicators } = buildDataset();
    const result = parseDatasetJson(JSON.stringify({ areas: areas.map((a, i) => (i === 1 ? { ...a, [field]: date } : a)), indicators, observations: [] }));
    expect(result.ok || result.issues.map((i) => [i.code, i.row, i.column, i.message.en.includes('1900-01-01 to 2100-12-31')])).toEqual([['invalid-json-shape', 2, `areas.${field}`, true]]);
  });
});
