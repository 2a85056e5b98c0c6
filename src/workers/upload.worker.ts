/// <reference lib="webworker" />
// The upload's analysis runs here: a 100 MB file never freezes the page, and Cancel terminates the worker.
// The valid rows stay here: the page gets the report and the dry run, and, on commit, the merged
// dataset's columns (transferred, not copied).
import { expose, transfer } from 'comlink';
import type { Award } from '../domain/awards';
import type { MainTarget } from '../domain/main-targets';
import type { Area, Indicator, Observation } from '../domain/model';
import { catalogExtrasOf } from '../domain/dataset-index';
import { ObservationTable, type ObservationColumns } from '../domain/observation-table';
import { analyzeUploadTable, type AnalysisReport, type UploadOptions, type UploadStage } from '../domain/upload/analyze-upload';
import { diffObservations, summarizeDiff, type MergeMode } from '../domain/upload/diff';
import type { ValidationProgress } from '../domain/validate-observations';

/** Rows of each dry run listed on the page. */
const SHOWN_CHANGES = 200;

let kept: { history: Observation[]; incoming: Observation[] } | null = null;

const api = {
  analyze(bytes: Uint8Array, catalog: { areas: Area[]; indicators: Indicator[]; awards?: Award[]; mainTargets?: MainTarget[]; history: ObservationColumns }, options: UploadOptions, onProgress?: ValidationProgress, onStage?: (stage: UploadStage) => void): AnalysisReport {
    const history = ObservationTable.fromColumns(catalog.history).toObservations();
    const { table, ...report } = analyzeUploadTable(bytes, { areas: catalog.areas, indicators: catalog.indicators, ...catalogExtrasOf(catalog), history }, options, onProgress, onStage);
    const observations = table.toObservations();
    kept = { history, incoming: observations };
    let latestYear: number | null = null;
    for (const o of observations) if (latestYear === null || o.year > latestYear) latestYear = o.year;
    const diffs = {
      merge: summarizeDiff(diffObservations(history, observations, 'merge'), SHOWN_CHANGES),
      'replace-years': summarizeDiff(diffObservations(history, observations, 'replace-years'), SHOWN_CHANGES),
    };
    return { ...report, validRows: observations.length, latestYear, diffs };
  },
  /** The stored observations with the file's merged in, as columns. */
  merged(mode: MergeMode) {
    if (!kept) throw new Error('no analysis to merge');
    const table = ObservationTable.from(diffObservations(kept.history, kept.incoming, mode).result);
    return transfer(table.columns, table.transferables());
  },
};
export type UploadWorkerApi = typeof api;
expose(api);
