import type { Area, AreaLevel, Dataset, Indicator, Observation } from './model';
import { unitsOf as unitsInForce } from './areas';
import { observationKey } from './model';
import { evaluateObservation, type Evaluation } from './evaluate';
import { DEFAULT_THRESHOLDS, type StatusThresholds } from './status';

/** Read-only lookups over a dataset, built once per dataset version. */
export interface DatasetIndex {
  dataset: Dataset;
  area(id: string): Area | undefined;
  indicator(id: string): Indicator | undefined;
  /** Years with any figure, ascending. */
  years: number[];
  /** Years with a result (TH or % KH), ascending: the ones worth opening on. */
  resultYears: number[];
  /** The units under a parent that carry the year's figures: districts before the 2025 reform, communes after (the year rule). */
  unitsOf(parentId: string, year: number): Area[];
  /** The level of those units in that year, or null when it has none. */
  unitLevel(parentId: string, year: number): AreaLevel | null;
  /** The province the units belong to (the first province with districts or communes). */
  province: Area | undefined;
  evaluation(area: string, year: number, indicator: string): Evaluation | undefined;
  /** Indicators with at least one figure among these areas in that year, in catalog order. */
  indicatorsWithData(areaIds: readonly string[], year?: number): Indicator[];
  observationsFor(filter: { area?: string; year?: number; indicator?: string }): Observation[];
}

export function createDatasetIndex(dataset: Dataset, thresholds: StatusThresholds = DEFAULT_THRESHOLDS): DatasetIndex {
  const areas = new Map(dataset.areas.map((a) => [a.id, a]));
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const evaluations = new Map<string, Evaluation>();
  for (const o of dataset.observations) {
    const indicator = indicators.get(o.indicator);
    if (indicator) evaluations.set(observationKey(o), evaluateObservation(o, indicator, thresholds));
  }
  const years = [...new Set(dataset.observations.map((o) => o.year))].sort((a, b) => a - b);
  const resultYears = [...new Set(dataset.observations.filter((o) => o.actual !== null || o.reportedPercent !== null).map((o) => o.year))].sort((a, b) => a - b);
  const units = new Map<string, Area[]>();
  const unitsOf = (parentId: string, year: number) => {
    const key = `${parentId}|${year}`;
    let list = units.get(key);
    if (!list) units.set(key, (list = unitsInForce(dataset.areas, parentId, year)));
    return list;
  };
  const withUnits = new Set(dataset.areas.filter((a) => a.level === 'district' || a.level === 'commune').map((a) => a.parent));
  const province = dataset.areas.find((a) => a.level === 'province' && withUnits.has(a.id));

  return {
    dataset,
    area: (id) => areas.get(id),
    indicator: (id) => indicators.get(id),
    years,
    resultYears,
    unitsOf,
    unitLevel: (parentId, year) => unitsOf(parentId, year)[0]?.level ?? null,
    province,
    evaluation: (area, year, indicator) => evaluations.get(observationKey({ area, year, indicator })),
    indicatorsWithData(areaIds, year) {
      const wanted = new Set(areaIds);
      const present = new Set(dataset.observations.filter((o) => wanted.has(o.area) && (year === undefined || o.year === year)).map((o) => o.indicator));
      return dataset.indicators.filter((i) => present.has(i.id));
    },
    observationsFor: ({ area, year, indicator }) =>
      dataset.observations.filter((o) => (area === undefined || o.area === area) && (year === undefined || o.year === year) && (indicator === undefined || o.indicator === indicator)),
  };
}

/** The year to open on: the latest with results, else the latest with any figure. */
export function defaultYear(index: DatasetIndex): number | undefined {
  return index.resultYears.at(-1) ?? index.years.at(-1);
}
