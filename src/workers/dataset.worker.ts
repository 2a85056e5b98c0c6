/// <reference lib="webworker" />
// Parsing runs here so a large file never freezes the page.
import { expose } from 'comlink';
import { parseDatasetFiles, parseDatasetJson } from '../domain/dataset-io';

const api = { parseDatasetFiles, parseDatasetJson };
export type DatasetWorkerApi = typeof api;
expose(api);
