import type { ComparisonRow } from '../../components/charts/comparison-chart';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area, Indicator } from '../../domain/model';
import type { Presenters } from '../../lib/language/presenters';

const percentOf = (row: ComparisonRow) => (row.evaluation.percent.kind === 'value' ? row.evaluation.percent.value : -Infinity);

/**
 * Units with a figure for the indicator and year: sorted by % of plan (no value last), or in the
 * order given (the reader sorted them by name or catalog order).
 */
export function comparisonRows(index: DatasetIndex, units: Area[], indicator: Indicator, year: number, p: Presenters, order: 'percent' | 'given' = 'percent', nameOf: (area: Area) => string = (a) => a.name): ComparisonRow[] {
  const rows = units.flatMap((area) => {
    const evaluation = index.evaluation(area.id, year, indicator.id);
    if (!evaluation) return [];
    const plan = evaluation.plan.kind === 'value' ? evaluation.plan : null;
    return [{ areaName: nameOf(area), plan: plan?.value ?? null, planDerived: plan?.origin === 'derived', actual: evaluation.actual, percentLabel: p.percent(evaluation.percent), evaluation }];
  });
  return order === 'given' ? rows : rows.sort((a, b) => percentOf(b) - percentOf(a) || a.areaName.localeCompare(b.areaName, 'vi'));
}
