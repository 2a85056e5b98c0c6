import type { TabularDataset } from '../domain/dataset/dataset-index';
import type { Dataset } from '../domain/model';
import { draftBaseState, isStaleBase, notePublication, type PublicationRef } from '../domain/publication/draft-base';

/** A committed upload: version 0 is the built-in dataset and is never stored. */
export interface VersionMeta {
  id: number;
  fileName: string;
  createdAt: string;
  note: string;
  counts: { added: number; changed: number; unchanged: number; removed: number; total: number };
  /**
   * The publication the draft was built on (inherited from the version it was built on); null on
   * a bundled build's data; absent on a version saved before bases were recorded.
   */
  basePublication?: PublicationRef | null;
}

export interface VersionState {
  versions: VersionMeta[];
  /** The version the dashboard shows; 0 = the built-in dataset. */
  currentId: number;
  /** The newest publication a tab of this browser has verified and shown; kept beside the versions so a commit checks it in its own transaction. */
  latestPublication?: PublicationRef;
}

/**
 * `conflict`: another tab changed the current version since this one read it. `stale-base`: a newer
 * publication is known than the one the draft was built on. `corrupt`: a stored record failed validation.
 */
export type StorageFailure = 'unavailable' | 'quota' | 'blocked' | 'conflict' | 'stale-base' | 'corrupt' | 'unknown';

export interface StorageErrorDetails {
  /** About how many bytes the refused write needed. */
  neededBytes?: number;
  /** About how many bytes the origin had left, when the browser tells. */
  availableBytes?: number;
  /** The current version found in storage, for a conflict. */
  foundCurrentId?: number;
  /** For a stale base: the publication the draft was built on, and the newest known. */
  basePublication?: PublicationRef;
  latestPublication?: PublicationRef;
}

export interface CommitOptions {
  /**
   * The analyst chose to save on an older publication, knowing this one is the newest: the commit
   * goes ahead only if it still is (a yet newer one is asked about again).
   */
  keepOlderBase?: PublicationRef;
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
   * written and it rejects with `StorageError('conflict')`. When a newer publication is known than
   * the draft's `basePublication` (checked in the same transaction), it rejects with
   * `StorageError('stale-base')` unless `options.keepOlderBase` names that newest one.
   */
  commit(dataset: Dataset | TabularDataset, meta: Omit<VersionMeta, 'id'>, baseId: number, options?: CommitOptions): Promise<VersionMeta>;
  /** Records the publication a tab verified and showed as the newest known; resolves true when that changed the store. */
  notePublication(seen: PublicationRef): Promise<boolean>;
  setCurrent(id: number): Promise<void>;
  /** Deletes a version; if it was current, the newest remaining older version becomes current. */
  remove(id: number): Promise<void>;
}

export const nextCurrentAfterRemoval = (state: VersionState, removed: number): number => {
  if (state.currentId !== removed) return state.currentId;
  const older = state.versions.filter((v) => v.id < removed).map((v) => v.id);
  return older.length > 0 ? Math.max(...older) : 0;
};

/**
 * The next version's id and the state after committing it; a conflict when the base moved, a
 * stale base when a newer publication is known than the draft's (unless the analyst chose to keep it).
 */
export function planCommit(state: VersionState, meta: Omit<VersionMeta, 'id'>, baseId: number, options: CommitOptions = {}): { version: VersionMeta; state: VersionState } {
  if (state.currentId !== baseId) throw new StorageError('conflict', undefined, { foundCurrentId: state.currentId });
  // A draft built on a draft inherits its publication, read here in the same transaction as the check.
  const basePublication = baseId === 0 ? meta.basePublication : state.versions.find((v) => v.id === baseId)?.basePublication;
  const base = draftBaseState(basePublication, state.latestPublication);
  if (isStaleBase(base) && options.keepOlderBase?.version !== base.latest.version)
    throw new StorageError('stale-base', undefined, { foundCurrentId: state.currentId, basePublication: base.base, latestPublication: base.latest });
  const version: VersionMeta = { ...meta, basePublication, id: Math.max(0, ...state.versions.map((v) => v.id)) + 1 };
  if (basePublication === undefined) delete version.basePublication;
  return { version, state: { ...state, versions: [...state.versions, version], currentId: version.id } };
}

/** The state once `seen` is the newest publication known, or null when it already is. */
export function planNotePublication(state: VersionState, seen: PublicationRef): VersionState | null {
  const latest = notePublication(state.latestPublication, seen);
  return latest && { ...state, latestPublication: latest };
}

/** Undo to a version that exists (0 = built-in); anything else is refused rather than stored. */
export function planSetCurrent(state: VersionState, id: number): VersionState {
  if (id !== 0 && !state.versions.some((v) => v.id === id)) throw new StorageError('conflict', undefined, { foundCurrentId: state.currentId });
  return { ...state, currentId: id };
}

export const planRemove = (state: VersionState, id: number): VersionState => ({
  ...state,
  versions: state.versions.filter((v) => v.id !== id),
  currentId: nextCurrentAfterRemoval(state, id),
});
