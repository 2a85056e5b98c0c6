/// <reference lib="webworker" />
// The upload's analysis runs here: a 100 MB file never freezes the page, and Cancel terminates the worker.
import { expose } from 'comlink';
import type { Area, Indicator } from '../domain/model';
import { ObservationTable, type ObservationColumns } from '../domain/observation-table';
import { analyzeUpload, type UploadOptions } from '../domain/upload/analyze-upload';
import type { ValidationProgress } from '../domain/validate-observations';
import { parseDatasetJson } from '../domain/dataset-io';

/** The page sends the stored figures as columns; the analysis reads them as observations. */
const api = {
  analyzeUpload: (bytes: Uint8Array, catalog: { areas: Area[]; indicators: Indicator[]; history: ObservationColumns }, options: UploadOptions, onProgress?: ValidationProgress) =>
    analyzeUpload(bytes, { areas: catalog.areas, indicators: catalog.indicators, history: ObservationTable.fromColumns(catalog.history).toObservations() }, options, onProgress),
  parseDatasetJson,
};
export type UploadWorkerApi = typeof api;
expose(api);
