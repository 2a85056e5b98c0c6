import { describe, expect, it } from 'vitest';
import { evaluateObservation, type Evaluation } from '../evaluation/evaluate';
import { createDatasetIndex } from '../dataset/dataset-index';
import type { Direction } from '../model';
import { apportionRounded, defaultSchemeFor, rankAreas, rankChange, rankScores, scoreArea, type AreaScore } from './scoring';
import { newCriterion, type Criterion, type ScoringScheme } from './scoring-scheme';
import { buildDataset, buildIndicator, buildObservation } from '../../testing/builders';

type Fig = { plan?: number; actual?: number; reported?: number; direction?: Direction };

/** An area's figures per indicator, evaluated the way the app evaluates them. */
function lookup(figs: Record<string, Fig>) {
  return (indicator: string): Evaluation | undefined => {
    const f = figs[indicator];
    if (!f) return undefined;
    const o = buildObservation({ indicator, plan: f.plan ?? null, actual: f.actual ?? null, reportedPercent: f.reported ?? null });
    return evaluateObservation(o, { direction: f.direction ?? 'higher_is_better' });
  };
}

const crit = (indicator: string, over: Partial<Criterion> = {}): Criterion => ({ ...newCriterion(indicator), ...over });
const scheme = (criteria: Criterion[], over: Partial<ScoringScheme> = {}): ScoringScheme => ({ criteria, missing: 'exclude', tieBreak: 'coverage', ...over });
const valueOf = (s: AreaScore) => (s.score.kind === 'value' ? s.score.value : s.score.reason);

