import { isNetworkFailure, type LoadFailure } from '../../domain/publication/load-failure';
import { draftBaseState, type DraftBase, type PublicationRef } from '../../domain/publication/draft-base';
import type { Manifest } from '../../domain/publication/manifest';
import type { PublishedShown } from './published-types';
import type { PublicationWatch } from './publication-watch';

type Named = Pick<Manifest, 'version' | 'published'>;

/** What every page's header says about the data shown, and what the notices need. */
export type DataStatus =
  | { kind: 'loading' }
  | { kind: 'none' }
  /** A VITE_BUNDLED_DATA build (the benchmark's comparison). */
  | { kind: 'bundled' }
  /** `base`: the draft's publication against the newest this browser knows. */
  | { kind: 'draft'; id: number; base: DraftBase }
  | {
      kind: 'published';
      shown: Named;
      /** online: the newest as last checked; checking: the kept version, the network being asked behind it; offline: the network could not be asked; failed: a newer one could not be used. */
      freshness: 'online' | 'checking' | 'offline' | 'failed';
      failures: LoadFailure[];
      rejected: Named | null;
      /** A newer publication found since the page loaded, to offer. */
      newer: Named | null;
    };

const named = (m: Named): Named => ({ version: m.version, published: m.published });

/**
 * The one place the status is worked out: from the loaded data and, when it is more recent, the
 * last check made while the page stayed open.
 */
export function dataStatusOf(
  data: { version: { id: number; basePublication?: PublicationRef | null } | null; published: PublishedShown | null; state?: { latestPublication?: PublicationRef } } | undefined,
  failed: boolean,
  watch: PublicationWatch,
): DataStatus {
  if (!data) return failed ? { kind: 'none' } : { kind: 'loading' };
  if (data.version) return { kind: 'draft', id: data.version.id, base: draftBaseState(data.version.basePublication, data.state?.latestPublication) };
  const shown = data.published;
  if (!shown) return { kind: 'bundled' };
  const base = { kind: 'published' as const, shown: named(shown.manifest), rejected: shown.rejected && named(shown.rejected) };
  const loaded = { ...base, freshness: shown.network === 'pinned' ? ('online' as const) : shown.network, failures: shown.failures, newer: null };
  if (watch.checkedAt <= shown.checkedAt) return loaded;
  // One downloaded behind the kept version that failed its checks (never a version on screen).
  const rejected = watch.rejected && watch.rejected.version !== shown.manifest.version ? watch.rejected : base.rejected;
  if (watch.failures.length > 0) return { ...loaded, rejected, freshness: watch.failures.every(isNetworkFailure) ? 'offline' : 'failed', failures: watch.failures };
  const latest = watch.latest;
  if (!latest || latest.version === shown.manifest.version) return { ...loaded, freshness: 'online', failures: [] };
  // A newer one that already failed its checks is not offered again; its failure stays said.
  if (latest.version === rejected?.version) return { ...loaded, rejected, freshness: loaded.freshness === 'checking' ? 'failed' : loaded.freshness };
  return { ...loaded, freshness: 'online', failures: [], newer: named(latest) };
}
