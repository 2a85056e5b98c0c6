/**
 * Which publication a draft was built on, against the newest one this browser has verified.
 * A draft is the analyst's changes laid over a publication: once a newer publication (a
 * correction, say) is out, the draft still holds the old figures, and that must be said rather
 * than hidden.
 */

/** A publication's identity: its manifest's version (unique per publication) and date. */
export interface PublicationRef {
  version: string;
  /** ISO 8601 date-time, as the manifest gives it. */
  published: string;
}

export type DraftBase =
  /** Built on the newest publication known. */
  | { kind: 'current' }
  /** Nothing to compare: the draft was saved before its base was recorded, or no publication is known. */
  | { kind: 'unknown' }
  /** Built on a publication older than the newest known. */
  | { kind: 'older'; base: PublicationRef; latest: PublicationRef }
  /** Built on another publication than the one the deployment now points at, dated after it (a withdrawn one). */
  | { kind: 'other'; base: PublicationRef; latest: PublicationRef };

const time = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
};

/** The decision, total: every pair of inputs gives a state. */
export function draftBaseState(base: PublicationRef | null | undefined, latest: PublicationRef | null | undefined): DraftBase {
  if (!base || !latest) return { kind: 'unknown' };
  if (base.version === latest.version) return { kind: 'current' };
  const [b, l] = [time(base.published), time(latest.published)];
  // An unreadable date cannot make a draft look current: a different version is still not the newest.
  return b !== null && l !== null && b > l ? { kind: 'other', base, latest } : { kind: 'older', base, latest };
}

/** A draft that is not built on the newest publication known (older, or another one). */
export const isStaleBase = (state: DraftBase): state is Extract<DraftBase, { kind: 'older' | 'other' }> => state.kind === 'older' || state.kind === 'other';

/**
 * The newest publication known after a tab verified and showed `seen`, or null when nothing
 * changes. The publication a tab shows online is the one the deployment points at now, so it
 * replaces the one known whatever its date (a withdrawn publication is no longer the newest).
 */
export function notePublication(known: PublicationRef | null | undefined, seen: PublicationRef): PublicationRef | null {
  return known?.version === seen.version && known.published === seen.published ? null : { version: seen.version, published: seen.published };
}

/** Only the identity of a manifest, nothing else of it. */
export const publicationRef = (m: PublicationRef): PublicationRef => ({ version: m.version, published: m.published });
