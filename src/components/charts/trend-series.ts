import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Evaluation } from '../../domain/evaluation/evaluate';

export interface TrendPoint {
  year: number;
  actual: number | null;
  plan: number | null;
  derivedPlan: number | null;
  evaluation?: Evaluation;
}

/** One point per year from the first to the last, so a year without data stays a gap. */
export function trendSeries(index: DatasetIndex, area: string, indicator: string, years: readonly number[] = index.years): TrendPoint[] {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return [];
  const points: TrendPoint[] = [];
  for (let year = first; year <= last; year++) {
    const evaluation = index.evaluation(area, year, indicator);
    const plan = evaluation?.plan.kind === 'value' ? evaluation.plan : null;
    points.push({
      year,
      actual: evaluation?.actual ?? null,
      plan: plan?.origin === 'given' ? plan.value : null,
      derivedPlan: plan?.origin === 'derived' ? plan.value : null,
      ...(evaluation ? { evaluation } : {}),
    });
  }
  return points;
}

/** The years of the area × indicator that have any figure (bounds the x axis). */
export function yearsWithFigures(index: DatasetIndex, area: string, indicator: string): number[] {
  return index.observationsFor({ area, indicator }).map((o) => o.year).sort((a, b) => a - b);
}

/** Whether a series has anything to draw (a percent-only history has no amounts to plot). */
export const hasPlottedPoint = (points: readonly TrendPoint[]): boolean =>
  points.some((pt) => pt.actual !== null || pt.plan !== null || pt.derivedPlan !== null);

export type TrendSeriesKey = 'actual' | 'plan' | 'derivedPlan';

/**
 * Where a point's value label goes so the actual's and the plan's never sit on each other:
 * the higher of the two is labelled above its point, the lower below (a tie: actual above).
 * Null where the series has no point that year.
 */
export function labelPlacement(point: TrendPoint, series: TrendSeriesKey): 'top' | 'bottom' | null {
  const value = point[series];
  if (value === null) return null;
  const plan = point.plan ?? point.derivedPlan;
  if (series === 'actual') return plan === null || value >= plan ? 'top' : 'bottom';
  return point.actual === null || value > point.actual ? 'top' : 'bottom';
}
