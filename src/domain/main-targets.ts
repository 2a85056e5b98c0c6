import type { Localized } from './issues';

/**
 * Which indicators are a unit's main targets (chỉ tiêu chủ yếu) for a year: catalog data, as the
 * year's plan resolution or directive lists them, one row per listed indicator (main-targets.csv).
 * A source may name only some of them ("một số chỉ tiêu chủ yếu", seed 001): the list then says
 * it is partial, and the report says so instead of presenting it as the whole list.
 */
export const MAIN_LIST_SCOPES = ['complete', 'partial'] as const;
export type MainListScope = (typeof MAIN_LIST_SCOPES)[number];

/** The columns of main-targets.csv, in order. */
export const MAIN_TARGET_COLUMNS = ['area', 'year', 'indicator', 'scope', 'source', 'note'] as const;

export interface MainTarget {
  area: string;
  year: number;
  indicator: string;
  /** Whether the source lists every main target of that area and year, or only some. */
  scope: MainListScope;
  /** The document that lists it; required: a list without a source is not data. */
  source: string;
  /** The source's own words, quoted. */
  note: string;
}

export const MAIN_LIST_SCOPE_LABELS: Record<MainListScope, Localized> = {
  complete: { vi: 'đầy đủ', en: 'complete' },
  partial: { vi: 'một số chỉ tiêu', en: 'some targets' },
};

/** A list of main targets for one area and year, as its source states it. */
export interface MainList {
  area: string;
  year: number;
  /** In the file's order. */
  indicators: readonly string[];
  scope: MainListScope;
  source: string;
}

/** The rows grouped into one list per area and year (the parser has made sure a list has one source and one scope). */
export function mainListsOf(rows: readonly MainTarget[] | undefined): MainList[] {
  const lists = new Map<string, MainList & { indicators: string[] }>();
  for (const row of rows ?? []) {
    const key = `${row.area}|${row.year}`;
    const list = lists.get(key) ?? { area: row.area, year: row.year, indicators: [], scope: row.scope, source: row.source };
    list.indicators.push(row.indicator);
    lists.set(key, list);
  }
  return [...lists.values()];
}
