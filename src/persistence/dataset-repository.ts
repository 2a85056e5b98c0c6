import type { Dataset } from '../domain/model';

/** A committed upload: version 0 is the built-in dataset and is never stored. */
export interface VersionMeta {
  id: number;
  fileName: string;
  createdAt: string;
  note: string;
  counts: { added: number; changed: number; unchanged: number; removed: number; total: number };
}

export interface VersionState {
  versions: VersionMeta[];
  /** The version the dashboard shows; 0 = the built-in dataset. */
  currentId: number;
}

export type StorageFailure = 'unavailable' | 'quota' | 'blocked' | 'unknown';

export class StorageError extends Error {
  constructor(readonly failure: StorageFailure, cause?: unknown) {
    super(`Storage ${failure}${cause instanceof Error ? `: ${cause.message}` : ''}`);
  }
}

/** Where committed datasets live; IndexedDB in the browser, memory in tests or when storage is refused. */
export interface DatasetRepository {
  readonly kind: 'indexeddb' | 'memory';
  state(): Promise<VersionState>;
  dataset(id: number): Promise<Dataset | undefined>;
  /** Writes the dataset, its metadata and the new current pointer in one transaction. */
  commit(dataset: Dataset, meta: Omit<VersionMeta, 'id'>): Promise<VersionMeta>;
  setCurrent(id: number): Promise<void>;
  /** Deletes a version; if it was current, the newest remaining older version becomes current. */
  remove(id: number): Promise<void>;
}

export const nextCurrentAfterRemoval = (state: VersionState, removed: number): number => {
  if (state.currentId !== removed) return state.currentId;
  const older = state.versions.filter((v) => v.id < removed).map((v) => v.id);
  return older.length > 0 ? Math.max(...older) : 0;
};
