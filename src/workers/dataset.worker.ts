/// <reference lib="webworker" />
// Parsing runs here so a large file never freezes the page; the observations go back as columns whose
// buffers are transferred, not copied, so the page receives a million rows without a long task.
import { expose, transfer } from 'comlink';
import { parseDatasetFilesTabular, parseDatasetJson, type DatasetFiles } from '../domain/dataset-io';
import { catalogExtrasOf, type TabularDataset } from '../domain/dataset-index';
import { openPublication } from '../domain/publication/open-publication';
import type { Manifest } from '../domain/publication/manifest';
import type { PublicationFiles } from '../domain/publication/open-publication';
import { createPublishedStore } from '../persistence/published-store';

const wire = ({ areas, indicators, table, ...extras }: TabularDataset) => transfer({ areas, indicators, ...catalogExtrasOf(extras), columns: table.columns }, table.transferables());

const api = {
  /**
   * Verifies and reads a publication; with `keep`, a good one is also kept here as the last good
   * version (IndexedDB from the worker: 100 MB are never copied on the page). A failed save only
   * means nothing is kept for offline; the figures still show.
   */
  async openPublication(manifest: Manifest, files: PublicationFiles, keep?: { dataUrl: string; savedAt: string }) {
    const opened = await openPublication(manifest, files);
    // The figures need not wait for the write (IndexedDB orders a later read after it).
    if (opened.ok && keep) void Promise.resolve().then(() => createPublishedStore().save({ manifest, files, ...keep })).catch(() => undefined);
    return opened.ok ? { ...opened, data: wire(opened.data) } : opened;
  },
  parseDatasetFiles(files: DatasetFiles) {
    const parsed = parseDatasetFilesTabular(files);
    return parsed.ok ? { ...parsed, data: wire(parsed.data) } : parsed;
  },
  parseDatasetJson,
};
export type DatasetWorkerApi = typeof api;
expose(api);
