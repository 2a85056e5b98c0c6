import type { Area, AreaLevel, Dataset, Indicator, Observation } from '../model';
import { unitsOf as unitsInForce } from '../areas/areas';
import { evaluateObservation, type Evaluation } from '../evaluation/evaluate';
import { Grouping } from '../observations/grouping';
import type { ObservationTable } from '../observations/observation-table';
import { codesOfSlot, offsetsFrom, periodSlotsOf, slotAt } from '../observations/period-slots';
import { DEFAULT_THRESHOLDS, type StatusThresholds } from '../evaluation/status';
import { evaluatePeriodFigure } from './period-evaluation';
import { catalogExtrasOf, tabular, type DatasetCatalog, type TabularDataset } from './tabular';

export { catalogExtrasOf, isTabular, tabular, type DatasetCatalog, type TabularDataset } from './tabular';

/**
 * Read-only lookups over a dataset, built once per dataset version. Each lookup reads only its
 * slice of the observations: the groupings by year, area and indicator are built the first time
 * one is needed, and an observation becomes an object only when a view asks for it.
 */
export interface DatasetIndex {
  dataset: DatasetCatalog;
  table: ObservationTable;
  area(id: string): Area | undefined;
  indicator(id: string): Indicator | undefined;
  /** How many observations the dataset holds. */
  observationCount: number;
  /** The whole dataset with every observation as an object (made once, on first call): for the analyst's whole-dataset actions (export, publish, commit), never for a view. */
  fullDataset(): Dataset;
  /** Years with any figure of the year, ascending. */
  years: number[];
  /** Years with a figure of a period within the year (a month, a quarter, a running total), ascending. */
  periodYears: number[];
  /** Positions in `table` of a year's figures of its periods (the in-year view's rows; every other lookup reads the year's figures only). */
  periodPositions(year: number): Uint32Array;
  /** Years with a result (TH or % KH), ascending: the ones worth opening on. */
  resultYears: number[];
  /** The units under a parent that carry the year's figures: districts before the 2025 reform, communes after (the year rule). */
  unitsOf(parentId: string, year: number): Area[];
  /** The level of those units in that year, or null when it has none. */
  unitLevel(parentId: string, year: number): AreaLevel | null;
  /** The province the units belong to (the first province with districts or communes). */
  province: Area | undefined;
  evaluation(area: string, year: number, indicator: string): Evaluation | undefined;
  /** The position in `table` of that evaluation's observation, -1 where `evaluation` gives none (no object made). */
  positionOf(area: string, year: number, indicator: string): number;
  /** Indicators with at least one figure among these areas in that year, in catalog order. */
  indicatorsWithData(areaIds: readonly string[], year?: number): Indicator[];
  /** Builds the year's lookups now (the grouping by year, the year's grid) instead of in the first render that reads them. */
  prepareYear(year: number): void;
  /** The observations that match every field given, in the dataset's order. */
  observationsFor(filter: ObservationFilter): Observation[];
  /** Positions of those observations in `table`, in the dataset's order (no object made). */
  positionsFor(filter: ObservationFilter): Uint32Array;
  /** Their evaluations (each observation an object once, in its evaluation; one per area × year × indicator cell), skipping those of an indicator not in the catalog. */
  evaluationsFor(filter: ObservationFilter): Evaluation[];
}

export interface ObservationFilter {
  area?: string | undefined;
  year?: number | undefined;
  indicator?: string | undefined;
}

/** Positions of the rows that pass `keep`, from a list of candidate positions. */
function select(candidates: ArrayLike<number>, keep: ((i: number) => boolean) | null): ArrayLike<number> {
  if (!keep) return candidates;
  const out: number[] = [];
  for (let k = 0; k < candidates.length; k++) if (keep(candidates[k]!)) out.push(candidates[k]!);
  return out;
}

/**
 * A view of one period within the year instead of the year (the views' "Kỳ" choice): the slot of that period
 * (periodSlot) and the index of the year's figures, whose plans the period's figures are read against.
 */
export interface PeriodView {
  slot: number;
  yearIndex: DatasetIndex;
}

