import { tabular, type TabularDataset } from '../../domain/dataset/dataset-index';
import type { ParseIssue } from '../../domain/issues';
import { StorageError, type DatasetRepository, type VersionMeta, type VersionState } from '../../persistence/dataset-repository';
import { lookAhead, loadPublished } from '../publication/load-published';
import type { LookAhead, Pin, PublishedLoad, PublishedShown } from '../publication/published-types';
import { publicationRef } from '../../domain/publication/draft-base';
import { repository, takeStartupCorruption } from './repository';
import { announcePublicationNoted } from './tab-channel';

export { warmIndex } from './warm-index';

/**
 * The data the dashboard shows when no draft is current: the published folder read at run time
 * (data/ beside index.html, or config.json's dataUrl). A build with VITE_BUNDLED_DATA=1 bundles
 * the CSVs instead, only to compare the two (`npm run bench:data`); the check is replaced at
 * build time, so a normal build carries none of that code.
 */
async function loadDefaultDataset(pin: Pin, ahead: LookAhead | null): Promise<Omit<PublishedLoad, 'published'> & { published: PublishedShown | null }> {
  if (import.meta.env.VITE_BUNDLED_DATA === '1') return (await import('./load-bundled-dataset')).loadBundledDataset();
  return loadPublished(pin, ahead);
}

/** A stored record that failed validation: kept out of the way, never shown as data. */
export interface SetAside {
  /** `versions`: the list of versions; `version`: one version's dataset. */
  what: 'versions' | 'version';
  id?: number;
  reason: string;
}

export interface CurrentDataset {
  /** The catalog and the observations in columns (see observation-table.ts). */
  dataset: TabularDataset;
  warnings: ParseIssue[];
  /** The analyst's draft shown (an upload in this browser), or null: the published data is shown. */
  version: VersionMeta | null;
  /** The published version shown, with its freshness; null when a draft is shown. */
  published: PublishedShown | null;
  state: VersionState;
  storage: DatasetRepository['kind'];
  setAside: SetAside[];
}

const EMPTY_STATE: VersionState = { versions: [], currentId: 0 };
const isCorrupt = (error: unknown): error is StorageError => error instanceof StorageError && error.failure === 'corrupt';
const reasonOf = (error: StorageError) => error.message.replace(/^Storage corrupt: /, '');

/**
 * The dataset the dashboard shows: the analyst's current draft, else the published data.
 * Stored records are validated as they are read; a corrupt one is set aside and reported,
 * and the page goes on with the published data.
 */
export async function loadCurrentDataset(pin: Pin = { pinned: false, version: null }): Promise<CurrentDataset> {
  // The network is asked while the drafts are read (a slide show's pinned version asks nothing).
  const ahead = pin.pinned || import.meta.env.VITE_BUNDLED_DATA === '1' ? null : lookAhead();
  const repo = await repository();
  const setAside: SetAside[] = [];
  const atStartup = takeStartupCorruption();
  if (atStartup) setAside.push({ what: 'versions', reason: reasonOf(atStartup) });
  const state = await repo.state().catch((error: unknown) => {
    if (!isCorrupt(error)) throw error;
    setAside.push({ what: 'versions', reason: reasonOf(error) });
    return EMPTY_STATE;
  });
  const stored =
    state.currentId === 0
      ? undefined
      : await repo.dataset(state.currentId).catch((error: unknown) => {
          if (!isCorrupt(error)) throw error;
          setAside.push({ what: 'version', id: state.currentId, reason: reasonOf(error) });
          return undefined;
        });
  if (stored) return { dataset: tabular(stored), warnings: [], version: state.versions.find((v) => v.id === state.currentId) ?? null, published: null, state, storage: repo.kind, setAside };
  const published = await loadDefaultDataset(pin, ahead);
  return { ...published, version: null, state: await notePublicationShown(state, published.published, repo), storage: repo.kind, setAside };
}

/**
 * A publication verified and shown online (on loading, or a newer one shown on the person's click)
 * is the one the deployment points at: the version store keeps it as the newest known, where a
 * commit checks a draft's base against it, and the other tabs are told. Storage refusing this note
 * takes nothing from the page.
 */
export async function notePublicationShown(state: VersionState, shown: PublishedShown | null, repo?: DatasetRepository): Promise<VersionState> {
  if (shown?.network !== 'online') return state;
  const seen = publicationRef(shown.manifest);
  const changed = await (repo ?? (await repository())).notePublication(seen).catch(() => false);
  if (!changed) return state;
  announcePublicationNoted();
  return { ...state, latestPublication: seen };
}
