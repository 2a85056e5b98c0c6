import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Evaluation } from '../../domain/evaluation/evaluate';
import type { Area, Indicator } from '../../domain/model';
import type { Measure } from '../../domain/numbers/measure';
import { noValue } from '../../domain/numbers/measure';
import type { RankedArea } from '../../domain/scoring/scoring';

export interface ScorecardCell {
  indicator: Indicator;
  evaluation: Evaluation | undefined;
  /** % of plan now minus % of plan the year before, in percentage points. */
  change: Measure;
}

export interface ScorecardRow {
  area: Area;
  ranked: RankedArea;
  cells: ScorecardCell[];
}

/** What the scorecard sorts by: rank, area name, or one indicator — an id never stands in for 'rank' or 'area'. */
export type ScorecardSortKey = { by: 'rank' } | { by: 'area' } | { by: 'indicator'; indicator: string };
export type ScorecardSort = { key: ScorecardSortKey; dir: 'asc' | 'desc' };

export const sameSortKey = (a: ScorecardSortKey, b: ScorecardSortKey): boolean => a.by === b.by && (a.by !== 'indicator' || (b.by === 'indicator' && a.indicator === b.indicator));

function percentChange(now: Evaluation | undefined, before: Evaluation | undefined): Measure {
  if (!now || now.percent.kind === 'none') return noValue('missing-actual');
  if (!before || before.percent.kind === 'none') return noValue('no-previous');
  return { kind: 'value', value: now.percent.value - before.percent.value };
}

/** A row's cells are made the first time they are read: a national scorecard (3,300 × 50) draws only the rows near the screen. */
export function scorecardRows(index: DatasetIndex, ranking: readonly RankedArea[], indicators: readonly Indicator[], year: number): ScorecardRow[] {
  return ranking.flatMap((ranked) => {
    const area = index.area(ranked.area);
    if (!area) return [];
    let cells: ScorecardCell[] | undefined;
    const makeCells = () =>
      indicators.map((indicator) => {
        const evaluation = index.evaluation(area.id, year, indicator.id);
        return { indicator, evaluation, change: percentChange(evaluation, index.evaluation(area.id, year - 1, indicator.id)) };
      });
    return [{ area, ranked, get cells() { return (cells ??= makeCells()); } }];
  });
}

const percentOf = (row: ScorecardRow, indicator: string): number | null => {
  const e = row.cells.find((c) => c.indicator.id === indicator)?.evaluation;
  return e?.percent.kind === 'value' ? e.percent.value : null;
};

/** Sorts by rank (ranking order), by name, or by an indicator's % of plan; no value always last. */
export function sortScorecard(rows: readonly ScorecardRow[], sort: ScorecardSort): ScorecardRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const indexOf = new Map(rows.map((r, i) => [r.area.id, i]));
  const byRank = (a: ScorecardRow, b: ScorecardRow) => (indexOf.get(a.area.id) ?? 0) - (indexOf.get(b.area.id) ?? 0);
  const { key } = sort;
  if (key.by === 'rank') return [...rows].sort((a, b) => sign * byRank(a, b));
  if (key.by === 'area') return [...rows].sort((a, b) => sign * a.area.name.localeCompare(b.area.name, 'vi'));
  return [...rows].sort((a, b) => {
    const [pa, pb] = [percentOf(a, key.indicator), percentOf(b, key.indicator)];
    if (pa === null || pb === null) return pa === pb ? byRank(a, b) : pa === null ? 1 : -1;
    return sign * (pa - pb) || byRank(a, b);
  });
}
