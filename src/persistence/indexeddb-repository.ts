import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Dataset } from '../domain/model';
import { nextCurrentAfterRemoval, StorageError, type DatasetRepository, type StorageFailure, type VersionMeta, type VersionState } from './dataset-repository';

const STATE_KEY = 'state';
const datasetKey = (id: number) => `dataset:${id}`;
const EMPTY: VersionState = { versions: [], currentId: 0 };

function failureOf(error: unknown): StorageFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'VersionError' || name === 'AbortError') return 'blocked';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return 'unavailable';
  return 'unknown';
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof StorageError ? error : new StorageError(failureOf(error), error);
  }
}

/** Committed versions in IndexedDB; every write is one transaction, so nothing is ever half-written. */
export function createIndexedDbRepository(dbName = 'chi-tieu'): DatasetRepository {
  if (typeof indexedDB === 'undefined') throw new StorageError('unavailable');
  const store: UseStore = createStore(dbName, 'versions');
  const readState = (s: IDBObjectStore) => promisifyRequest(s.get(STATE_KEY) as IDBRequest<VersionState | undefined>);
  const write = (work: (s: IDBObjectStore, state: VersionState) => Promise<void> | void) =>
    guarded(() => store('readwrite', async (s) => work(s, (await readState(s)) ?? EMPTY)));

  return {
    kind: 'indexeddb',
    state: () => guarded(() => store('readonly', async (s) => (await readState(s)) ?? EMPTY)),
    dataset: (id) => guarded(() => store('readonly', (s) => promisifyRequest(s.get(datasetKey(id)) as IDBRequest<Dataset | undefined>))),
    async commit(dataset, meta) {
      let version: VersionMeta | undefined;
      await write((s, state) => {
        version = { ...meta, id: Math.max(0, ...state.versions.map((v) => v.id)) + 1 };
        s.put(dataset, datasetKey(version.id));
        s.put({ versions: [...state.versions, version], currentId: version.id } satisfies VersionState, STATE_KEY);
      });
      if (!version) throw new StorageError('unknown');
      return version;
    },
    setCurrent: (id) =>
      write((s, state) => {
        s.put({ ...state, currentId: id }, STATE_KEY);
      }),
    remove: (id) =>
      write((s, state) => {
        s.delete(datasetKey(id));
        s.put({ versions: state.versions.filter((v) => v.id !== id), currentId: nextCurrentAfterRemoval(state, id) }, STATE_KEY);
      }),
  };
}
