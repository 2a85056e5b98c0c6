import type { CanonicalRead } from '../observations/canonical-observations';
import type { TabularDataset } from './dataset-index';
import type { Award } from '../awards';
import type { ParseIssue, ParseResult } from '../issues';
import type { MainTarget } from '../main-targets';
import type { Area, Indicator } from '../model';
import { parseAwardsCsv } from '../catalog/parse-awards';
import { parseAreasCsv, parseIndicatorsCsv } from '../catalog/parse-catalog';
import { parseMainTargetsCsv } from '../catalog/parse-main-targets';

// What a clean publication needs besides its observations' fast reading: the catalog and the optional
// files, read. The general reader (dataset-io.ts), which names every issue of any file, is loaded only
// when a file is not clean.

export interface DatasetFiles {
  areas: string;
  indicators: string;
  observations: string;
  /** awards.csv, when the folder or upload has one (optional: a folder without it loads as before). */
  awards?: string | undefined;
  /** main-targets.csv, when the folder or upload has one (optional, like awards.csv). */
  mainTargets?: string | undefined;
}

type Extras = { awards?: Award[]; mainTargets?: MainTarget[] };

/**
 * A catalog file's issues named with the file ("areas.csv: id"), how the data folder's check tells their
 * file: one without a column (a whole-file one, a row that is not one) too, or it would be taken for observations.csv's.
 */
export const inFile = (file: string, issues: readonly ParseIssue[]): ParseIssue[] => issues.map((i) => ({ ...i, column: `${file}: ${i.column ?? ''}` }));

/** An optional file's result, its issues named with the file. */
function named<T>(file: string, read: ParseResult<T>, put: (data: T) => Extras): { extras: Extras; issues: ParseIssue[]; ok: boolean } {
  return read.ok ? { extras: put(read.data), issues: inFile(file, read.warnings), ok: true } : { extras: {}, issues: inFile(file, read.issues), ok: false };
}

/** The optional catalog files (awards.csv, main-targets.csv) read against the catalog; a file not given adds nothing. */
export function readExtras(files: Omit<DatasetFiles, 'observations'>, areas: Area[], indicators: Indicator[]): { extras: Extras; issues: ParseIssue[]; ok: boolean } {
  const parts = [
    ...(files.awards === undefined ? [] : [named('awards.csv', parseAwardsCsv(files.awards, areas), (awards) => ({ awards }))]),
    ...(files.mainTargets === undefined ? [] : [named('main-targets.csv', parseMainTargetsCsv(files.mainTargets, areas, indicators), (mainTargets) => ({ mainTargets }))]),
  ];
  return { extras: Object.assign({}, ...parts.map((p) => p.extras)) as Extras, issues: parts.flatMap((p) => p.issues), ok: parts.every((p) => p.ok) };
}

export type CatalogRead = { areas: Extract<ParseResult<Area[]>, { ok: true }>; indicators: Extract<ParseResult<Indicator[]>, { ok: true }> };

/** areas.csv and indicators.csv, when both read: what the fast reading of observations checks against. */
export function readCatalogFiles(files: Pick<DatasetFiles, 'areas' | 'indicators'>): CatalogRead | null {
  const areas = parseAreasCsv(files.areas);
  const indicators = parseIndicatorsCsv(files.indicators);
  return areas.ok && indicators.ok ? { areas, indicators } : null;
}

/**
 * The dataset from observations read fast (here, or in parts elsewhere) and the optional files; null
 * when the fast reading did not take the file or an optional file has an issue: then the general
 * reading (parseDatasetFilesTabular) reads everything and names every issue.
 */
export function withCanonical(files: Omit<DatasetFiles, 'observations'>, { areas, indicators }: CatalogRead, fast: CanonicalRead): Extract<ParseResult<TabularDataset & { observationRows: number }>, { ok: true }> | null {
  if (!fast.ok) return null;
  const extras = readExtras(files, areas.data, indicators.data);
  if (!extras.ok) return null;
  return { ok: true, data: { areas: areas.data, indicators: indicators.data, ...extras.extras, table: fast.table, observationRows: fast.rows }, warnings: [...areas.warnings, ...indicators.warnings, ...extras.issues] };
}
