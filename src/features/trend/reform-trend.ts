import { trendSeries, yearsWithFigures, type TrendPoint } from '../../components/charts/trend-series';
import { inForceIn, likelySuccessors, mergedSum, successionSum, yearEnd, type SuccessionSum } from '../../domain/areas/areas';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area, Indicator } from '../../domain/model';

/**
 * A trend across the 2025 reform, honestly: the area's own line covers only the years it was in
 * force (a district's ends in 2024, a commune's starts in 2025) and is never joined to another
 * unit's. Beside it, drawn apart, a figure "by territory":
 * - a former district after the reform: the sum of its successor communes ("theo địa bàn huyện cũ");
 * - a merged province before the merger: the sum of the provinces it was merged from ("theo địa giới mới").
 * Both only for additive indicators and only when every part reported; otherwise the year is a
 * gap whose reason is kept, to be said in words.
 */
export type TerritoryKind = 'former-district' | 'new-boundaries';

export type TerritoryGap = Exclude<SuccessionSum, { kind: 'sum' }>;

export interface ReformTrendPoint extends TrendPoint {
  /** The figure by territory (sum of parts), when it exists that year. */
  territory: number | null;
}

export interface ReformTrend {
  points: ReformTrendPoint[];
  /** What the territory figure is, or null when the area has none (in force throughout, or not additive and nothing to say). */
  territory: { kind: TerritoryKind; sums: { year: number; value: number; parts: { area: Area; value: number }[] }[]; gaps: { year: number; why: TerritoryGap }[] } | null;
  /** The units formed from the area (a former district's communes), when it ended. */
  successors: Area[];
  /** The units the area was formed from, when it began with a reform. */
  predecessors: Area[];
}

const actualIn = (index: DatasetIndex, year: number, indicator: string) => (areaId: string): number | null => index.evaluation(areaId, year, indicator)?.actual ?? null;

/** A province merged whole into a bigger one: no figure of the new province is the old one's. */
const mergedInto = (successors: readonly Area[]) => successors.length > 0 && successors.every((s) => s.succession === 'merged_from');

/** What the area's territory figure is, and the units whose figures make it up in a year. */
function territoryOf(index: DatasetIndex, area: Area, successors: readonly Area[]): { kind: TerritoryKind; partsIn: (year: number) => string[] } | null {
  if (area.validTo && successors.length > 0 && !mergedInto(successors)) {
    const ended = area.validTo;
    return { kind: 'former-district', partsIn: (year) => (yearEnd(year) > ended ? likelySuccessors(index.dataset.areas, area, year).map((a) => a.id) : []) };
  }
  const began = area.validFrom;
  if (area.succession === 'merged_from' && began && area.predecessors?.length) {
    const parts = area.predecessors;
    return { kind: 'new-boundaries', partsIn: (year) => (yearEnd(year) < began ? [...parts] : []) };
  }
  return null;
}

export function reformTrend(index: DatasetIndex, area: Area, indicator: Indicator): ReformTrend {
  const areas = index.dataset.areas;
  const successors = area.validTo ? areas.filter((a) => a.predecessors?.includes(area.id)) : [];
  const predecessors = (area.predecessors ?? []).flatMap((id) => index.area(id) ?? []);
  const own = yearsWithFigures(index, area.id, indicator.id).filter((y) => inForceIn(area, y));
  const kind = territoryOf(index, area, successors);

  let territory: ReformTrend['territory'] = null;
  const sums = new Map<number, number>();
  if (kind) {
    // Only years where some part reported: a year nobody reported is simply not in the trend.
    const reported = index.years.filter((year) => kind.partsIn(year).some((id) => index.evaluation(id, year, indicator.id)));
    territory = { kind: kind.kind, sums: [], gaps: [] };
    for (const year of reported) {
      const valueOf = actualIn(index, year, indicator.id);
      const result = kind.kind === 'former-district' ? successionSum(areas, area.id, year, indicator, valueOf) : mergedSum(areas, area.id, indicator, valueOf);
      if (result.kind === 'sum') {
        territory.sums.push({ year, value: result.value, parts: result.parts });
        sums.set(year, result.value);
      } else territory.gaps.push({ year, why: result });
    }
    if (reported.length === 0) territory = null;
  }

  const years = [...new Set([...own, ...(territory ? [...territory.sums, ...territory.gaps].map((s) => s.year) : [])])].sort((a, b) => a - b);
  const points = trendSeries(index, area.id, indicator.id, years).map((pt) => {
    // A figure stored for the area outside its period is not its own (uploads refuse those); the line stays within its period.
    const base = inForceIn(area, pt.year) ? pt : { year: pt.year, actual: null, plan: null, derivedPlan: null };
    return { ...base, territory: sums.get(pt.year) ?? null };
  });
  return { points, territory, successors, predecessors };
}
