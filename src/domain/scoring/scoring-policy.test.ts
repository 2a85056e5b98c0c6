import { describe, expect, it } from 'vitest';
import { evaluateObservation, type Evaluation } from '../evaluation/evaluate';
import { applyCoveragePolicy, rankScores, scoreArea, type AreaScore } from './scoring';
import { criteriaNeeded, decodeScheme, defaultScheme, encodeScheme, newCriterion, type MissingPolicy, type ScoringScheme } from './scoring-scheme';
import { parseSchemeJson, schemeToJson } from './scoring-scheme-file';
import { buildObservation } from '../../testing/builders';

/** Percent of plan per criterion with data; absent = no figure that year. */
const figures = (percents: Record<string, number>) => (indicator: string): Evaluation | undefined => {
  const percent = percents[indicator];
  return percent === undefined ? undefined : evaluateObservation(buildObservation({ indicator, plan: 100, actual: percent }), { direction: 'higher_is_better' });
};
const criteria = (n: number) => Array.from({ length: n }, (_, i) => newCriterion(`c${i + 1}`));
const scheme = (n: number, missing: MissingPolicy, minCoverage?: number): ScoringScheme => ({ criteria: criteria(n), missing, tieBreak: 'coverage', ...(minCoverage === undefined ? {} : { minCoverage }) });
/** The first k criteria have data, each at the given % of plan. */
const firstK = (k: number, percent: number) => Object.fromEntries(Array.from({ length: k }, (_, i) => [`c${i + 1}`, percent]));
const scoreUnder = (area: string, s: ScoringScheme, percents: Record<string, number>): AreaScore => applyCoveragePolicy(scoreArea(area, s, figures(percents)), s);
const shown = (r: AreaScore) => (r.score.kind === 'value' ? Math.round(r.score.value * 100) / 100 : r.score.reason);

describe('the missing-criteria policy, unit by unit', () => {
  it.each<[string, ScoringScheme, Record<string, number>, number | string, string]>([
    // The 2019 case: 2 of 14 criteria far above plan against 8 of 14 near it.
    ['exclude: the mean over the 2 criteria with data', scheme(14, 'exclude'), firstK(2, 150), 150, '2/14'],
    ['zero: 12 missing criteria count as 0 % KH', scheme(14, 'zero'), firstK(2, 150), 21.43, '2/14'],
    ['coverage 50 %: 2 of 14 is below the 7 needed', scheme(14, 'coverage', 0.5), firstK(2, 150), 'low-coverage', '2/14 ≥ 7'],
    ['coverage 50 %: exactly at the threshold (7 of 14) is ranked', scheme(14, 'coverage', 0.5), firstK(7, 110), 110, '7/14 ≥ 7'],
    ['coverage 50 %: one below the threshold (6 of 14) is not', scheme(14, 'coverage', 0.5), firstK(6, 110), 'low-coverage', '6/14 ≥ 7'],
    ['coverage 50 % of an odd count rounds up (3 of 5 needed)', scheme(5, 'coverage', 0.5), firstK(2, 100), 'low-coverage', '2/5 ≥ 3'],
    ['coverage 50 % of an odd count: 3 of 5 is ranked', scheme(5, 'coverage', 0.5), firstK(3, 100), 100, '3/5 ≥ 3'],
    ['coverage without a stated share uses one half', scheme(4, 'coverage'), firstK(1, 100), 'low-coverage', '1/4 ≥ 2'],
    ['coverage 100 %: every criterion needed', scheme(3, 'coverage', 1), firstK(2, 100), 'low-coverage', '2/3 ≥ 3'],
    ['coverage 0 %: any data ranks, like exclude', scheme(3, 'coverage', 0), firstK(1, 90), 90, '1/3 ≥ 0'],
    ['coverage: 0 criteria is "no criteria", not low coverage', scheme(0, 'coverage', 0.5), {}, 'no-criteria', '0/0 ≥ 0'],
    ['coverage: no data at all stays "no data"', scheme(4, 'coverage', 0.5), {}, 'no-data', '0/4 ≥ 2'],
    ['zero: no data at all is no score, never 0', scheme(4, 'zero'), {}, 'no-data', '0/4'],
  ])('%s', (_, s, percents, expected, coverage) => {
    const result = scoreUnder('x', s, percents);
    expect(shown(result)).toBe(expected);
    const { withData, total, needed } = result.coverage;
    expect(`${withData}/${total}${needed === undefined ? '' : ` ≥ ${needed}`}`).toBe(coverage);
  });

  it.each<[number, number, number]>([[0.5, 14, 7], [0.5, 13, 7], [0.5, 1, 1], [0.5, 0, 0], [1 / 3, 3, 1], [0.3, 10, 3], [0, 14, 0], [1, 14, 14]])('share %d of %d criteria needs %d', (share, total, needed) => {
    expect(criteriaNeeded(share, total)).toBe(needed);
  });
});

