/**
 * Figures near Number.MAX_VALUE (~1.8 × 10^308) are finite and valid on their own; what is computed
 * from them (sums, differences, ratios, scores) may not be. Every such result is "no value"
 * ('too-large'), never Infinity, NaN or a silent 0, and never printed as "∞".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeUpload } from './upload/analyze-upload';
import { parseAreasCsv, parseIndicatorsCsv } from './catalog/parse-catalog';
import { derivePlanFromPercent, percentOfPlan } from './evaluation/percent-of-plan';
import { yearOverYearChange } from './evaluation/change';
import { formatNumber, formatPercent, formatSigned, TOO_LARGE_TEXT } from './numbers/format';
import { valueOrNone } from './numbers/measure';
import { createDatasetIndex } from './dataset/dataset-index';
import { provinceSummary } from './dataset/province-summary';
import { evaluateObservation } from './evaluation/evaluate';
import { apportionRounded, rankScores, roundScore, scoreArea, type AreaScore } from './scoring/scoring';
import { newCriterion } from './scoring/scoring-scheme';
import { buildDataset, buildObservation } from '../testing/builders';

const MAX = Number.MAX_VALUE;
const TOO_LARGE = { kind: 'none', reason: 'too-large' };

describe('valueOrNone', () => {
  it.each([
    [Infinity, TOO_LARGE],
    [-Infinity, TOO_LARGE],
    [NaN, { kind: 'none', reason: 'no-data' }],
    [MAX, { kind: 'value', value: MAX }],
  ])('%d → %j', (value, expected) => {
    expect(valueOrNone(value, 'no-data')).toEqual(expected);
  });
});

describe('% of plan with huge numbers', () => {
  it.each([
    ['higher_is_better', 1e-10, MAX, TOO_LARGE],
    ['higher_is_better', 0.5, MAX, TOO_LARGE],
    ['higher_is_better', -1e-300, 1e10, TOO_LARGE],
    ['lower_is_better', MAX, 1e-10, TOO_LARGE],
    ['higher_is_better', MAX, MAX, { kind: 'value', value: 100 }],
    ['lower_is_better', MAX, MAX / 2, { kind: 'value', value: 200 }],
  ] as const)('%s plan %d actual %d → %j', (direction, plan, actual, expected) => {
    expect(percentOfPlan(direction, plan, actual)).toEqual(expected);
  });

  it.each([
    ['higher_is_better', MAX, 1e-10, TOO_LARGE],
    ['lower_is_better', MAX, 300, TOO_LARGE],
    ['lower_is_better', MAX / 2, 150, { kind: 'value', value: (MAX / 2) * 1.5 }],
  ] as const)('derived plan: %s actual %d at %d %% → %j', (direction, actual, percent, expected) => {
    expect(derivePlanFromPercent(direction, actual, percent)).toEqual(expected);
  });

  it('an evaluation of such figures has no % and no status, and no NaN warning', () => {
    const e = evaluateObservation(buildObservation({ plan: 1e-10, actual: MAX, reportedPercent: null }), { direction: 'higher_is_better' });
    expect(e.percent).toEqual(TOO_LARGE);
    expect(e.status).toBe('no-data');
  });
});

describe('change on last year', () => {
  it.each([
    [MAX, -MAX, TOO_LARGE, { kind: 'value', value: 200 }],
    [-MAX, MAX, TOO_LARGE, { kind: 'value', value: -200 }],
    [MAX, 1e-300, { kind: 'value', value: MAX }, TOO_LARGE],
    [MAX, MAX, { kind: 'value', value: 0 }, { kind: 'value', value: 0 }],
  ] as const)('%d after %d → %j, %j', (current, previous, absolute, relative) => {
    expect(yearOverYearChange(current, previous)).toEqual({ absolute, relative });
  });
});

describe('province summary: district sums near the largest number', () => {
  const districts = ['tp-lai-chau', 'tam-duong', 'phong-tho', 'sin-ho', 'muong-te', 'nam-nhun', 'tan-uyen', 'than-uyen'];
  it.each([
    ['actuals that overflow', MAX / 4, { kind: 'none', reason: 'too-large', reporting: 8, districts: 8 }],
    ['actuals that just fit', MAX / 8, { kind: 'value', actual: MAX, districts: 8 }],
  ])('%s', (_, actual, expected) => {
    const index = createDatasetIndex(buildDataset({ observations: districts.map((area) => buildObservation({ area, year: 2020, indicator: 'budget_revenue', plan: MAX, actual })) }));
    const [card] = provinceSummary(index, index.province!, 2020);
    expect(card?.total).toMatchObject(expected);
    if (card?.total.kind === 'value') expect(card.total.plan).toEqual(TOO_LARGE);
  });
});

describe('scoring with huge % of plan', () => {
  const lookup = (percents: Record<string, number>) => (indicator: string) => {
    const reported = percents[indicator];
    return reported === undefined ? undefined : evaluateObservation(buildObservation({ indicator, reportedPercent: reported }), { direction: 'higher_is_better' });
  };
  it.each([
    ['two criteria near −MAX', { a: -MAX, b: -MAX }, -MAX],
    ['one near −MAX, one normal', { a: -MAX, b: 100 }, -MAX / 2 + 50],
  ])('%s: a finite score', (_, percents, expected) => {
    const result = scoreArea('x', { criteria: [newCriterion('a'), newCriterion('b')], missing: 'exclude', tieBreak: 'coverage' }, lookup(percents));
    expect(result.score).toEqual({ kind: 'value', value: expected });
    expect(Number.isFinite(roundScore(expected))).toBe(true);
  });

  it('ranks scores near −MAX in their order (no NaN comparison)', () => {
    const area = (id: string, value: number): AreaScore => ({ area: id, score: { kind: 'value', value }, criteria: [], coverage: { withData: 1, total: 1 } });
    const ranked = rankScores([area('a', -MAX), area('b', -MAX / 2), area('c', 10)], 'shared', (id) => id);
    expect(ranked.map((r) => [r.area, r.rank])).toEqual([['c', 1], ['b', 2], ['a', 3]]);
  });

  it.each([[[MAX / 2, MAX / 2]], [[-MAX, 0.5]], [[1e307, 1e307]]])('apportionRounded(%j) stays finite', (values) => {
    expect(apportionRounded(values).every(Number.isFinite)).toBe(true);
  });
});

describe('formatting never prints ∞ or NaN', () => {
  it.each([
    [Infinity, 'vi', TOO_LARGE_TEXT.vi],
    [-Infinity, 'en', TOO_LARGE_TEXT.en],
    [NaN, 'vi', 'không có số liệu'],
    [NaN, 'en', 'no data'],
  ] as const)('%d in %s → %s', (value, language, text) => {
    expect(formatNumber(value, language)).toBe(text);
    expect(formatPercent(value, language)).toBe(text);
    expect(formatSigned(value, language, 2)).toBe(text);
  });

  it.each([[MAX], [-MAX], [MAX / 3]])('prints %d in full digits', (value) => {
    for (const language of ['vi', 'en'] as const) {
      expect(formatNumber(value, language)).toMatch(/^-?[\d.,]+$/);
      expect(formatSigned(value, language, 2)).not.toMatch(/∞|NaN/);
    }
  });
});

describe('the bad-input corpus case of a sum that overflows (data/bad-inputs/58-sum-overflows.csv)', () => {
  const read = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url));
  it('uploads, and the province total of its figures is no value', () => {
    const areas = parseAreasCsv(read('areas.csv').toString('utf8'));
    const indicators = parseIndicatorsCsv(read('indicators.csv').toString('utf8'));
    if (!areas.ok || !indicators.ok) throw new Error('data/ catalog does not parse');
    const analysis = analyzeUpload(new Uint8Array(read('bad-inputs/58-sum-overflows.csv')), { areas: areas.data, indicators: indicators.data });
    expect(analysis.issues).toEqual([]);
    const index = createDatasetIndex({ areas: areas.data, indicators: indicators.data, observations: analysis.observations });
    const card = provinceSummary(index, index.province!, 2021).find((s) => s.indicator.id === 'labour_export');
    expect(card?.total).toEqual({ ...TOO_LARGE, reporting: 8, districts: 8 });
  });
});
