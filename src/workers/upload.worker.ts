/// <reference lib="webworker" />
// The upload's analysis runs here: a 100 MB file never freezes the page, and Cancel terminates the worker.
import { expose } from 'comlink';
import { analyzeUpload } from '../domain/upload/analyze-upload';
import { parseDatasetJson } from '../domain/dataset-io';

const api = { analyzeUpload, parseDatasetJson };
export type UploadWorkerApi = typeof api;
expose(api);
