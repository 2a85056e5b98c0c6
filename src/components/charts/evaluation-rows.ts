import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Evaluation } from '../../domain/evaluation/evaluate';
import type { Indicator } from '../../domain/model';
import type { Presenters } from '../../lib/language/presenters';
import type { Translate } from '../../lib/language/use-language';

/** The text-alternative table of a chart: the same figures the chart draws. */
export function evaluationColumns(t: Translate, first: { key: string; label: string }) {
  return [first, { key: 'actual', label: t('actual') }, { key: 'plan', label: t('plan') }, { key: 'percent', label: t('percentOfPlan') }, { key: 'status', label: t('status') }, { key: 'source', label: t('source') }];
}

export function evaluationRow(p: Presenters, first: [string, string], e: Evaluation | undefined, indicator: Indicator): Record<string, string> {
  const noData = p.status('no-data');
  return {
    [first[0]]: first[1],
    actual: e ? p.figure(e.actual, indicator) : noData,
    plan: e ? p.plan(e.plan, indicator) : noData,
    percent: e ? p.percent(e.percent) : noData,
    status: p.status(e?.status ?? 'no-data'),
    source: e?.observation.source ?? '',
  };
}

/**
 * `sourcesOf` the evaluations of these areas × indicators in a year (areas first, then indicators, in
 * order), read from the table's source column: no evaluation looked up (a national ranking: 165,000).
 */
export function sourcesAt(index: DatasetIndex, areas: readonly string[], year: number, indicators: readonly string[]): string[] {
  const { source, strings } = index.table.columns;
  const sources = new Set<string>();
  for (const area of areas) {
    for (const indicator of indicators) {
      const row = index.positionOf(area, year, indicator);
      if (row >= 0 && strings[source[row]!]) sources.add(strings[source[row]!]!);
    }
  }
  return [...sources];
}

/** The distinct sources of the observations a chart draws, for its provenance. */
export function sourcesOf(evaluations: readonly (Evaluation | undefined)[]): string[] {
  // A loop, not flatMap: a national ranking passes 165,000 evaluations.
  const sources = new Set<string>();
  for (const e of evaluations) if (e?.observation.source) sources.add(e.observation.source);
  return [...sources];
}
