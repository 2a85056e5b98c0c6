import type { Area, Indicator } from '../../domain/model';
import { apportionRounded, type RankedArea } from '../../domain/scoring';

/** One bar of the stacked chart: an area, its score, and each criterion's points by indicator id. */
export interface ContributionBar {
  label: string;
  area: string;
  score: number;
  [indicator: string]: number | string;
}

export interface ContributionSeries {
  indicator: Indicator;
}

/** Scored areas in rank order, each criterion's contribution rounded so the parts add up to the score. */
export function contributionBars(ranking: readonly RankedArea[], areaById: Map<string, Area>, formatScore: (n: number) => string): ContributionBar[] {
  return ranking.flatMap((r) => {
    if (r.score.kind !== 'value') return [];
    const name = areaById.get(r.area)?.name ?? r.area;
    const parts = apportionRounded(r.criteria.map((c) => c.contribution));
    const bar: ContributionBar = { label: `${r.rank ?? ''}. ${name} — ${formatScore(r.score.value)}`, area: r.area, score: r.score.value };
    r.criteria.forEach((c, i) => {
      bar[c.criterion.indicator] = parts[i] ?? 0;
    });
    return [bar];
  });
}

/** The criteria worth a series: included, known, and contributing to at least one bar. */
export function contributionSeries(ranking: readonly RankedArea[], indicatorOf: (id: string) => Indicator | undefined): Indicator[] {
  const first = ranking[0];
  if (!first) return [];
  return first.criteria
    .filter((c) => ranking.some((r) => r.criteria.some((rc) => rc.criterion.indicator === c.criterion.indicator && rc.contribution !== 0)))
    .flatMap((c) => indicatorOf(c.criterion.indicator) ?? []);
}
