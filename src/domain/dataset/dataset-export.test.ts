import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indicatorsToCsv, observationsToCsv, templateCsv } from './dataset-export';
import { parseAreasCsv, parseIndicatorsCsv } from '../catalog/parse-catalog';
import { parseObservationsCsv } from '../validation/parse-observations-csv';
import type { Indicator, Observation } from '../model';

const observation: Observation = { area: 'sin-ho', year: 2021, indicator: 'budget_revenue', plan: 50, actual: -5, reportedPercent: null, unit: 'tỷ đồng', source: 'Báo cáo', note: '' };
const indicator: Indicator = { id: 'x', nameVi: 'Thu', nameEn: 'Revenue', unit: 'tỷ đồng', unitEn: 'billion VND', direction: 'higher_is_better', decimals: 1, additive: true };

describe('exports write text cells that could run as formulas as text, numbers as numbers', () => {
  it.each([
    ['source', { source: '=HYPERLINK("http://x","y")' }, `"'=HYPERLINK(""http://x"",""y"")"`],
    ['note', { note: '+cmd|x' }, `"'+cmd|x"`],
    ['note with a leading minus', { note: '-1+1' }, `"'-1+1"`],
    ['unit', { unit: '@SUM(A1)' }, `"'@SUM(A1)"`],
    ['a negative actual', { actual: -5 }, ',50,-5,,'],
    ['an actual too large to be finite', { actual: Number.POSITIVE_INFINITY }, ',50,,,'],
  ] as const)('observations: %s', (_, change, expected) => {
    expect(observationsToCsv([{ ...observation, ...change }])).toContain(expected);
  });

  it.each([
    ['nameVi', { nameVi: '=1+1' }, `"'=1+1"`],
    ['nameEn', { nameEn: '-x' }, `"'-x"`],
    ['unit', { unit: '@x' }, `"'@x"`],
    ['unitEn', { unitEn: '+x' }, `"'+x"`],
  ] as const)('catalog: %s', (_, change, expected) => {
    expect(indicatorsToCsv([{ ...indicator, ...change }])).toContain(expected);
  });
});

describe('the CSV template', () => {
  it('reads back whole through the upload\'s reader: a final with the estimate it replaced, a printed % KH, a range, a six-month total, a five-year target', () => {
    const areas = parseAreasCsv(readFileSync('data/areas.csv', 'utf8'));
    const indicators = parseIndicatorsCsv(readFileSync('data/indicators.csv', 'utf8'));
    if (!areas.ok || !indicators.ok) throw new Error('data/ does not parse');
    const read = parseObservationsCsv(templateCsv(), { areas: areas.data, indicators: indicators.data });
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.data.observations.map((o) => [o.area, o.year, o.indicator, o.figureKind ?? '', o.planText ?? '', o.period ?? ''])).toEqual([
      ['xa-tan-uyen', 2025, 'budget_revenue', 'final', '', ''],
      ['xa-sin-ho', 2025, 'poverty_reduction', '', '', ''],
      ['xa-than-uyen', 2025, 'grdp_growth', 'estimate', '8 - 8,5%', ''],
      ['xa-tan-uyen', 2025, 'budget_revenue', 'estimate', '', 'to-month-06'],
      ['lai-chau', 2025, 'grdp_growth', '', 'tăng bình quân 9 - 10%/năm', 'years-2021-2025'],
    ]);
  });
});
