/// <reference lib="webworker" />
// Parsing runs here so a large file never freezes the page; the observations go back as columns whose
// buffers are transferred, not copied, so the page receives a million rows without a long task.
import { expose } from 'comlink';
import { datasetApi } from './dataset-api';

export type { DatasetWorkerApi } from './dataset-api';
expose(datasetApi);
