import type { RankedArea } from '../../domain/scoring/scoring';
import { parseRowRange, RANKING_ROWS_PER_SLIDE, slideParts } from '../../domain/scoring/scoring-level';
import type { UnitGroup } from './unit-filter';

/**
 * The rows a view shows: on the desk, every group; on a slide (?embed=1), one part of the ranking
 * (?rows=from-to, else the first part when the whole does not fit), numbered "(k/n)".
 */
export function slideRows(params: URLSearchParams, groups: UnitGroup<RankedArea>[], count: number): { groups: UnitGroup<RankedArea>[]; part: { from: number; to: number; part: number; parts: number } | null } {
  if (params.get('embed') !== '1') return { groups, part: null };
  const parts = slideParts(count, RANKING_ROWS_PER_SLIDE);
  const asked = parseRowRange(params.get('rows'));
  const range = asked ?? (parts.length > 1 ? parts[0] : undefined);
  if (!range) return { groups, part: null };
  const to = Math.min(range.to, count);
  const rows = groups.flatMap((g) => g.rows).slice(range.from - 1, to);
  const k = parts.findIndex((p) => p.from === range.from);
  return { groups: [{ former: null, rows }], part: { from: range.from, to, part: k >= 0 ? k + 1 : Math.ceil(range.from / RANKING_ROWS_PER_SLIDE), parts: parts.length } };
}