export function createDatasetIndex(data: Dataset | TabularDataset, thresholds: StatusThresholds = DEFAULT_THRESHOLDS, view?: PeriodView): DatasetIndex {
  const tab = tabular(data);
  const { areas: catalogAreas, indicators: catalogIndicators, table } = tab;
  const c = table.columns;
  const n = table.length;
  const areas = new Map(catalogAreas.map((a) => [a.id, a]));
  const indicators = new Map(catalogIndicators.map((i) => [i.id, i]));
  const areaCode = new Map(c.areaIds.map((id, code) => [id, code]));
  const indicatorCode = new Map(c.indicatorIds.map((id, code) => [id, code]));

  // A period's figures (a month, a quarter, lũy kế) are the in-year view's: every grouping below puts them
  // in a bucket past the last, which no lookup reads. A period's view does the same with every other row.
  const slots = periodSlotsOf(table);
  const shown = view?.slot ?? 0;
  const apart = <T extends ArrayLike<number>>(codes: T, past: number) => codesOfSlot(codes, slots, shown, past);
  const yearCodes = () => offsetsFrom(c.year, minYear);

  // One pass for the years; the groupings wait until a lookup needs them.
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (let i = 0; i < n; i++) {
    const year = c.year[i]!;
    if (year < minYear) minYear = year;
    if (year > maxYear) maxYear = year;
  }
  const yearSpan = n === 0 ? 0 : maxYear - minYear + 1;
  const seen = new Uint8Array(yearSpan);
  for (let i = 0; i < n; i++) {
    const slot = slotAt(slots, i);
    seen[c.year[i]! - minYear]! |= (slot !== 0 ? 4 : 0) | (slot !== shown ? 0 : table.hasResult(i) ? 3 : 1);
  }
  const years: number[] = [];
  const resultYears: number[] = [];
  const periodYears: number[] = [];
  seen.forEach((flags, k) => {
    if (flags & 1) years.push(minYear + k);
    if (flags & 2) resultYears.push(minYear + k);
    if (flags & 4) periodYears.push(minYear + k);
  });

  let byYear: Grouping | undefined;
  let byPeriodYear: Grouping | undefined;
  let byArea: Grouping | undefined;
  let byIndicator: Grouping | undefined;
  let yearFigures: Uint32Array | undefined;
  const yearRows = (year: number) => {
    if (year < minYear || year > maxYear || !Number.isInteger(year)) return new Uint32Array(0);
    byYear ??= new Grouping(apart(yearCodes(), yearSpan), n, yearSpan + 1);
    return byYear.positionsOf(year - minYear);
  };
  const areaRows = (id: string) => {
    const code = areaCode.get(id);
    if (code === undefined) return new Uint32Array(0);
    byArea ??= new Grouping(apart(c.area, c.areaIds.length), n, c.areaIds.length + 1);
    return byArea.positionsOf(code);
  };
  const indicatorRows = (id: string) => {
    const code = indicatorCode.get(id);
    if (code === undefined) return new Uint32Array(0);
    byIndicator ??= new Grouping(apart(c.indicator, c.indicatorIds.length), n, c.indicatorIds.length + 1);
    return byIndicator.positionsOf(code);
  };
  /** Every year's figure's position: the whole table when it has no periods. */
  const allYearRows = (): Uint32Array | 'all' => {
    if (!slots && shown === 0) return 'all';
    if (!yearFigures) {
      const out: number[] = [];
      for (let i = 0; i < n; i++) if (slotAt(slots, i) === shown) out.push(i);
      yearFigures = Uint32Array.from(out);
    }
    return yearFigures;
  };

  // A year's rows by area × indicator (row + 1; 0 = none), built the first time the year is read.
  const cells = new Map<number, Uint32Array>();
  const width = c.indicatorIds.length;
  const yearCells = (year: number) => {
    let grid = cells.get(year);
    if (!grid) {
      grid = new Uint32Array(c.areaIds.length * width);
      for (const i of yearRows(year)) grid[c.area[i]! * width + c.indicator[i]!] = i + 1;
      cells.set(year, grid);
    }
    return grid;
  };
  // Evaluations made so far, per year in the grid's cells: a country ranking asks for 330,000.
  const evaluations = new Map<number, (Evaluation | undefined)[]>();
  let full: Dataset | undefined;

  const units = new Map<string, Area[]>();
  const unitsOf = (parentId: string, year: number) => {
    const key = `${parentId}|${year}`;
    let list = units.get(key);
    if (!list) units.set(key, (list = unitsInForce(catalogAreas, parentId, year)));
    return list;
  };
  const withUnits = new Set(catalogAreas.filter((a) => a.level === 'district' || a.level === 'commune').map((a) => a.parent));
  const province = catalogAreas.find((a) => a.level === 'province' && withUnits.has(a.id));

  // A period's figure against the year's plan (period-evaluation.ts): the year's row from the year's index.
  const evaluatePeriod = (row: number, a: number, year: number, k: number, indicator: Indicator): Evaluation => {
    const yearRow = view!.yearIndex.positionOf(c.areaIds[a]!, year, c.indicatorIds[k]!);
    return evaluatePeriodFigure(table.row(row), yearRow >= 0 ? table.row(yearRow) : undefined, indicator, thresholds);
  };
  // The evaluation of a year's cell by codes (area, indicator), made once.
  const evaluationAt = (a: number, year: number, k: number): Evaluation | undefined => {
    const indicator = indicators.get(c.indicatorIds[k]!);
    if (!indicator) return undefined;
    const cell = a * width + k;
    const row = yearCells(year)[cell]! - 1;
    if (row < 0) return undefined;
    let made = evaluations.get(year);
    if (!made) evaluations.set(year, (made = new Array<Evaluation | undefined>(c.areaIds.length * width).fill(undefined)));
    let evaluation = made[cell];
    if (!evaluation) made[cell] = evaluation = view ? evaluatePeriod(row, a, year, k, indicator) : evaluateObservation(table.row(row), indicator, thresholds);
    return evaluation;
  };

  /** Positions of the rows that match every field given, in the dataset's order; null when a field names nothing in the data, 'all' without a field. */
  const positionsFor = ({ area, year, indicator }: ObservationFilter): ArrayLike<number> | null | 'all' => {
    const areaKeep = area === undefined ? null : areaCode.get(area);
    const indicatorKeep = indicator === undefined ? null : indicatorCode.get(indicator);
    if (areaKeep === undefined || indicatorKeep === undefined) return null;
    const keepYear = year === undefined ? null : (i: number) => c.year[i] === year;
    const keepIndicator = indicatorKeep === null ? null : (i: number) => c.indicator[i] === indicatorKeep;
    const both = (f: ((i: number) => boolean) | null, g: ((i: number) => boolean) | null) => (f && g ? (i: number) => f(i) && g(i) : (f ?? g));
    if (area !== undefined) return select(areaRows(area), both(keepYear, keepIndicator));
    if (year !== undefined) return select(yearRows(year), keepIndicator);
    if (indicator !== undefined) return indicatorRows(indicator);
    return allYearRows();
  };

  return {
    dataset: { areas: catalogAreas, indicators: catalogIndicators, ...catalogExtrasOf(tab) },
    table,
    area: (id) => areas.get(id),
    indicator: (id) => indicators.get(id),
    observationCount: n,
    fullDataset: () => (full ??= { areas: catalogAreas, indicators: catalogIndicators, observations: table.toObservations(), ...catalogExtrasOf(tab) }),
    years,
    resultYears,
    periodYears,
    periodPositions(year) {
      if (!slots || year < minYear || year > maxYear || !Number.isInteger(year)) return new Uint32Array(0);
      if (!byPeriodYear) {
        const codes = yearCodes();
        for (let i = 0; i < n; i++) if (slots[i] === 0) codes[i] = yearSpan;
        byPeriodYear = new Grouping(codes, n, yearSpan + 1);
      }
      return byPeriodYear.positionsOf(year - minYear);
    },
    unitsOf,
    unitLevel: (parentId, year) => unitsOf(parentId, year)[0]?.level ?? null,
    province,
    evaluation(area, year, indicatorId) {
      const a = areaCode.get(area);
      const k = indicatorCode.get(indicatorId);
      if (a === undefined || k === undefined || !years.includes(year)) return undefined;
      return evaluationAt(a, year, k);
    },
    positionOf(area, year, indicatorId) {
      const a = areaCode.get(area);
      const k = indicatorCode.get(indicatorId);
      if (a === undefined || k === undefined || !years.includes(year) || !indicators.has(indicatorId)) return -1;
      return yearCells(year)[a * width + k]! - 1;
    },
    indicatorsWithData(areaIds, year) {
      const present = new Uint8Array(width);
      if (year === undefined) {
        for (const id of areaIds) for (const i of areaRows(id)) present[c.indicator[i]!] = 1;
      } else if (years.includes(year)) {
        // The year's grid: areas × indicators reads, no pass over the year's rows.
        const grid = yearCells(year);
        for (const id of areaIds) {
          const a = areaCode.get(id);
          if (a !== undefined) for (let k = 0; k < width; k++) if (grid[a * width + k]) present[k] = 1;
        }
      }
      return catalogIndicators.filter((i) => {
        const k = indicatorCode.get(i.id);
        return k !== undefined && present[k] === 1;
      });
    },
    prepareYear(year) {
      if (years.includes(year)) yearCells(year);
    },
    observationsFor(filter) {
      const positions = positionsFor(filter);
      if (positions === null) return [];
      return positions === 'all' ? table.toObservations() : table.rows(positions);
    },
    positionsFor(filter) {
      const positions = positionsFor(filter);
      if (positions === null) return new Uint32Array(0);
      if (positions === 'all') {
        const all = new Uint32Array(n);
        for (let i = 0; i < n; i++) all[i] = i;
        return all;
      }
      return positions instanceof Uint32Array ? positions : Uint32Array.from(positions);
    },
    evaluationsFor(filter) {
      const positions = positionsFor(filter);
      if (positions === null) return [];
      const out: Evaluation[] = [];
      const each = (i: number) => {
        const evaluation = evaluationAt(c.area[i]!, c.year[i]!, c.indicator[i]!);
        if (evaluation) out.push(evaluation);
      };
      if (positions === 'all') for (let i = 0; i < n; i++) each(i);
      else for (let k = 0; k < positions.length; k++) each(positions[k]!);
      return out;
    },
  };
}

/** The year to open on: the latest with results, else the latest with any figure. */
export function defaultYear(index: DatasetIndex): number | undefined {
  return index.resultYears.at(-1) ?? index.years.at(-1);
}
