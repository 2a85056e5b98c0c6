import type { DatasetIndex } from '../../domain/dataset/dataset-index';

/** The year with data closest to the wanted one; on a tie the later (the newer figure). Null when there is none. */
export function nearestYear(years: readonly number[], wanted: number): number | null {
  let best: number | null = null;
  for (const year of years) {
    if (best === null || Math.abs(year - wanted) < Math.abs(best - wanted) || (Math.abs(year - wanted) === Math.abs(best - wanted) && year > best)) best = year;
  }
  return best;
}

/** A carried year the view has no figure for: what was asked, and the nearest year that has one. */
export interface LackingYear {
  requested: number;
  nearest: number | null;
}

export interface YearChoice {
  year: number;
  /** Set when the URL's year has no figure for this view; `year` is then the URL's (the dataset has it) or the fallback (it has not). */
  lacking: LackingYear | null;
}

/**
 * The year a view shows. Without a year in the URL, the view's own fallback (its latest year with
 * results). A carried year the view has figures for is kept. A carried year the dataset has, but
 * not this view (an indicator without a 2020 figure), is kept too, so the year the user chose stays
 * put across views, and the view says so and offers the nearest year with figures. A year the
 * dataset lacks altogether falls back, and the view says that too.
 */
export function chooseYear(input: { requested: number | null; viewYears: readonly number[]; datasetYears: readonly number[]; fallback: number | undefined }): YearChoice {
  const { requested, viewYears, datasetYears } = input;
  const fallback = input.fallback ?? viewYears.at(-1) ?? datasetYears.at(-1) ?? new Date().getFullYear();
  if (requested === null) return { year: fallback, lacking: null };
  if (viewYears.includes(requested)) return { year: requested, lacking: null };
  const nearest = nearestYear(viewYears, requested);
  if (datasetYears.includes(requested)) return { year: requested, lacking: { requested, nearest } };
  return { year: fallback, lacking: { requested, nearest } };
}

/**
 * The years the province's units (districts before the reform, communes after) report the
 * indicator, ascending, and the latest with a result (TH or % KH): the comparison opens on it.
 */
export function indicatorYears(index: DatasetIndex, indicator: string): { years: number[]; latest: number | undefined } {
  // Once per index and indicator: every chart frame of the indicator view asks (a national indicator has 33,000 rows).
  let known = indicatorYearsOf.get(index);
  if (!known) indicatorYearsOf.set(index, (known = new Map<string, IndicatorYears>()));
  let found = known.get(indicator);
  if (!found) known.set(indicator, (found = findIndicatorYears(index, indicator)));
  return found;
}

type IndicatorYears = { years: number[]; latest: number | undefined };
const indicatorYearsOf = new WeakMap<DatasetIndex, Map<string, IndicatorYears>>();

/** Read from the table's columns (a missing figure is NaN there), no row made an object. */
function findIndicatorYears(index: DatasetIndex, indicator: string): IndicatorYears {
  const province = index.province?.id;
  const { area, areaIds, year, actual, reportedPercent } = index.table.columns;
  const inProvince = areaIds.map((id) => province !== undefined && index.area(id)?.parent === province);
  const seen = new Set<number>();
  let latestResult = -Infinity;
  for (const i of index.positionsFor({ indicator })) {
    if (!inProvince[area[i]!]) continue;
    seen.add(year[i]!);
    if (!Number.isNaN(actual[i]!) || !Number.isNaN(reportedPercent[i]!)) latestResult = Math.max(latestResult, year[i]!);
  }
  const years = [...seen].sort((a, b) => a - b);
  return { years, latest: latestResult > -Infinity ? latestResult : years.at(-1) };
}
