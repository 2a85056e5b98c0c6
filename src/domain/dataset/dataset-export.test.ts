import { describe, expect, it } from 'vitest';
import { indicatorsToCsv, observationsToCsv } from './dataset-export';
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
