// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sourcesAt, sourcesOf } from '../../components/charts/evaluation-rows';
import { createDatasetIndex, type DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area, Indicator, Observation } from '../../domain/model';
import { applyCoveragePolicy, rankAreasSteps, roundScore, scoreArea, type AreaScore, type RankedArea } from '../../domain/scoring/scoring';
import { newCriterion, type MissingPolicy, type ScoringScheme, type TieBreak } from '../../domain/scoring/scoring-scheme';
import { buildIndicator } from '../../testing/builders';
import { rankingModel, rankingModelSteps } from './ranking-model';
import { useRankingModel } from './use-ranking-model';

/** A seeded generator: the same data on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * A province of `units` communes (names that collate differently with and without diacritics) and
 * `indicators` indicators over two years: figures missing at random, plans derived from a printed
 * % KH, zero plans, lower-is-better indicators, communes with the same figures (ties), sources.
 */
function generated(units: number, indicators: number, seed: number): DatasetIndex {
  const next = random(seed);
  const province: Area = { id: 'p', name: 'Tỉnh P', level: 'province', parent: null };
  const names = ['Ải', 'An', 'Ân', 'Bản', 'Ban', 'Đông', 'Dông', 'Ô', 'Ơ', 'Ư'];
  const communes = Array.from({ length: units }, (_, n) => ({ id: `x${n}`, name: `Xã ${names[n % names.length]} ${Math.floor(n / 3)}`, level: 'commune', parent: 'p' }) satisfies Area);
  const inds: Indicator[] = Array.from({ length: indicators }, (_, k) => buildIndicator({ id: `i${k}`, direction: k % 4 === 3 ? 'lower_is_better' : 'higher_is_better' }));
  const observations: Observation[] = [];
  for (const year of [2026, 2027]) {
    for (const [n, c] of communes.entries()) {
      // Every fifth commune reports what the one before it did: equal scores, equal coverage (ties).
      if (n % 5 === 4) {
        observations.push(...observations.filter((o) => o.year === year && o.area === communes[n - 1]!.id).map((o) => ({ ...o, area: c.id })));
        continue;
      }
      for (const ind of inds) {
        const r = next();
        if (r < 0.15) continue; // no row
        const kind = next();
        const figure = () => (next() < 0.3 ? 100 : Math.round(next() * 2000) / 10); // many equal figures
        const plan = kind < 0.1 ? null : kind < 0.15 ? 0 : figure();
        const actual = kind < 0.2 && kind >= 0.15 ? null : figure();
        const reportedPercent = kind < 0.1 ? figure() : next() < 0.1 ? figure() : null;
        observations.push({ area: c.id, year, indicator: ind.id, plan, actual, reportedPercent, unit: '%', source: next() < 0.5 ? `Nguồn ${Math.floor(next() * 7)}` : '', note: '' });
      }
    }
  }
  return createDatasetIndex({ areas: [province, ...communes], indicators: inds, observations });
}

/** The path before slicing, as it was written: each unit scored through its evaluations, ranked with localeCompare. */
function rankedBefore(index: DatasetIndex, ids: readonly string[], year: number, scheme: ScoringScheme): RankedArea[] {
  const scores = ids.map((area) => applyCoveragePolicy(scoreArea(area, scheme, (indicator) => index.evaluation(area, year, indicator)), scheme));
  const nameOf = (id: string) => index.area(id)?.name ?? id;
  const byName = (a: AreaScore, b: AreaScore) => nameOf(a.area).localeCompare(nameOf(b.area), 'vi');
  const key = (s: AreaScore): [number, number] => [s.score.kind === 'value' ? roundScore(s.score.value) : -Infinity, scheme.tieBreak === 'coverage' ? s.coverage.withData : 0];
  const order = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);
  const compareKey = (a: AreaScore, b: AreaScore) => order(key(b)[0], key(a)[0]) || order(key(b)[1], key(a)[1]);
  const scored = scores.filter((s) => s.score.kind === 'value').sort((a, b) => compareKey(a, b) || byName(a, b));
  const unscored = scores.filter((s) => s.score.kind === 'none').sort(byName);
  return [
    ...scored.map((s, i) => {
      let first = i;
      while (first > 0 && compareKey(scored[first - 1]!, s) === 0) first--;
      const tied = (i > 0 && compareKey(scored[i - 1]!, s) === 0) || (i + 1 < scored.length && compareKey(scored[i + 1]!, s) === 0);
      return { ...s, rank: first + 1, tied };
    }),
    ...unscored.map((s) => ({ ...s, rank: null, tied: false })),
  ];
}

