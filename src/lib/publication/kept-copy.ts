import type { OpenedPublication } from '../../domain/publication/open-publication';
import { createPublishedStore, type PublishedRecord, type PublishedStore } from '../../persistence/published-store';
import { datasetWorker } from '../dataset/dataset-worker';

let store: PublishedStore | null | undefined;
/** No IndexedDB (a private window, storage blocked): the app still loads, only nothing is kept for offline (and the person is told). */
export function publishedStore(): PublishedStore | null {
  if (store === undefined) {
    try {
      store = createPublishedStore();
    } catch {
      store = null;
    }
  }
  return store;
}

export async function readStored(version: string | null): Promise<PublishedRecord | null> {
  const kept = publishedStore();
  if (!kept) return null;
  try {
    return (version ? await kept.read(version) : null) ?? (await kept.read());
  } catch {
    return null;
  }
}

export type Opened = Extract<OpenedPublication, { ok: true }>;

/** A kept version is verified again as it is read: one damaged in storage is dropped, never shown. */
export async function openStored(record: PublishedRecord | null): Promise<Opened | null> {
  if (!record) return null;
  const opened = await datasetWorker().openPublication(record.manifest, record.files);
  if (opened.ok) return opened;
  await publishedStore()?.discard(record.manifest.version).catch(() => undefined);
  return null;
}
