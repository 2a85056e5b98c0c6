import type { Award } from '../awards';
import { isError, type ParseIssue } from '../issues';
import type { MainTarget } from '../main-targets';
import type { Area, Indicator } from '../model';
import { parseAwardsCsv } from '../catalog/parse-awards';
import { parseMainTargetsCsv } from '../catalog/parse-main-targets';
import { foldText } from '../text/text-key';

/**
 * An awards.csv or main-targets.csv uploaded on /upload: what it adds to and changes in the
 * dataset's awards or lists of main targets, and what a commit would write. A file's list of main
 * targets for a unit and year replaces the dataset's list for them (a list is one document's);
 * an award replaces the one of the same unit, year and kind. Nothing else is touched.
 */
export type CatalogExtraKind = 'awards' | 'main-targets';

export interface CatalogExtraUpload {
  kind: CatalogExtraKind;
  /** The file's rows read without error. */
  validRows: number;
  /** Counted in lists (main targets: one per unit and year) or in awards. */
  added: number;
  changed: number;
  unchanged: number;
  /** The keys ("area|year" or "area|year|kind") added or changed, for the preview. */
  keys: string[];
  /** What a commit writes: the dataset's rows with the file's merged in; empty when the file has an error. */
  awards?: Award[];
  mainTargets?: MainTarget[];
}

/** The header's own columns say which file it is: an award and a status, or an indicator and a scope. */
export function catalogExtraKind(header: readonly string[]): CatalogExtraKind | null {
  const words = new Set(header.map(foldText));
  const has = (...names: string[]) => names.some((n) => words.has(n));
  if (has('award', 'hinh thuc khen thuong', 'danh hieu', 'khen thuong') && has('status', 'trang thai')) return 'awards';
  if (has('indicator', 'chi tieu', 'chi tieu chu yeu') && has('scope', 'pham vi', 'danh muc')) return 'main-targets';
  return null;
}

interface Current {
  areas: readonly Area[];
  indicators: readonly Indicator[];
  awards?: readonly Award[] | undefined;
  mainTargets?: readonly MainTarget[] | undefined;
}

/** Rows grouped by key, each group as one comparable text. */
function groups<T>(rows: readonly T[], key: (row: T) => string): Map<string, string> {
  const out = new Map<string, string[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), JSON.stringify(row)]);
  return new Map([...out].map(([k, v]) => [k, v.join('\n')]));
}

function merge<T>(kind: CatalogExtraKind, before: readonly T[], file: readonly T[], key: (row: T) => string): Omit<CatalogExtraUpload, 'awards' | 'mainTargets'> & { result: T[] } {
  const old = groups(before, key);
  const now = groups(file, key);
  const keys = [...now.keys()].filter((k) => old.get(k) !== now.get(k));
  const added = keys.filter((k) => !old.has(k)).length;
  return { kind, validRows: file.length, added, changed: keys.length - added, unchanged: now.size - keys.length, keys, result: [...before.filter((row) => !now.has(key(row))), ...file] };
}

export function analyzeCatalogExtra(kind: CatalogExtraKind, text: string, current: Current): { issues: ParseIssue[]; upload: CatalogExtraUpload } {
  if (kind === 'awards') {
    const read = parseAwardsCsv(text, current.areas);
    const issues = read.ok ? read.warnings : read.issues;
    const { result, ...counts } = merge(kind, current.awards ?? [], read.ok ? read.data : [], (a) => `${a.area}|${a.year}|${a.kind}`);
    return { issues, upload: { ...counts, ...(issues.some(isError) ? {} : { awards: result }) } };
  }
  const read = parseMainTargetsCsv(text, current.areas, current.indicators);
  const issues = read.ok ? read.warnings : read.issues;
  const { result, ...counts } = merge(kind, current.mainTargets ?? [], read.ok ? read.data : [], (t) => `${t.area}|${t.year}`);
  return { issues, upload: { ...counts, ...(issues.some(isError) ? {} : { mainTargets: result }) } };
}