const schemes: [string, ScoringScheme][] = (['exclude', 'zero', 'coverage'] as MissingPolicy[]).flatMap((missing) =>
  (['coverage', 'shared'] as TieBreak[]).map((tieBreak): [string, ScoringScheme] => [
    `${missing}, ties by ${tieBreak}`,
    {
      criteria: Array.from({ length: 8 }, (_, k) => ({ ...newCriterion(`i${k}`), weight: 1 + (k % 3), cap: k % 2 ? 120 : 150, included: k !== 5 })),
      missing,
      ...(missing === 'coverage' ? { minCoverage: 0.6 } : {}),
      tieBreak,
    },
  ]),
);

describe('the ranking a step at a time gives the ranking before slicing', () => {
  const index = generated(90, 8, 7);
  const ids = index.unitsOf('p', 2027).map((a) => a.id);

  it.each(schemes)('%s', (_, scheme) => {
    for (const year of [2026, 2027]) {
      const steps = rankAreasSteps(index, ids, year, scheme);
      let yields = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) yields++;
      expect(yields).toBe(ids.length);
      expect(step.value).toEqual(rankedBefore(index, ids, year, scheme));
    }
  });

  it('the generated data has what it should: ties, derived plans, units without a score', () => {
    const ranking = rankedBefore(index, ids, 2027, schemes[4]![1]);
    expect(ranking.some((r) => r.tied)).toBe(true);
    expect(ranking.some((r) => r.rank === null)).toBe(true);
    expect(ranking.some((r) => r.criteria.some((c) => c.outcome.kind === 'scored' && c.outcome.planDerived))).toBe(true);
  });

  it('the whole model, the default scheme and the year before included', () => {
    const model = rankingModel(index, null, 2027, null, index.area('p'));
    expect(model.ranking).toEqual(rankedBefore(index, ids, 2027, model.scheme));
    expect(model.previous).toEqual(rankedBefore(index, ids, 2026, model.scheme));
  });
});

describe('the sources of a ranked year, read from the table', () => {
  it.each([[1], [2], [3]])('seed %d: what sourcesOf gives from the evaluations, in the same order', (seed) => {
    const index = generated(40, 6, seed);
    const ids = [...index.unitsOf('p', 2027).map((a) => a.id), 'nowhere'];
    const indicators = ['i0', 'i3', 'missing-indicator', 'i5', 'i1'];
    for (const year of [2026, 2027, 1999]) {
      expect(sourcesAt(index, ids, year, indicators)).toEqual(sourcesOf(ids.flatMap((a) => indicators.map((i) => index.evaluation(a, year, i)))));
    }
  });
});

describe('useRankingModel', () => {
  it('a large ranking, made over several tasks, is the one made at once', async () => {
    // 70 communes × 80 criteria × two years: beyond what is made in the render.
    const index = generated(70, 80, 11);
    const parent = index.area('p');
    const { result } = renderHook(() => useRankingModel(index, null, 2027, null, parent));
    expect(result.current).toEqual({ model: null, pending: true });
    await waitFor(() => expect(result.current.pending).toBe(false));
    const expected = rankingModel(index, null, 2027, null, parent);
    // Everything but the function that lists the years on demand.
    expect({ ...result.current.model!, scorableYears: null }).toEqual({ ...expected, scorableYears: null });
    expect(result.current.model!.scorableYears()).toEqual(expected.scorableYears());
  });

  it('a small ranking is made in the render', () => {
    const index = generated(12, 8, 5);
    const parent = index.area('p');
    const { result } = renderHook(() => useRankingModel(index, null, 2027, null, parent));
    expect(result.current.pending).toBe(false);
    expect(result.current.model?.ranking).toEqual(rankingModel(index, null, 2027, null, parent).ranking);
  });

  it('steps: one per unit for each of the two years', () => {
    const index = generated(12, 8, 5);
    const steps = rankingModelSteps(index, null, 2027, null, index.area('p'));
    let n = 0;
    while (!steps.next().done) n++;
    expect(n).toBe(24);
  });
});
