import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Evaluation } from '../../domain/evaluation/evaluate';
import type { Indicator } from '../../domain/model';
import type { Presenters } from '../../lib/language/presenters';
import type { Translate } from '../../lib/language/use-language';
import type { ChartFigures, CsvColumn } from '../export/chart-csv';

/** The most decimals a file shows of a plan or actual: the indicator's own, and never fewer than this (the cell keeps the exact value). */
const FILE_DECIMALS = 4;
/** % KH in a file: two decimals (119,43), the exact value in the cell. */
const PERCENT_DECIMALS = 2;

/**
 * The text-alternative table of a chart: the same figures the chart draws. Given the unit of its
 * figures (one indicator), the files hold plan, actual and % KH as numbers with the unit in the header.
 */
export function evaluationColumns(t: Translate, first: { key: string; label: string }, figures?: { unit: string; decimals: number }): CsvColumn[] {
  const figure = figures && { unit: figures.unit, maxDecimals: Math.max(figures.decimals, FILE_DECIMALS) };
  return [
    first,
    { key: 'actual', label: t('actual'), figure },
    { key: 'plan', label: t('plan'), figure },
    { key: 'percent', label: t('percentOfPlan'), figure: figures && { unit: '%', maxDecimals: PERCENT_DECIMALS } },
    { key: 'status', label: t('status') },
    { key: 'source', label: t('source') },
  ];
}

/** The numbers behind an evaluation row: actual, plan (given or derived) and % KH; none is null (an empty cell). */
export function evaluationFigures(e: Evaluation | undefined): ChartFigures {
  return {
    actual: e?.actual ?? null,
    plan: e?.plan.kind === 'value' ? e.plan.value : null,
    percent: e?.percent.kind === 'value' ? e.percent.value : null,
  };
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

/** Rows of several indicators (a unit's bullets) say each row's unit in a column after the first: `unitOfRow`. */
export function unitAfterFirst(columns: readonly CsvColumn[], label: string): CsvColumn[] {
  const [first, ...rest] = columns;
  return first ? [first, { key: 'unitOfRow', label }, ...rest] : [];
}
