import { createIndexedDbRepository } from '../persistence/indexeddb-repository';
import { createMemoryRepository } from '../persistence/memory-repository';
import { StorageError, type DatasetRepository, type StorageFailure } from '../persistence/dataset-repository';

let active: Promise<DatasetRepository> | null = null;
let failure: StorageFailure | null = null;

/**
 * IndexedDB when the browser allows it; otherwise (private windows, blocked storage) an
 * in-memory store for the session, and the reason is kept to tell the analyst.
 */
export function repository(): Promise<DatasetRepository> {
  active ??= (async () => {
    try {
      const idb = createIndexedDbRepository();
      await idb.state();
      return idb;
    } catch (error) {
      failure = error instanceof StorageError ? error.failure : 'unknown';
      return createMemoryRepository();
    }
  })();
  return active;
}

export const storageFailure = (): StorageFailure | null => failure;