describe('scoreArea', () => {
  it.each<[string, ScoringScheme, Record<string, Fig>, number | string, string]>([
    ['one criterion: the score is its % of plan', scheme([crit('a')]), { a: { plan: 100, actual: 120 } }, 120, '1/1'],
    ['equal weights: the plain mean', scheme([crit('a'), crit('b')]), { a: { plan: 100, actual: 120 }, b: { plan: 100, actual: 80 } }, 100, '2/2'],
    ['weights need not sum to 1 (3 and 1 → 3/4 and 1/4)', scheme([crit('a', { weight: 3 }), crit('b', { weight: 1 })]), { a: { plan: 100, actual: 120 }, b: { plan: 100, actual: 80 } }, 110, '2/2'],
    ['weights 0.2 and 0.2 act like 1 and 1', scheme([crit('a', { weight: 0.2 }), crit('b', { weight: 0.2 })]), { a: { plan: 100, actual: 120 }, b: { plan: 100, actual: 80 } }, 100, '2/2'],
    ['the cap limits over-achievement (203 % → 150 %)', scheme([crit('a'), crit('b')]), { a: { reported: 203 }, b: { plan: 100, actual: 100 } }, 125, '2/2'],
    ['a custom cap (100 %: no credit beyond plan)', scheme([crit('a', { cap: 100 })]), { a: { plan: 10, actual: 15 } }, 100, '1/1'],
    ['lower-is-better: a poverty rate under its ceiling is over-achievement', scheme([crit('p')]), { p: { plan: 30, actual: 25, direction: 'lower_is_better' } }, 120, '1/1'],
    ['lower-is-better above its ceiling is under-achievement', scheme([crit('p')]), { p: { plan: 20, actual: 25, direction: 'lower_is_better' } }, 80, '1/1'],
    ['a derived plan (TH and "đạt 149,7% KH") counts its printed %', scheme([crit('a')]), { a: { actual: 2.47, reported: 149.7 } }, 149.7, '1/1'],
    ['a percent-only report counts', scheme([crit('a')]), { a: { reported: 112 } }, 112, '1/1'],
    ['missing excluded: the mean over criteria with data', scheme([crit('a'), crit('b')]), { a: { plan: 100, actual: 90 } }, 90, '1/2'],
    ['missing as zero: a missing criterion pulls the mean down', scheme([crit('a'), crit('b')], { missing: 'zero' }), { a: { plan: 100, actual: 90 } }, 45, '1/2'],
    ['a figure without a plan is missing, not zero', scheme([crit('a'), crit('b')]), { a: { actual: 99.1 }, b: { plan: 10, actual: 11 } }, 110, '1/2'],
    ['unticked criteria do not count', scheme([crit('a'), crit('b', { included: false })]), { a: { plan: 100, actual: 90 }, b: { plan: 100, actual: 150 } }, 90, '1/1'],
    ['all missing: no score, never 0 or NaN', scheme([crit('a'), crit('b')]), {}, 'no-data', '0/2'],
    ['all missing with the zero policy is still no score', scheme([crit('a')], { missing: 'zero' }), {}, 'no-data', '0/1'],
    ['no criteria: no score', scheme([]), { a: { plan: 1, actual: 1 } }, 'no-criteria', '0/0'],
    ['every weight 0: no score', scheme([crit('a', { weight: 0 })]), { a: { plan: 1, actual: 1 } }, 'zero-weight', '1/1'],
    ['plan 0: that criterion has no value', scheme([crit('a'), crit('b')]), { a: { plan: 0, actual: 5 }, b: { plan: 10, actual: 10 } }, 100, '1/2'],
  ])('%s', (_, s, figs, expected, coverage) => {
    const result = scoreArea('x', s, lookup(figs));
    const got = valueOf(result);
    if (typeof expected === 'number') expect(got).toBeCloseTo(expected, 9);
    else expect(got).toBe(expected);
    expect(`${result.coverage.withData}/${result.coverage.total}`).toBe(coverage);
    expect(Number.isNaN(result.criteria.reduce((sum, c) => sum + c.contribution, 0))).toBe(false);
  });

  it('contributions add up to the score and say where a cap was applied or a plan derived', () => {
    const result = scoreArea('x', scheme([crit('a', { weight: 2 }), crit('b'), crit('c')]), lookup({ a: { reported: 203 }, b: { actual: 2.47, reported: 149.7 }, c: { plan: 100, actual: 90 } }));
    expect(result.criteria.map((c) => c.share)).toEqual([0.5, 0.25, 0.25]);
    expect(result.criteria.map((c) => c.contribution)).toEqual([75, 37.425, 22.5]);
    expect(valueOf(result)).toBeCloseTo(134.925, 9);
    const [a, b] = result.criteria;
    expect(a?.outcome).toMatchObject({ kind: 'scored', percent: 203, capped: 150, capApplied: true, basis: 'reported' });
    expect(b?.outcome).toMatchObject({ kind: 'scored', capApplied: false, planDerived: true });
  });
});

const scored = (area: string, value: number | null, withData = 1, total = 1): AreaScore => ({
  area,
  score: value === null ? { kind: 'none', reason: 'no-data' } : { kind: 'value', value },
  criteria: [],
  coverage: { withData, total },
});
const names: Record<string, string> = { a: 'Mường Tè', b: 'Sìn Hồ', c: 'Tam Đường', d: 'Tân Uyên' };
const nameOf = (id: string) => names[id] ?? id;

describe('rankScores', () => {
  it.each<[string, AreaScore[], 'coverage' | 'shared', string]>([
    ['highest score first', [scored('a', 100), scored('b', 120), scored('c', 110)], 'coverage', 'b:1 c:2 a:3'],
    ['a tie on score breaks by coverage', [scored('a', 110, 1, 3), scored('b', 110, 3, 3), scored('c', 90, 3, 3)], 'coverage', 'b:1 a:2 c:3'],
    ['a tie on score and coverage is shared, listed by name', [scored('c', 110, 2, 3), scored('a', 110, 2, 3), scored('b', 120)], 'coverage', 'b:1 a:2= c:2='],
    ['the shared rule ignores coverage: 1, 2, 2, 4', [scored('a', 110, 1, 3), scored('b', 110, 3, 3), scored('c', 130), scored('d', 90)], 'shared', 'c:1 a:2= b:2= d:4'],
    ['scores equal at the shown precision tie', [scored('a', 110.001), scored('b', 109.999)], 'shared', 'a:1= b:1='],
    ['no score: unranked, last, by name', [scored('d', null), scored('a', null), scored('c', 80)], 'coverage', 'c:1 a:– d:–'],
    ['nothing scored: all unranked', [scored('b', null), scored('a', null)], 'coverage', 'a:– b:–'],
  ])('%s', (_, scores, tieBreak, expected) => {
    const text = rankScores(scores, tieBreak, nameOf).map((r) => `${r.area}:${r.rank ?? '–'}${r.tied ? '=' : ''}`).join(' ');
    expect(text).toBe(expected);
  });
});

