/** The data contract of Chỉ Tiêu (see DESIGN.md). Plain data, no behaviour. */

export type AreaLevel = 'cluster' | 'province' | 'district';

export interface Area {
  id: string;
  name: string;
  level: AreaLevel;
  parent: string | null;
}

export type Direction = 'higher_is_better' | 'lower_is_better';

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

/** One area × year × indicator: kế hoạch (plan) and thực hiện (actual), as reported. */
export interface Observation {
  area: string;
  year: number;
  indicator: string;
  plan: number | null;
  actual: number | null;
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
}

export const observationKey = (o: Pick<Observation, 'area' | 'year' | 'indicator'>): string =>
  `${o.area}|${o.year}|${o.indicator}`;
