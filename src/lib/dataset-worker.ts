import { wrap } from 'comlink';
import type { DatasetWorkerApi } from '../workers/dataset.worker';

let worker: ReturnType<typeof wrap<DatasetWorkerApi>> | null = null;

/** The one Web Worker that parses and verifies datasets for the page, started on first use. */
export const datasetWorker = () => (worker ??= wrap<DatasetWorkerApi>(new Worker(new URL('../workers/dataset.worker.ts', import.meta.url), { type: 'module' })));
