/**
 * Whether this browser could keep a verified publication for offline use, as pure values: the
 * worker measures (navigator.storage.estimate, the write's error) and this decides what it means,
 * so the presenter learns at once — not in the hall — that nothing was kept.
 */

/** What navigator.storage.estimate() answered (null: it is not there, or it failed). */
export interface SpaceEstimate {
  quota: number | null;
  usage: number | null;
}

export type KeepOutcome =
  | { kept: true }
  | {
      kept: false;
      /** quota: not enough room; no-storage: IndexedDB is not there (a private window, blocked); error: the write failed otherwise. */
      reason: 'quota' | 'no-storage' | 'error';
      /** The bytes the copy needs. */
      needed: number;
      /** What the browser said was left for this site, when it said. */
      available: number | null;
      /** The browser's own words for an error, for the one who must fix it. */
      detail: string;
    };

/** What the worker's write came to: kept, or the browser's error (its name and words). */
export type KeepAttempt = { kept: true; needed: number } | { kept: false; needed: number; error: { name: string; message: string } };

/** What is left for this site; null when the browser does not say. */
export function availableBytes(estimate: SpaceEstimate | null): number | null {
  if (!estimate || estimate.quota === null || !Number.isFinite(estimate.quota)) return null;
  return Math.max(0, estimate.quota - (estimate.usage ?? 0));
}

/**
 * Whether to try the write: only a copy larger than the whole quota can never fit. Anything less is
 * tried (the write drops the version before the last, which the estimate counts as used) and a
 * refused write is caught.
 */
export const worthTrying = (needed: number, estimate: SpaceEstimate | null): boolean =>
  estimate?.quota === null || estimate?.quota === undefined || !Number.isFinite(estimate.quota) || needed <= estimate.quota;

/** A write's error, by the name the browser gives it (a DOMException, or an Error across a worker). */
export function keepFailure(needed: number, estimate: SpaceEstimate | null, error: { name?: unknown; message?: unknown } | null): KeepOutcome {
  const name = typeof error?.name === 'string' ? error.name : '';
  const detail = typeof error?.message === 'string' ? error.message.slice(0, 300) : '';
  const said = availableBytes(estimate);
  // No error but no room by the estimate: the copy was not tried.
  const reason = error === null || name === 'QuotaExceededError' ? 'quota' : name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotIndexedDB' ? 'no-storage' : 'error';
  // A refused write beside an estimate with room enough: the estimate is wrong, and is not repeated.
  const available = reason === 'quota' && said !== null && said >= needed ? null : said;
  return { kept: false, reason, needed, available, detail };
}
