import type { Award } from './awards';
import type { MainTarget } from './main-targets';
/** The data contract of Chỉ Tiêu (see DESIGN.md). Plain data, no behaviour. */

export const AREA_LEVELS = ['country', 'cluster', 'province', 'district', 'commune'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** How a unit came from its predecessors: from parts of them, from the whole of each, or a new name. */
export const SUCCESSIONS = ['split_from', 'merged_from', 'renamed'] as const;
export type Succession = (typeof SUCCESSIONS)[number];

/**
 * An administrative unit for the period it is in force. A reform ends units (`validTo`) and
 * starts others (`validFrom`) that name their predecessors; the parent is the one in force for
 * the unit's period. Fields after `parent` are optional: catalogs written before the 2025
 * reform have none, and such a unit is in force at every date.
 */
export interface Area {
  id: string;
  name: string;
  level: AreaLevel;
  parent: string | null;
  /** What the law calls it: tỉnh, huyện, thành phố, xã, phường, đặc khu, cụm thi đua… */
  kind?: string | undefined;
  /** First day in force (ISO date), or null: since before any figure. */
  validFrom?: string | null | undefined;
  /** Last day in force (ISO date), or null: still in force. */
  validTo?: string | null | undefined;
  /** The units it was formed from, the main one first (its "former district" when grouping). */
  predecessors?: readonly string[] | undefined;
  succession?: Succession | null | undefined;
  /** The legal act or report that establishes it. */
  source?: string | undefined;
  note?: string | undefined;
}

export type Direction = 'higher_is_better' | 'lower_is_better';

/**
 * A period (periods/period.ts): within the year `month-03`, `quarter-2`, `to-month-06` (January to June, lũy kế);
 * or several years, a multi-year plan's `years-2021-2025` (the row's year is its last).
 */
export type PeriodCode = `month-${string}` | `quarter-${1 | 2 | 3 | 4}` | `to-month-${string}` | `years-${number}-${number}`;

/** What kind of figure a result is (evaluation/figure-kind.ts): an estimate, preliminary, final or revised. */
export const FIGURE_KINDS = ['estimate', 'preliminary', 'final', 'revised'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface Indicator {
  id: string;
  nameVi: string;
  nameEn: string;
  unit: string;
  unitEn: string;
  direction: Direction;
  decimals: number;
  /** Whether district figures add up to the province (revenues, people) or not (rates). */
  additive: boolean;
}

/** One area × year × indicator (× period within the year): kế hoạch (plan) and thực hiện (actual), as reported. */
export interface Observation {
  area: string;
  year: number;
  indicator: string;
  plan: number | null;
  /**
   * The plan as printed when it is more than one number: a range "8 - 8,5%", a bound "trên 57,5%" /
   * "dưới 12%", an approximation "khoảng 9%" (plan-form.ts). `plan` is then the point % KH is computed
   * against (plan-status.ts: a range's worse end, the bound, the value). Absent for a plain number.
   */
  planText?: string;
  actual: number | null;
  /** What kind of figure `actual` is: an estimate (ước tính, ước thực hiện), preliminary (sơ bộ), final (chính thức) or revised; absent when the source does not say. */
  figureKind?: FigureKind;
  /** The date of the report the figures come from: ISO "2025-12-15", or "2025-12" when the report gives the month only. */
  asOf?: string;
  /** The figures this TH replaced, earliest first (figure-history.ts: "estimate 2715 2025-12-15; …"); absent when none. */
  history?: string;
  /**
   * The period within the year the figures are for (periods/period.ts): a month "month-03", a quarter
   * "quarter-2", a running total from January "to-month-06" (lũy kế 6 tháng). Absent for the year's
   * figure, as every file before periods wrote it. A period's `plan` is the year's plan it is measured
   * against, and its % KH the share of that plan ("đạt 55% KH năm").
   */
  period?: PeriodCode;
  /** "% KH" exactly as the report printed it, when it printed one. */
  reportedPercent: number | null;
  unit: string;
  source: string;
  note: string;
}

export interface Dataset {
  areas: Area[];
  indicators: Indicator[];
  observations: Observation[];
  /** What councils decided (awards.csv, optional): shown beside the ranking, never scored. */
  awards?: Award[];
  /** Which indicators are main targets (chỉ tiêu chủ yếu) of a unit and year, as a resolution lists them (main-targets.csv, optional). */
  mainTargets?: MainTarget[];
}

/** One figure's key: area|year|indicator, and |period for a period within the year (a year's key is as before periods). */
export const observationKey = (o: Pick<Observation, 'area' | 'year' | 'indicator' | 'period'>): string =>
  o.period ? `${o.area}|${o.year}|${o.indicator}|${o.period}` : `${o.area}|${o.year}|${o.indicator}`;
