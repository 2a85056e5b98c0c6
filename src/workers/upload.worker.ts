/// <reference lib="webworker" />
// The upload's analysis runs here: a 100 MB file never freezes the page, and Cancel terminates the worker.
// The valid rows stay here: the page gets the report and the dry run, and, on commit, the merged
// dataset's columns (transferred, not copied).
import { expose, transfer } from 'comlink';
import type { Award } from '../domain/awards';
import type { MainTarget } from '../domain/main-targets';
import type { Area, Indicator } from '../domain/model';
import { catalogExtrasOf } from '../domain/dataset/dataset-index';
import { ObservationTable, type ObservationColumns } from '../domain/observations/observation-table';
import type { AnalysisReport, UploadOptions, UploadStage } from '../domain/upload/analyze-upload';
import { analyzeWithDryRun } from '../domain/upload/analyze-with-dry-run';
import type { DryRun } from '../domain/upload/dry-run';
import type { MergeMode } from '../domain/upload/diff';
import type { ValidationProgress } from '../domain/validation/validate-observations';
import { listSheets, readWorkbook, type ReadOptions } from './workbook/read-workbook';
import type { UploadFile } from '../domain/upload/analyze-parts';
import { partOf } from './workbook/upload-part';

let kept: DryRun | null = null;


const api = {
  /** One file or several (the communes' workbooks dropped together); an office workbook is read here, its form on the page's choices. */
  async analyze(files: readonly UploadFile[], catalog: { areas: Area[]; indicators: Indicator[]; awards?: Award[]; mainTargets?: MainTarget[]; history: ObservationColumns }, options: UploadOptions, onProgress?: ValidationProgress, onStage?: (stage: UploadStage) => void): Promise<AnalysisReport> {
    const history = ObservationTable.fromColumns(catalog.history);
    const parts = await Promise.all(files.map((file) => partOf(file, options)));
    const { report, dryRun } = analyzeWithDryRun(parts, { areas: catalog.areas, indicators: catalog.indicators, ...catalogExtrasOf(catalog), history }, options, onProgress, onStage);
    kept = dryRun;
    return report;
  },
  /** The stored observations with the file's merged in, as columns. */
  merged(mode: MergeMode) {
    if (!kept) throw new Error('no analysis to merge');
    const table = kept.merged(mode);
    return transfer(table.columns, table.transferables());
  },
  /** An office workbook's sheets as grids (SheetJS loaded on this first call); a refusal is a result. */
  readWorkbook(bytes: Uint8Array, options: Omit<ReadOptions, 'limits'> = {}) {
    return readWorkbook(bytes, options);
  },
  /** The workbook's sheets for the picker: name, hidden, range and title, from their first rows only. */
  listSheets(bytes: Uint8Array, options: { fileName?: string } = {}) {
    return listSheets(bytes, options);
  },
};
export type UploadWorkerApi = typeof api;
expose(api);
