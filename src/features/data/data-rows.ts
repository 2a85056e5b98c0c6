import type { DatasetIndex, ObservationFilter } from '../../domain/dataset/dataset-index';
import type { Evaluation } from '../../domain/evaluation/evaluate';
import type { Area, Indicator, Observation } from '../../domain/model';
import { STATUSES } from '../../domain/evaluation/status';

export interface DataRow {
  area: Area;
  indicator: Indicator;
  evaluation: Evaluation;
}

export const SORT_KEYS = ['area', 'year', 'indicator', 'plan', 'actual', 'percent', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * The table's rows, filtered and sorted, as positions in the index's columns: a row becomes an
 * object only when it is drawn (165,000 rows for a year of 3,300 communes, 1.65 million for all years).
 */
export interface DataRows {
  count: number;
  /** The row at place k of the sorted table. */
  rowAt(k: number): DataRow | undefined;
  /** A key for place k that stays with its observation whatever the sort. */
  keyAt(k: number): string;
  /** Every row's observation, in the table's order: for the export, on its click. */
  observations(): Observation[];
}

/** Positions that pass the filter and whose area and indicator are in the catalog, in the dataset's order (a fresh array). */
function shownPositions(index: DatasetIndex, filter: ObservationFilter): Uint32Array {
  const c = index.table.columns;
  const areaKnown = Uint8Array.from(c.areaIds, (id) => (index.area(id) ? 1 : 0));
  const indicatorKnown = Uint8Array.from(c.indicatorIds, (id) => (index.indicator(id) ? 1 : 0));
  const positions = index.positionsFor(filter);
  const out = new Uint32Array(positions.length);
  let size = 0;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k]!;
    if (areaKnown[c.area[i]!] && indicatorKnown[c.indicator[i]!]) out[size++] = i;
  }
  return out.subarray(0, size);
}

/** Ranks of names in the language's order (equal names, equal ranks): sorting by rank is sorting by name, each name compared once. */
function nameRanks(names: readonly string[], language: 'vi' | 'en'): Uint32Array {
  const compare = new Intl.Collator(language).compare;
  const order = names.map((_, code) => code).sort((a, b) => compare(names[a]!, names[b]!));
  const ranks = new Uint32Array(names.length);
  let rank = 0;
  order.forEach((code, k) => {
    if (k > 0 && compare(names[order[k - 1]!]!, names[code]!) !== 0) rank++;
    ranks[code] = rank;
  });
  return ranks;
}

/** A stable counting sort of positions by a small integer key: ties keep the dataset's order, as Array.prototype.sort does. */
function sortByCode(positions: Uint32Array, code: (i: number) => number, size: number, direction: 'asc' | 'desc'): Uint32Array {
  const bucket = (i: number) => (direction === 'asc' ? code(i) : size - 1 - code(i));
  const starts = new Uint32Array(size + 1);
  for (let k = 0; k < positions.length; k++) starts[bucket(positions[k]!) + 1]!++;
  for (let b = 1; b <= size; b++) starts[b]! += starts[b - 1]!;
  const out = new Uint32Array(positions.length);
  for (let k = 0; k < positions.length; k++) out[starts[bucket(positions[k]!)]!++] = positions[k]!;
  return out;
}

/** A sort by a figure (NaN = none): rows without one always go last, whichever the direction; ties keep the dataset's order. */
function sortByFigure(positions: Uint32Array, figure: (i: number) => number, direction: 'asc' | 'desc'): Uint32Array {
  const values = Float64Array.from(positions, figure);
  const sign = direction === 'asc' ? 1 : -1;
  const places = Uint32Array.from(positions, (_, k) => k).sort((a, b) => {
    const x = values[a]!;
    const y = values[b]!;
    const xNone = Number.isNaN(x);
    const yNone = Number.isNaN(y);
    if (xNone || yNone) return xNone === yNone ? a - b : xNone ? 1 : -1;
    return sign * (x - y) || a - b;
  });
  return places.map((k) => positions[k]!);
}

export function dataRows(index: DatasetIndex, filter: ObservationFilter, key: SortKey, direction: 'asc' | 'desc', language: 'vi' | 'en'): DataRows {
  const c = index.table.columns;
  const evaluationOf = (i: number) => index.evaluation(c.areaIds[c.area[i]!]!, c.year[i]!, c.indicatorIds[c.indicator[i]!]!);
  const positions = shownPositions(index, filter);
  const order = ((): Uint32Array => {
    switch (key) {
      case 'year': {
        let min = Infinity;
        let max = -Infinity;
        for (const i of positions) {
          min = Math.min(min, c.year[i]!);
          max = Math.max(max, c.year[i]!);
        }
        return positions.length === 0 ? positions : sortByCode(positions, (i) => c.year[i]! - min, max - min + 1, direction);
      }
      case 'area': {
        const ranks = nameRanks(c.areaIds.map((id) => index.area(id)?.name ?? ''), language);
        return sortByCode(positions, (i) => ranks[c.area[i]!]!, c.areaIds.length, direction);
      }
      case 'indicator': {
        const ranks = nameRanks(c.indicatorIds.map((id) => { const i = index.indicator(id); return (language === 'vi' ? i?.nameVi : i?.nameEn) ?? ''; }), language);
        return sortByCode(positions, (i) => ranks[c.indicator[i]!]!, c.indicatorIds.length, direction);
      }
      case 'plan': return sortByFigure(positions, (i) => { const p = evaluationOf(i)?.plan; return p?.kind === 'value' ? p.value : NaN; }, direction);
      case 'actual': return sortByFigure(positions, (i) => evaluationOf(i)?.actual ?? NaN, direction);
      case 'percent': return sortByFigure(positions, (i) => { const p = evaluationOf(i)?.percent; return p?.kind === 'value' ? p.value : NaN; }, direction);
      case 'status': return sortByFigure(positions, (i) => { const e = evaluationOf(i); return e ? STATUSES.indexOf(e.status) : NaN; }, direction);
    }
  })();
  const rowAt = (k: number): DataRow | undefined => {
    const i = order[k];
    if (i === undefined) return undefined;
    const area = index.area(c.areaIds[c.area[i]!]!);
    const indicator = index.indicator(c.indicatorIds[c.indicator[i]!]!);
    const evaluation = evaluationOf(i);
    return area && indicator && evaluation ? { area, indicator, evaluation } : undefined;
  };
  return {
    count: order.length,
    rowAt,
    keyAt: (k) => String(order[k]),
    observations: () => Array.from(order, (_, k) => rowAt(k)?.evaluation.observation).filter((o): o is Observation => o !== undefined),
  };
}
