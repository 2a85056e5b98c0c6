import { proxy, wrap } from 'comlink';
import type { DatasetIndex } from '../domain/dataset-index';
import type { UploadAnalysis, UploadOptions } from '../domain/upload/analyze-upload';
import type { UploadWorkerApi } from '../workers/upload.worker';

export interface AnalysisJob {
  result: Promise<UploadAnalysis>;
  cancel: () => void;
}

/** Starts the analysis of a file in its own worker; cancel() ends it at once. */
export function startAnalysis(bytes: Uint8Array, index: DatasetIndex, options: UploadOptions, onProgress: (done: number, total: number) => void): AnalysisJob {
  const worker = new Worker(new URL('../workers/upload.worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<UploadWorkerApi>(worker);
  let cancelled = false;
  const result = api
    // The stored figures go as columns (a copy of a few typed arrays), not as a million objects.
    .analyzeUpload(bytes, { areas: index.dataset.areas, indicators: index.dataset.indicators, history: index.table.columns }, options, proxy(onProgress))
    .finally(() => worker.terminate());
  return {
    result: result.then((r) => {
      if (cancelled) throw new DOMException('Cancelled', 'AbortError');
      return r;
    }),
    cancel: () => {
      cancelled = true;
      worker.terminate();
    },
  };
}