describe('rankChange', () => {
  const now = rankScores([scored('a', 120), scored('b', 110), scored('c', null)], 'coverage', nameOf);
  const before = rankScores([scored('a', 100), scored('b', 130), scored('c', 90)], 'coverage', nameOf);
  it.each<[string, Parameters<typeof rankChange>[2], unknown]>([
    ['a', before, { kind: 'value', value: 1 }],
    ['b', before, { kind: 'value', value: -1 }],
    ['c', before, { kind: 'none', reason: 'no-data' }],
    ['a', null, { kind: 'none', reason: 'no-previous' }],
  ])('%s', (area, previous, expected) => expect(rankChange(area, now, previous)).toEqual(expected));
});

describe('apportionRounded', () => {
  it.each<[number[], number[]]>([
    [[33.333, 33.333, 33.334], [33.33, 33.33, 33.34]],
    [[37.425, 75, 22.5], [37.43, 75, 22.5]],
    [[10.005, 10.005, 10.005], [10.01, 10.01, 10]],
    [[], []],
  ])('%j → %j, adding up to the rounded total', (values, expected) => {
    const rounded = apportionRounded(values);
    expect(rounded).toEqual(expected);
    const total = values.reduce((a, b) => a + b, 0);
    expect(Math.round(rounded.reduce((a, b) => a + b, 0) * 100)).toBe(Math.round(total * 100));
  });
});

describe('rankAreas over a dataset', () => {
  const dataset = buildDataset({
    indicators: [buildIndicator(), buildIndicator({ id: 'poverty_rate', direction: 'lower_is_better' }), buildIndicator({ id: 'forest_cover' })],
    observations: [
      buildObservation({ area: 'tam-duong', year: 2019, indicator: 'budget_revenue', reportedPercent: 126.36 }),
      buildObservation({ area: 'sin-ho', year: 2019, indicator: 'budget_revenue', reportedPercent: 154.2 }),
      buildObservation({ area: 'tp-lai-chau', year: 2019, indicator: 'poverty_rate', actual: 0.65, reportedPercent: 200 }),
      buildObservation({ area: 'sin-ho', year: 2019, indicator: 'forest_cover', actual: 38.64 }),
    ],
  });
  const index = createDatasetIndex(dataset);
  const districts = ['tam-duong', 'sin-ho', 'tp-lai-chau', 'muong-te'];

  it('the default scheme takes every indicator with a % of plan that year, equal weights, cap 150', () => {
    expect(defaultSchemeFor(index, districts, 2019).criteria).toEqual([
      { indicator: 'budget_revenue', weight: 1, cap: 150, included: true },
      { indicator: 'poverty_rate', weight: 1, cap: 150, included: true },
    ]);
  });

  it('ranks with caps; a tie at the cap breaks on nothing else and is shared', () => {
    const ranking = rankAreas(index, districts, 2019, defaultSchemeFor(index, districts, 2019));
    expect(ranking.map((r) => `${r.area}:${r.rank ?? '–'}`)).toEqual(['sin-ho:1', 'tp-lai-chau:1', 'tam-duong:3', 'muong-te:–']);
  });
});
