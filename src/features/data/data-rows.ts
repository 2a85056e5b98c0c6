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
  // Evaluations straight from the columns: each row becomes an object once (14,000 for a national year).
  const rows: DataRow[] = [];
  for (const evaluation of index.evaluationsFor(filter)) {
    const area = index.area(evaluation.observation.area);
    const indicator = index.indicator(evaluation.observation.indicator);
    if (area && indicator) rows.push({ area, indicator, evaluation });
  }
  return rows;
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
