import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { catalogExtrasOf, tabular, type TabularDataset } from '../domain/dataset/dataset-index';
import type { Dataset } from '../domain/model';
import {
  planCommit, planNotePublication, planRemove, planSetCurrent, StorageError,
  type CommitOptions, type DatasetRepository, type StorageErrorDetails, type StorageFailure, type VersionMeta, type VersionState,
} from './dataset-repository';
import { checkStoredDataset, checkStoredState, checkStoredTabular } from './stored-schema';

const STATE_KEY = 'state';
const datasetKey = (id: number) => `dataset:${id}`;
/** Where a record that failed validation is kept, out of the app's way but not destroyed. */
const setAsideKey = (key: string) => `corrupt:${key}:${new Date().toISOString()}`;
const EMPTY: VersionState = { versions: [], currentId: 0 };

function failureOf(error: unknown): StorageFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'VersionError' || name === 'AbortError') return 'blocked';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return 'unavailable';
  return 'unknown';
}

async function guarded<T>(work: () => Promise<T>, details?: () => Promise<StorageErrorDetails>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StorageError) throw error;
    const failure = failureOf(error);
    throw new StorageError(failure, error, failure === 'quota' && details ? await details().catch(() => ({})) : {});
  }
}

/** What a refused write needed and what the origin had left, for the analyst's message. */
async function quotaDetails(record: unknown): Promise<StorageErrorDetails> {
  const { columns, ...catalog } = record as { columns?: Record<string, unknown> };
  const buffers = Object.values(columns ?? {}).reduce<number>((sum, c) => sum + (ArrayBuffer.isView(c) ? c.byteLength : 0), 0);
  const texts = ['areaIds', 'indicatorIds', 'strings'].map((k) => columns?.[k] ?? []);
  const neededBytes = buffers + new Blob([JSON.stringify([catalog, texts])]).size;
  const estimate = await navigator.storage?.estimate?.();
  const availableBytes = estimate?.quota !== undefined && estimate.usage !== undefined ? Math.max(0, estimate.quota - estimate.usage) : undefined;
  return { neededBytes, availableBytes };
}

/**
 * Committed versions in IndexedDB. Every write is one transaction that reads the stored state
 * inside it, and resolves only when the transaction has completed: a write the browser aborts
 * (storage full, another tab's change) is never reported as saved.
 */
export function createIndexedDbRepository(dbName = 'chi-tieu'): DatasetRepository {
  if (typeof indexedDB === 'undefined') throw new StorageError('unavailable');
  const store: UseStore = createStore(dbName, 'versions');
  const get = (s: IDBObjectStore, key: string) => promisifyRequest(s.get(key) as IDBRequest<unknown>);

  /** The stored state, or none; a corrupt one is moved aside in this same transaction. */
  async function readState(s: IDBObjectStore): Promise<{ state: VersionState; corrupt?: string }> {
    const raw = await get(s, STATE_KEY);
    if (raw === undefined) return { state: EMPTY };
    const checked = checkStoredState(raw);
    if (checked.ok) return { state: checked.value };
    if (s.transaction.mode === 'readwrite') {
      s.put(raw, setAsideKey(STATE_KEY));
      s.delete(STATE_KEY);
    }
    return { state: EMPTY, corrupt: checked.reason };
  }

  /** Runs `work` on the state read inside the transaction; resolves when the transaction completes. */
  const write = <T>(work: (s: IDBObjectStore, state: VersionState) => T, details?: () => Promise<StorageErrorDetails>) =>
    guarded(
      () =>
        store('readwrite', async (s) => {
          const done = promisifyRequest(s.transaction);
          done.catch(() => undefined); // observed below; an abort must not surface as unhandled meanwhile
          let result: T;
          try {
            result = work(s, (await readState(s)).state);
          } catch (error) {
            s.transaction.abort();
            throw error;
          }
          await done;
          return result;
        }),
      details,
    );

  return {
    kind: 'indexeddb',
    async state() {
      const read = await guarded(() => store('readonly', readState));
      if (read.corrupt === undefined) return read.state;
      await guarded(() => store('readwrite', async (s) => { await readState(s); await promisifyRequest(s.transaction); }));
      throw new StorageError('corrupt', new Error(read.corrupt));
    },
    async dataset(id) {
      const raw = await guarded(() => store('readonly', (s) => get(s, datasetKey(id))));
      if (raw === undefined) return undefined;
      // Columns since national scale; a version stored before as objects still reads.
      const columnar = typeof raw === 'object' && raw !== null && 'columns' in raw;
      const checked = columnar ? checkStoredTabular(raw) : checkStoredDataset(raw);
      if (!checked.ok) throw new StorageError('corrupt', new Error(checked.reason));
      return checked.value;
    },
    commit: (dataset: Dataset | TabularDataset, meta: Omit<VersionMeta, 'id'>, baseId: number, options?: CommitOptions) => {
      // Stored as columns: typed arrays are written and read back in one copy each, and checked in one pass.
      const { areas, indicators, table, ...extras } = tabular(dataset);
      // The awards (awards.csv) and main-target lists (main-targets.csv) stay with the dataset they came with.
      const record = { areas, indicators, ...catalogExtrasOf(extras), columns: table.columns };
      return write(
        (s, state) => {
          // The base's publication is checked against the newest known in this same transaction: no other tab's note can come between.
          const planned = planCommit(state, meta, baseId, options);
          s.put(record, datasetKey(planned.version.id));
          s.put(planned.state, STATE_KEY);
          return planned.version;
        },
        () => quotaDetails(record),
      );
    },
    notePublication: (seen) =>
      write((s, state) => {
        const next = planNotePublication(state, seen);
        if (next) s.put(next, STATE_KEY);
        return next !== null;
      }),
    setCurrent: (id) =>
      write((s, state) => {
        s.put(planSetCurrent(state, id), STATE_KEY);
      }),
    remove: (id) =>
      write((s, state) => {
        s.delete(datasetKey(id));
        s.put(planRemove(state, id), STATE_KEY);
      }),
  };
}
