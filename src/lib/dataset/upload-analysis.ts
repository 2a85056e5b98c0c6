import { proxy, wrap } from 'comlink';
import { catalogExtrasOf, type DatasetIndex, type TabularDataset } from '../../domain/dataset/dataset-index';
import { ObservationTable } from '../../domain/observations/observation-table';
import type { AnalysisReport, UploadOptions, UploadStage } from '../../domain/upload/analyze-upload';
import type { MergeMode } from '../../domain/upload/diff';
import type { UploadFile } from '../../domain/upload/analyze-parts';
import type { UploadWorkerApi } from '../../workers/upload.worker';

export interface AnalysisJob {
  result: Promise<AnalysisReport>;
  /** The stored dataset with the file's rows merged in (the catalog gains what the file or the analyst defined). */
  merged: (mode: MergeMode) => Promise<TabularDataset>;
  cancel: () => void;
}

/**
 * Starts the analysis of a file in its own worker; cancel() ends it at once. The worker lives on
 * after the analysis, holding the valid rows, until the job is cancelled or replaced.
 */
export function startAnalysis(files: readonly UploadFile[], index: DatasetIndex, options: UploadOptions, onProgress: (done: number, total: number) => void, onStage: (stage: UploadStage) => void): AnalysisJob {
  const worker = new Worker(new URL('../../workers/upload.worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<UploadWorkerApi>(worker);
  let cancelled = false;
  // The stored figures go as columns (a copy of a few typed arrays), not as a million objects.
  const result = api.analyze(files, { areas: index.dataset.areas, indicators: index.dataset.indicators, ...catalogExtrasOf(index.dataset), history: index.table.columns }, options, proxy(onProgress), proxy(onStage));
  result.catch(() => worker.terminate());
  return {
    result: result.then((r) => {
      if (cancelled) throw new DOMException('Cancelled', 'AbortError');
      return r;
    }),
    merged: async (mode) => {
      const report = await result;
      const columns = await api.merged(mode);
      return {
        areas: [...index.dataset.areas, ...(report.newAreas ?? [])],
        indicators: [...index.dataset.indicators, ...(report.newIndicators ?? [])],
        // An observations file leaves the awards (awards.csv) and the main-target lists (main-targets.csv) as they were.
        ...catalogExtrasOf(index.dataset),
        table: ObservationTable.fromColumns(columns),
      };
    },
    cancel: () => {
      cancelled = true;
      worker.terminate();
    },
  };
}
