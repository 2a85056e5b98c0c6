import type { TabularDataset } from '../domain/dataset-index';
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

/** `conflict`: another tab changed the current version since this one read it. `corrupt`: a stored record failed validation. */
export type StorageFailure = 'unavailable' | 'quota' | 'blocked' | 'conflict' | 'corrupt' | 'unknown';

export interface StorageErrorDetails {
  /** About how many bytes the refused write needed. */
  neededBytes?: number;
  /** About how many bytes the origin had left, when the browser tells. */
  availableBytes?: number;
  /** The current version found in storage, for a conflict. */
  foundCurrentId?: number;
}

export class StorageError extends Error {
  constructor(
    readonly failure: StorageFailure,
    cause?: unknown,
    readonly details: StorageErrorDetails = {},
  ) {
    super(`Storage ${failure}${cause instanceof Error ? `: ${cause.message}` : ''}`);
    this.name = 'StorageError';
  }
}

/** Where committed datasets live; IndexedDB in the browser, memory in tests or when storage is refused. */
export interface DatasetRepository {
  readonly kind: 'indexeddb' | 'memory';
  /** The list of versions; a corrupt stored list is set aside and reported as `StorageError('corrupt')`. */
  state(): Promise<VersionState>;
  /** A stored dataset, validated; a corrupt one rejects with `StorageError('corrupt')`. */
  dataset(id: number): Promise<Dataset | TabularDataset | undefined>;
  /**
   * Writes the dataset, its metadata and the new current pointer in one transaction, and
   * resolves only once that transaction has completed. `baseId` is the current version the
   * dataset was built on: when another tab has changed the current version since, nothing is
   * written and it rejects with `StorageError('conflict')`.
   */
  commit(dataset: Dataset | TabularDataset, meta: Omit<VersionMeta, 'id'>, baseId: number): Promise<VersionMeta>;
  setCurrent(id: number): Promise<void>;
  /** Deletes a version; if it was current, the newest remaining older version becomes current. */
  remove(id: number): Promise<void>;
}

export const nextCurrentAfterRemoval = (state: VersionState, removed: number): number => {
  if (state.currentId !== removed) return state.currentId;
  const older = state.versions.filter((v) => v.id < removed).map((v) => v.id);
  return older.length > 0 ? Math.max(...older) : 0;
};

/** The next version's id and the state after committing it, or a conflict when the base moved. */
export function planCommit(state: VersionState, meta: Omit<VersionMeta, 'id'>, baseId: number): { version: VersionMeta; state: VersionState } {
  if (state.currentId !== baseId) throw new StorageError('conflict', undefined, { foundCurrentId: state.currentId });
  const version: VersionMeta = { ...meta, id: Math.max(0, ...state.versions.map((v) => v.id)) + 1 };
  return { version, state: { versions: [...state.versions, version], currentId: version.id } };
}

/** Undo to a version that exists (0 = built-in); anything else is refused rather than stored. */
export function planSetCurrent(state: VersionState, id: number): VersionState {
  if (id !== 0 && !state.versions.some((v) => v.id === id)) throw new StorageError('conflict', undefined, { foundCurrentId: state.currentId });
  return { ...state, currentId: id };
}

export const planRemove = (state: VersionState, id: number): VersionState => ({
  versions: state.versions.filter((v) => v.id !== id),
  currentId: nextCurrentAfterRemoval(state, id),
});
