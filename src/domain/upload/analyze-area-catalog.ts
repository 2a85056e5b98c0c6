import type { Area, Observation } from '../model';
import { readAreasCsv } from '../catalog/parse-catalog';
import { areaColumnForHeader } from '../catalog/area-catalog-columns';
import { isError, type ParseIssue } from '../issues';
import { diffAreaCatalog, type AreaChange, type CatalogMode } from './area-catalog-diff';

/** What an areas catalog file would do, for the page: the diff and the catalog a commit would write. */
export interface AreaCatalogUpload {
  mode: CatalogMode;
  added: Area[];
  changed: AreaChange[];
  unchanged: number;
  removed: Area[];
  /** Rows of the file without any error. */
  validRows: number;
  /** The whole catalog after a commit; empty when the file has errors (nothing may be committed). */
  result: Area[];
}

/**
 * An areas file read against the current catalog: every row parsed like data/areas.csv (Vietnamese
 * headers and dd/mm/yyyy dates accepted), then diffed. Any error commits nothing: rows of a catalog
 * refer to each other, so a part of it is not a catalog.
 */
export function analyzeAreaCatalog(text: string, header: readonly string[], rowCount: number, current: readonly Area[], observations: readonly Observation[], mode: CatalogMode): { catalog: AreaCatalogUpload; issues: ParseIssue[] } {
  // Merging adds to the current catalog, whose ids a row may name; a replacement stands alone.
  const file = readAreasCsv(text, mode === 'merge' ? current : []);
  const columnOf = (field: string) => header.find((h) => areaColumnForHeader(h) === field) ?? field;
  const diff = diffAreaCatalog(current, file.areas, observations, mode, columnOf);
  const issues = [...file.issues, ...diff.issues];
  const ok = !issues.some(isError);
  return {
    catalog: { mode, added: diff.added, changed: diff.changed, unchanged: diff.unchanged.length, removed: diff.removed, validRows: rowCount - new Set(issues.filter(isError).flatMap((i) => (i.row === null ? [] : [i.row]))).size, result: ok ? diff.result : [] },
    issues,
  };
}
