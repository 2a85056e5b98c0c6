import type { DatasetIndex } from '../../domain/dataset-index';
import type { Evaluation } from '../../domain/evaluate';
import type { Area, Indicator } from '../../domain/model';
import { STATUSES } from '../../domain/status';

export interface DataRow {
  area: Area;
  indicator: Indicator;
  evaluation: Evaluation;
}

export const SORT_KEYS = ['area', 'year', 'indicator', 'plan', 'actual', 'percent', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export function dataRows(index: DatasetIndex, filter: { year?: number; area?: string; indicator?: string }): DataRow[] {
  return index.observationsFor(filter).flatMap((o) => {
    const area = index.area(o.area);
    const indicator = index.indicator(o.indicator);
    const evaluation = index.evaluation(o.area, o.year, o.indicator);
    return area && indicator && evaluation ? [{ area, indicator, evaluation }] : [];
  });
}

const numberOr = (v: number | null | undefined) => v ?? null;
const sortValue = (row: DataRow, key: SortKey, language: 'vi' | 'en'): string | number | null => {
  const e = row.evaluation;
  switch (key) {
    case 'area': return row.area.name;
    case 'year': return e.observation.year;
    case 'indicator': return language === 'vi' ? row.indicator.nameVi : row.indicator.nameEn;
    case 'plan': return e.plan.kind === 'value' ? e.plan.value : null;
    case 'actual': return numberOr(e.actual);
    case 'percent': return e.percent.kind === 'value' ? e.percent.value : null;
    case 'status': return STATUSES.indexOf(e.status);
  }
};

/** Sorts by one column; rows without a value always go last, whichever the direction. */
export function sortRows(rows: DataRow[], key: SortKey, direction: 'asc' | 'desc', language: 'vi' | 'en'): DataRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key, language);
    const y = sortValue(b, key, language);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'string' && typeof y === 'string') return sign * x.localeCompare(y, language);
    return sign * (Number(x) - Number(y));
  });
}