describe('the 2019 case under each policy: 2/14 far above plan against 8/14 near it', () => {
  const phongTho = firstK(2, 203);
  const tamDuong = { ...firstK(8, 120) };
  const order = (missing: MissingPolicy) => {
    const s = scheme(14, missing, missing === 'coverage' ? 0.5 : undefined);
    return rankScores([scoreUnder('phong-tho', s, phongTho), scoreUnder('tam-duong', s, tamDuong)], 'coverage', (id) => id)
      .map((r) => `${r.area}:${r.rank ?? (r.score.kind === 'none' ? r.score.reason : '')}`).join(' ');
  };
  it.each<[MissingPolicy, string]>([
    ['exclude', 'phong-tho:1 tam-duong:2'],
    ['zero', 'tam-duong:1 phong-tho:2'],
    ['coverage', 'tam-duong:1 phong-tho:low-coverage'],
  ])('%s → %s', (missing, expected) => expect(order(missing)).toBe(expected));

  it('ties under the coverage policy break on coverage, then are shared; low-coverage units are never ranked', () => {
    const s = scheme(4, 'coverage', 0.5);
    const scores = [scoreUnder('a', s, firstK(2, 110)), scoreUnder('b', s, firstK(4, 110)), scoreUnder('c', s, firstK(3, 110)), scoreUnder('d', s, firstK(1, 500)), scoreUnder('e', s, firstK(3, 110))];
    expect(rankScores(scores, 'coverage', (id) => id).map((r) => `${r.area}:${r.rank ?? '–'}${r.tied ? '=' : ''}`).join(' ')).toBe('b:1 c:2= e:2= a:4 d:–');
    expect(rankScores(scores, 'shared', (id) => id).map((r) => `${r.area}:${r.rank ?? '–'}${r.tied ? '=' : ''}`).join(' ')).toBe('a:1= b:1= c:1= e:1= d:–');
  });
});

describe('the policy in the link and in the file', () => {
  it('the default is coverage at one half', () => {
    expect(defaultScheme(['a'])).toMatchObject({ missing: 'coverage', minCoverage: 0.5 });
    expect(encodeScheme(defaultScheme(['a']))).toBe('v50;c;a:1:150');
  });

  it.each<[string, Partial<ScoringScheme>]>([
    ['v50;c;a:1:150', { missing: 'coverage', minCoverage: 0.5 }],
    ['v0;c;a:1:150', { missing: 'coverage', minCoverage: 0 }],
    ['v100;c;a:1:150', { missing: 'coverage', minCoverage: 1 }],
    ['v33.33;c;a:1:150', { missing: 'coverage', minCoverage: 0.3333 }],
    // Links made before the coverage policy keep meaning what they showed.
    ['x;c;a:1:150', { missing: 'exclude' }],
    ['z;c;a:1:150', { missing: 'zero' }],
  ])('%s reads, and writes back the same', (text, expected) => {
    const decoded = decodeScheme(text);
    expect(decoded).toMatchObject(expected);
    expect(decoded && encodeScheme(decoded)).toBe(text);
  });

  it.each(['v;c;a:1:150', 'v101;c;a:1:150', 'v-1;c;a:1:150', 'v5.555;c;a:1:150', 'v50x;c;a:1:150', 'V50;c;a:1:150'])('refuses %j', (text) => {
    expect(decodeScheme(text)).toBeNull();
  });

  it('the file carries the policy and its share; old files keep theirs; a file without one gets the default', () => {
    const s: ScoringScheme = { ...scheme(1, 'coverage', 0.6), criteria: [newCriterion('a')] };
    expect(JSON.parse(schemeToJson(s))).toMatchObject({ missing: 'coverage', minCoverage: 0.6 });
    expect(parseSchemeJson(schemeToJson(s), ['a'])).toEqual({ ok: true, data: s, warnings: [] });
    const old = parseSchemeJson('{"format":"chi-tieu-scoring-scheme","version":1,"missing":"exclude","criteria":[{"indicator":"a","weight":1}]}', ['a']);
    expect(old.ok && old.data.missing).toBe('exclude');
    const none = parseSchemeJson('{"format":"chi-tieu-scoring-scheme","version":1,"criteria":[{"indicator":"a","weight":1}]}', ['a']);
    expect(none.ok && [none.data.missing, none.data.minCoverage]).toEqual(['coverage', 0.5]);
  });

  it.each<[string, string]>([
    ['"missing":"coverage","minCoverage":1.5', 'minCoverage'],
    ['"missing":"coverage","minCoverage":"half"', 'minCoverage'],
    ['"missing":"sometimes"', 'missing'],
  ])('a bad policy in a file is located: %s', (fields, column) => {
    const result = parseSchemeJson(`{"format":"chi-tieu-scoring-scheme","version":1,${fields},"criteria":[]}`, []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.column).toBe(column);
    expect(result.issues[0]?.message.vi).toMatch(/phải là/);
  });
});
