import { createIndexedDbRepository } from '../../persistence/indexeddb-repository';
import { createMemoryRepository } from '../../persistence/memory-repository';
import { StorageError, type DatasetRepository, type StorageFailure } from '../../persistence/dataset-repository';

let active: Promise<DatasetRepository> | null = null;
let failure: StorageFailure | null = null;
let startupCorruption: StorageError | null = null;

/**
 * IndexedDB when the browser allows it; otherwise (private windows, blocked storage) an
 * in-memory store for the session, and the reason is kept to tell the analyst. A damaged
 * record found by the first read is no reason to give up storage: it has been set aside, and
 * is kept to be reported once (`takeStartupCorruption`).
 */
export function repository(): Promise<DatasetRepository> {
  active ??= (async () => {
    try {
      const idb = createIndexedDbRepository();
      await idb.state().catch((error: unknown) => {
        if (!(error instanceof StorageError && error.failure === 'corrupt')) throw error;
        startupCorruption = error;
      });
      return idb;
    } catch (error) {
      failure = error instanceof StorageError ? error.failure : 'unknown';
      return createMemoryRepository();
    }
  })();
  return active;
}

export const storageFailure = (): StorageFailure | null => failure;

/** The damaged record the first read set aside, once. */
export function takeStartupCorruption(): StorageError | null {
  const found = startupCorruption;
  startupCorruption = null;
  return found;
}
