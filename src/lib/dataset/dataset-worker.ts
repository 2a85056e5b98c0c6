import { transfer, wrap } from 'comlink';
import { catalogExtrasOf, type DatasetCatalog, type TabularDataset } from '../../domain/dataset/dataset-index';
import { ObservationTable, type ObservationColumns } from '../../domain/observations/observation-table';
import type { Manifest } from '../../domain/publication/manifest';
import type { PublicationFiles } from '../../domain/publication/open-publication';
import type { DatasetWorkerApi } from '../../workers/dataset-api';
import type { readAheadApi } from '../../workers/read-ahead';
import { PARALLEL_FROM_BYTES } from '../../workers/part-sizes';
import type { ObservationsTap } from '../publication/check-latest';

let worker: ReturnType<typeof wrap<DatasetWorkerApi>> | null = null;
const raw = () => (worker ??= wrap<DatasetWorkerApi>(new Worker(new URL('../../workers/dataset.worker.ts', import.meta.url), { type: 'module' })));

const fromWire = ({ areas, indicators, columns, ...extras }: DatasetCatalog & { columns: ObservationColumns }): TabularDataset => ({ areas, indicators, ...catalogExtrasOf(extras), table: ObservationTable.fromDatasetWorker(columns) });

/** Chunks are sent to the worker a mebibyte or so at a time. */
const BATCH_BYTES = 2 ** 20;
let readAheads = 0;

/** An observations.csv read in the dataset worker while it downloads (workers/read-ahead.ts): see ObservationsTap. */
export interface PageReadAhead extends ObservationsTap {
  readonly id: number;
  /** Whether the file is read ahead (a large one only). */
  readonly begun: boolean;
  /** Nothing read ahead is wanted any more (a no-op once the files were opened with it). */
  cancel(): void;
}

/** Moved to the worker, not copied, when the bytes are a whole buffer of their own. */
const own = (bytes: Uint8Array) => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice());

/** What a read ahead asks of the dataset worker (workers/read-ahead.ts readAheadApi, through comlink). */
export type ReadAheadRemote = { [K in keyof typeof readAheadApi]: (...args: Parameters<(typeof readAheadApi)[K]>) => unknown };

export function readAhead(api: ReadAheadRemote): PageReadAhead {
  const id = ++readAheads;
  let wanted = false;
  let begun = false;
  let batch: Uint8Array[] = [];
  let batchBytes = 0;
  let received = 0;
  // A catalog file that came before the reading began waits for it.
  const catalog: [name: 'areas.csv' | 'indicators.csv', bytes: Uint8Array][] = [];
  const sendCatalog = (name: 'areas.csv' | 'indicators.csv', bytes: Uint8Array) => void api.readAheadCatalog(id, name, transfer(bytes, [bytes.buffer as ArrayBuffer]));
  const flush = () => {
    if (batch.length === 0) return;
    const chunks = batch;
    batch = [];
    batchBytes = 0;
    void api.readAheadPush(id, transfer(chunks, chunks.map((c) => c.buffer as ArrayBuffer)));
  };
  const start = (bytes: number) => {
    begun = true;
    void api.readAheadStart(id, bytes);
    for (const [name, bytes] of catalog.splice(0)) sendCatalog(name, bytes);
  };
  return {
    id,
    get begun() {
      return begun;
    },
    // A length not declared (a compressed answer): the reading begins once a large file's worth has come.
    begin(bytes) {
      if (wanted || (bytes !== null && bytes < PARALLEL_FROM_BYTES)) return false;
      wanted = true;
      if (bytes !== null) start(bytes);
      return true;
    },
    chunk(bytes) {
      batch.push(own(bytes));
      batchBytes += bytes.byteLength;
      received += bytes.byteLength;
      if (!begun && received >= PARALLEL_FROM_BYTES) start(received);
      if (begun && batchBytes >= BATCH_BYTES) flush();
    },
    end() {
      if (begun) flush();
      else batch = [];
    },
    catalog(name, bytes) {
      // A copy: the file's own bytes go to the worker with the others, to be checked.
      if (begun) sendCatalog(name, bytes.slice());
      else catalog.push([name, bytes.slice()]);
    },
    cancel() {
      batch = [];
      catalog.length = 0;
      if (begun) void api.readAheadCancel(id);
    },
  };
}

/** The one Web Worker that parses and verifies datasets for the page, started on first use. */
export const datasetWorker = () => {
  const api = raw();
  return {
    /** `handOver`: files the page no longer needs, moved to the worker rather than copied. */
    openPublication: async (manifest: Manifest, files: PublicationFiles, keep?: { dataUrl: string; savedAt: string }, handOver: Uint8Array[] = [], readAhead?: PageReadAhead) => {
      const opened = await api.openPublication(manifest, transfer(files, handOver.map((b) => b.buffer as ArrayBuffer)), keep, readAhead?.begun ? readAhead.id : undefined);
      return opened.ok ? { ...opened, data: fromWire(opened.data) } : opened;
    },
    readAhead: () => readAhead(api),
    keepOutcome: (version: string) => api.keepOutcome(version),
    parseDatasetFiles: async (...args: Parameters<DatasetWorkerApi['parseDatasetFiles']>) => {
      const parsed = await api.parseDatasetFiles(...args);
      return parsed.ok ? { ...parsed, data: fromWire(parsed.data) } : parsed;
    },
  };
};
