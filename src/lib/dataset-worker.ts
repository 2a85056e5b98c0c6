import { transfer, wrap } from 'comlink';
import { catalogExtrasOf, type DatasetCatalog, type TabularDataset } from '../domain/dataset-index';
import { ObservationTable, type ObservationColumns } from '../domain/observation-table';
import type { Manifest } from '../domain/publication/manifest';
import type { PublicationFiles } from '../domain/publication/open-publication';
import type { DatasetWorkerApi } from '../workers/dataset-api';

let worker: ReturnType<typeof wrap<DatasetWorkerApi>> | null = null;
const raw = () => (worker ??= wrap<DatasetWorkerApi>(new Worker(new URL('../workers/dataset.worker.ts', import.meta.url), { type: 'module' })));

const fromWire = ({ areas, indicators, columns, ...extras }: DatasetCatalog & { columns: ObservationColumns }): TabularDataset => ({ areas, indicators, ...catalogExtrasOf(extras), table: ObservationTable.fromDatasetWorker(columns) });

/** The one Web Worker that parses and verifies datasets for the page, started on first use. */
export const datasetWorker = () => {
  const api = raw();
  return {
    /** `handOver`: files the page no longer needs, moved to the worker rather than copied. */
    openPublication: async (manifest: Manifest, files: PublicationFiles, keep?: { dataUrl: string; savedAt: string }, handOver: Uint8Array[] = []) => {
      const opened = await api.openPublication(manifest, transfer(files, handOver.map((b) => b.buffer as ArrayBuffer)), keep);
      return opened.ok ? { ...opened, data: fromWire(opened.data) } : opened;
    },
    warmPartReaders: (bytes: number) => void api.warmPartReaders(bytes),
    parseDatasetFiles: async (...args: Parameters<DatasetWorkerApi['parseDatasetFiles']>) => {
      const parsed = await api.parseDatasetFiles(...args);
      return parsed.ok ? { ...parsed, data: fromWire(parsed.data) } : parsed;
    },
  };
};
