import type { Area, Indicator } from '../model';
import type { DatasetIndex } from './dataset-index';
import type { Evaluation } from '../evaluation/evaluate';
import { yearOverYearChange, type YearOverYear } from '../evaluation/change';
import { provinceTotal, type ProvinceTotal } from '../evaluation/province-total';
import { STATUSES, type Status } from '../evaluation/status';

export interface IndicatorSummary {
  indicator: Indicator;
  /** The province's own reported figures, when it reported them. */
  own: Evaluation | undefined;
  /** The sum of the districts, for additive indicators. */
  total: ProvinceTotal;
  /** Change of the province's actual against the year before. */
  change: YearOverYear;
  /** How many districts fall in each status this year. */
  districtStatus: Record<Status, number>;
  /** Districts with any figure for the indicator this year. */
  districtsReporting: number;
}

/**
 * KPI cards of the overview: every indicator with a figure for the province or a district that year.
 * A country passes the units it lists (its 700 districts, when its provinces report nothing of their own).
 */
export function provinceSummary(index: DatasetIndex, province: Area, year: number, units?: readonly Area[]): IndicatorSummary[] {
  const districts = units ?? index.unitsOf(province.id, year);
  return summaryIndicators(index, province, year, districts).map((indicator) => indicatorSummary(index, province, year, districts, indicator));
}

/** The indicators the summary has a card for: those with a figure for the province or one of its units that year. */
export function summaryIndicators(index: DatasetIndex, province: Area, year: number, units: readonly Area[]): Indicator[] {
  return index.indicatorsWithData([province.id, ...units.map((d) => d.id)], year);
}

/** One indicator's card: a country's is 3,300 evaluations, so a view can make them a few at a time. */
export function indicatorSummary(index: DatasetIndex, province: Area, year: number, districts: readonly Area[], indicator: Indicator): IndicatorSummary {
  const own = index.evaluation(province.id, year, indicator.id);
  const districtEvaluations = districts.map((d) => index.evaluation(d.id, year, indicator.id));
  const total = provinceTotal(indicator, districts, districtEvaluations.flatMap((e) => (e ? [e.observation] : [])));
  const previous = index.evaluation(province.id, year - 1, indicator.id);
  const districtStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const e of districtEvaluations) districtStatus[e?.status ?? 'no-data']++;
  const districtsReporting = districtEvaluations.filter((e) => e !== undefined).length;
  return { indicator, own, total, change: yearOverYearChange(own?.actual ?? null, previous?.actual ?? null), districtStatus, districtsReporting };
}

/** Whether the province has a figure of its own or a complete district sum for the indicator. */
export const hasProvinceFigure = ({ own, total }: IndicatorSummary): boolean => own !== undefined || total.kind === 'value';
