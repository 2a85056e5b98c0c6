import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { z } from '../domain/zod';
import { LIMITS } from '../domain/limits';
import { readManifest, type Manifest } from '../domain/publication/manifest';
import type { PublicationFiles } from '../domain/publication/open-publication';

/**
 * The last good published version, kept in this browser for offline halls: its manifest and
 * its files' bytes as they were verified. A database of its own, apart from the analyst's
 * drafts ("chi-tieu"): a publication is never mixed up with an upload. The version before the
 * last is kept too, so a slide show that pinned it can finish on it.
 */
export interface PublishedRecord {
  manifest: Manifest;
  /** The folder it was read from (absolute). */
  dataUrl: string;
  savedAt: string;
  files: PublicationFiles;
}

export interface PublishedStore {
  /** The last good version, or a given one (a slide show's pin) when it is still kept. */
  read(version?: string): Promise<PublishedRecord | null>;
  /** Makes the record the last good version, keeping the one before it. */
  save(record: PublishedRecord): Promise<void>;
  /** Drops a stored version that no longer verifies. */
  discard(version: string): Promise<void>;
}

const CURRENT = 'current';
const PREVIOUS = 'previous';
const recordKey = (version: string) => `version:${version}`;

const bytes = z.instanceof(Uint8Array);
const recordSchema = z.object({
  manifest: z.unknown(),
  dataUrl: z.string().check(z.maxLength(LIMITS.dataUrlChars + 200)),
  savedAt: z.string().check(z.maxLength(100)),
  files: z.object({ 'areas.csv': bytes, 'indicators.csv': bytes, 'observations.csv': bytes, 'awards.csv': z.optional(bytes), 'main-targets.csv': z.optional(bytes) }),
});

/** A stored value read back is checked like any outside input; a damaged one counts as absent. */
export function checkPublishedRecord(value: unknown): PublishedRecord | null {
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) return null;
  const manifest = readManifest(parsed.data.manifest);
  return manifest.ok ? { ...parsed.data, manifest: manifest.manifest } : null;
}

const versionOf = (value: unknown) => (typeof value === 'string' && value.length <= 80 ? value : null);

export function createPublishedStore(dbName = 'chi-tieu-published'): PublishedStore {
  if (typeof indexedDB === 'undefined') throw Object.assign(new Error('IndexedDB is not available'), { name: 'NotIndexedDB' });
  const store: UseStore = createStore(dbName, 'publications');
  const get = (s: IDBObjectStore, key: string) => promisifyRequest(s.get(key) as IDBRequest<unknown>);
  const done = (s: IDBObjectStore) => promisifyRequest(s.transaction);

  return {
    read: (version) =>
      store('readonly', async (s) => {
        const wanted = version ?? versionOf(await get(s, CURRENT));
        return wanted ? checkPublishedRecord(await get(s, recordKey(wanted))) : null;
      }),
    save: (record) =>
      store('readwrite', async (s) => {
        const current = versionOf(await get(s, CURRENT));
        const previous = versionOf(await get(s, PREVIOUS));
        const keep = current && current !== record.manifest.version ? current : previous;
        if (previous && previous !== keep && previous !== record.manifest.version) s.delete(recordKey(previous));
        if (current && current !== keep && current !== record.manifest.version) s.delete(recordKey(current));
        s.put(record, recordKey(record.manifest.version));
        s.put(record.manifest.version, CURRENT);
        if (keep && keep !== record.manifest.version) s.put(keep, PREVIOUS);
        else s.delete(PREVIOUS);
        await done(s);
      }),
    discard: (version) =>
      store('readwrite', async (s) => {
        s.delete(recordKey(version));
        if (versionOf(await get(s, CURRENT)) === version) s.delete(CURRENT);
        await done(s);
      }),
  };
}
