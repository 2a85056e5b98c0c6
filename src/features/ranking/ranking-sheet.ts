import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area } from '../../domain/model';
import type { RankedArea } from '../../domain/scoring/scoring';
import { SCORE_DECIMALS } from '../../domain/scoring/scoring-scheme';
import type { SheetColumn, SheetTable, SheetValue } from '../../domain/spreadsheet/sheet-spec';
import type { Presenters } from '../../lib/language/presenters';
import type { RankingTranslate } from './ranking-messages';
import { scorecardRows } from './scorecard-rows';

/**
 * The ranking and its scorecard as two sheets: rank, unit, score (a number; no score an empty cell)
 * and coverage; then each unit's % KH by indicator. Rows in the ranking's order.
 */
export function rankingSheets(index: DatasetIndex, ranking: readonly RankedArea[], year: number, nameOf: (area: Area) => string, rt: RankingTranslate, p: Presenters, provenance: readonly string[]): SheetTable[] {
  const name = (r: RankedArea) => { const area = index.area(r.area); return area ? nameOf(area) : r.area; };
  // Both sheets start with the rank and the unit, in the ranking's order.
  const ranked = (sheet: string, title: string, columns: SheetColumn[], rows: SheetValue[][]): SheetTable => ({
    name: sheet,
    title,
    provenance,
    columns: [{ label: rt('colRank'), kind: 'number', grouping: false }, { label: rt('colArea'), kind: 'text' }, ...columns],
    rows,
  });
  const count = (label: string): SheetColumn => ({ label, kind: 'number', grouping: false });
  const rankingTable = ranked(
    rt('sheetRanking'),
    rt('pageTitle', { year }),
    [{ label: rt('colScore'), kind: 'number', unit: rt('points'), maxDecimals: SCORE_DECIMALS }, count(rt('sheetWithData')), count(rt('sheetCriteria'))],
    ranking.map((r) => [r.rank, name(r), r.score.kind === 'value' ? r.score.value : null, r.coverage.withData, r.coverage.total]),
  );
  const indicators = index.indicatorsWithData(ranking.map((r) => r.area), year);
  const scorecard = ranked(
    rt('sheetScorecard'),
    rt('scorecardTitle', { year }),
    indicators.map((i) => ({ label: `${p.name(i)} — % KH`, kind: 'number', unit: '%', maxDecimals: 2 })),
    scorecardRows(index, ranking, indicators, year).map((row) => [row.ranked.rank, nameOf(row.area), ...row.cells.map((c) => (c.evaluation?.percent.kind === 'value' ? c.evaluation.percent.value : null))]),
  );
  return [rankingTable, scorecard];
}
