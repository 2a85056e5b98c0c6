import type { Award } from '../awards';
import type { MainTarget } from '../main-targets';
import type { Area, Indicator } from '../model';
import type { ObservationTable } from '../observations/observation-table';
import type { ValidationProgress } from '../validation/validate-observations';
import type { AnalysisReport, UploadOptions, UploadStage } from './analyze-upload';
import { analyzeParts, type UploadPart } from './analyze-parts';
import { DryRun } from './dry-run';

/** Rows of each dry run listed on the page. */
export const SHOWN_CHANGES = 200;

export interface UploadCatalog {
  areas: readonly Area[];
  indicators: readonly Indicator[];
  /** The dataset's awards and lists of main targets (an awards.csv or main-targets.csv upload merges into them). */
  awards?: readonly Award[];
  mainTargets?: readonly MainTarget[];
  /** The stored observations. */
  history: ObservationTable;
}

/**
 * What the upload's worker does with a file (or several): the analysis, then the dry run of both merge modes, computed
 * once on columns. The report goes to the page; the dry run stays with the worker for the commit.
 */
export function analyzeWithDryRun(input: Uint8Array | readonly UploadPart[], catalog: UploadCatalog, options: UploadOptions, onProgress?: ValidationProgress, onStage?: (stage: UploadStage) => void): { report: AnalysisReport; dryRun: DryRun } {
  const { history, ...rest } = catalog;
  const parts = input instanceof Uint8Array ? [{ kind: 'text' as const, file: '', bytes: input }] : input;
  const { table, ...analysis } = analyzeParts(parts, { ...rest, history: history.toObservations() }, options, onProgress, onStage);
  const dryRun = new DryRun(catalog.history, table);
  let latestYear: number | null = null;
  const years = table.columns.year;
  for (let i = 0; i < years.length; i++) if (latestYear === null || years[i]! > latestYear) latestYear = years[i]!;
  const diffs = { merge: dryRun.summary('merge', SHOWN_CHANGES), 'replace-years': dryRun.summary('replace-years', SHOWN_CHANGES) };
  return { report: { ...analysis, validRows: table.length, latestYear, diffs }, dryRun };
}
