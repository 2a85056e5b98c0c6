// What the dataset worker does, apart from the worker itself (dataset.worker.ts exposes it), so a
// test can call it over a MessageChannel as the page does.
import { transfer } from 'comlink';
import type { DatasetFiles } from '../domain/dataset/catalog-read';
import { catalogExtrasOf, type TabularDataset } from '../domain/dataset/dataset-index';
import { openPublication } from '../domain/publication/open-publication';
import type { Manifest } from '../domain/publication/manifest';
import type { PublicationFiles } from '../domain/publication/open-publication';
import { startKeeping, takeKeepOutcome } from './keep-published';
import { readAheadApi, takeReadAhead } from './read-ahead';
import { readCanonicalInParts } from './read-in-parts';

/**
 * A result with a dataset, ready for the page: the observations go as columns whose buffers are
 * transferred, not copied. Comlink transfers what is marked on the value a call returns (not on a
 * value inside it), so the whole result is marked: 1.7 million rows are 78 MB a copy would cost.
 */
const wired = <R extends { data: TabularDataset }>(result: R) => {
  const { areas, indicators, table, ...extras } = result.data;
  return transfer({ ...result, data: { areas, indicators, ...catalogExtrasOf(extras), columns: table.columns } }, table.transferables());
};

export const datasetApi = {
  /**
   * Verifies and reads a publication (its observations.csv read while it downloaded, when `readAhead`
   * names what was read ahead); with `keep`, a good one is also kept here as the last good
   * version (IndexedDB from the worker: 100 MB are never copied on the page). A failed save only
   * means nothing is kept for offline; the figures still show, and keepOutcome says why.
   */
  async openPublication(manifest: Manifest, files: PublicationFiles, keep?: { dataUrl: string; savedAt: string }, readAhead?: number) {
    const ahead = takeReadAhead(readAhead)?.open(files, readCanonicalInParts);
    const opened = await openPublication(manifest, files, ahead?.reader ?? readCanonicalInParts, ahead?.catalog);
    if (opened.ok && keep) startKeeping({ manifest, files, ...keep });
    return opened.ok ? wired(opened) : opened;
  },
  /** Whether the version opened with `keep` was kept, once the write is over (null: it was not asked to be). */
  async keepOutcome(version: string) {
    return (await takeKeepOutcome(version)) ?? null;
  },
  ...readAheadApi,
  // The general reader is its own chunk: a clean publication (every first visit) never loads it.
  async parseDatasetFiles(files: DatasetFiles) {
    const parsed = (await import('../domain/dataset/dataset-io')).parseDatasetFilesTabular(files);
    return parsed.ok ? wired(parsed) : parsed;
  },
  async parseDatasetJson(text: string) {
    return (await import('../domain/dataset/dataset-io')).parseDatasetJson(text);
  },
};
export type DatasetWorkerApi = typeof datasetApi;
