import type { Area, Indicator } from '../../domain/model';
import { apportionRounded, type RankedArea } from '../../domain/scoring/scoring';

/**
 * The chart's own key of criterion n of the scheme ("criterion0", "criterion1"…). Data keys (an
 * indicator id may be `label`, `score`, `__proto__`…) never become property names of a chart row:
 * the chart and its table read only keys made here.
 */
export const criterionKey = (n: number): `criterion${number}` => `criterion${n}`;

/** One bar of the stacked chart: an area, its score, and each criterion's points under criterionKey(n). */
export type ContributionBar = { label: string; area: string; score: number } & { [key: `criterion${number}`]: number };

/** A series of the chart: the indicator it draws and the key its points are under. */
export interface ContributionSeries {
  key: `criterion${number}`;
  indicator: Indicator;
}

/** Scored areas in rank order, each criterion's contribution rounded so the parts add up to the score. */
export function contributionBars(ranking: readonly RankedArea[], areaById: ReadonlyMap<string, Area>, formatScore: (n: number) => string): ContributionBar[] {
  return ranking.flatMap((r) => {
    if (r.score.kind !== 'value') return [];
    const name = areaById.get(r.area)?.name ?? r.area;
    const parts = apportionRounded(r.criteria.map((c) => c.contribution));
    const bar: ContributionBar = { label: `${r.rank ?? ''}. ${name} — ${formatScore(r.score.value)}`, area: r.area, score: r.score.value };
    r.criteria.forEach((_, i) => {
      bar[criterionKey(i)] = parts[i] ?? 0;
    });
    return [bar];
  });
}

/** The criteria worth a series: included, known, and contributing to at least one bar. */
export function contributionSeries(ranking: readonly RankedArea[], indicatorOf: (id: string) => Indicator | undefined): ContributionSeries[] {
  const first = ranking[0];
  if (!first) return [];
  return first.criteria.flatMap((c, n) => {
    const contributes = ranking.some((r) => (r.criteria[n]?.contribution ?? 0) !== 0);
    const indicator = contributes ? indicatorOf(c.criterion.indicator) : undefined;
    return indicator ? [{ key: criterionKey(n), indicator }] : [];
  });
}
