import type { KeepAttempt } from '../domain/publication/keep-space';
import { createPublishedStore, type PublishedRecord, type PublishedStore } from '../persistence/published-store';

/**
 * Keeps a verified publication as the last good version, and says whether it could: a write the
 * browser refuses (QuotaExceededError) is caught and named. The page weighs it against the space
 * its own navigator.storage.estimate() reports (a worker's may not see the origin's quota).
 */
export async function keepPublished(record: PublishedRecord, openStore: () => PublishedStore = createPublishedStore): Promise<KeepAttempt> {
  const needed = Object.values(record.files).reduce((sum, bytes) => sum + (bytes?.byteLength ?? 0), 0);
  try {
    await openStore().save(record);
    return { kept: true, needed };
  } catch (error) {
    const named = error instanceof Error || error instanceof DOMException ? error : null;
    return { kept: false, needed, error: { name: named?.name ?? '', message: named?.message ?? String(error) } };
  }
}

/** The outcome of each version's keeping, asked for once by the page (which says it to the person). */
const keeping = new Map<string, Promise<KeepAttempt>>();

export function startKeeping(record: PublishedRecord) {
  // The figures need not wait for the write (IndexedDB orders a later read after it).
  keeping.set(record.manifest.version, Promise.resolve().then(() => keepPublished(record)));
}

export function takeKeepOutcome(version: string): Promise<KeepAttempt> | null {
  const outcome = keeping.get(version) ?? null;
  keeping.delete(version);
  return outcome;
}
