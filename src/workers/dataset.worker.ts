/// <reference lib="webworker" />
// Parsing runs here so a large file never freezes the page.
import { expose } from 'comlink';
import { parseDatasetFiles, parseDatasetJson } from '../domain/dataset-io';
import { openPublication } from '../domain/publication/open-publication';

const api = { parseDatasetFiles, parseDatasetJson, openPublication };
export type DatasetWorkerApi = typeof api;
expose(api);
