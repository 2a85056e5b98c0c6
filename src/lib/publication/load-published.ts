import type { ParseIssue } from '../../domain/issues';
import type { TabularDataset } from '../../domain/dataset-index';
import { isNetworkFailure, type LoadFailure } from '../../domain/publication/load-failure';
import { isSamePublication, planFetch } from '../../domain/publication/load-plan';
import { DATA_FILES, type Manifest } from '../../domain/publication/manifest';
import type { OpenedPublication, PublicationFiles } from '../../domain/publication/open-publication';
import { createPublishedStore, type PublishedRecord, type PublishedStore } from '../../persistence/published-store';
import { NoPublishedDataError } from '../dataset-errors';
import { datasetWorker, type PageReadAhead } from '../dataset-worker';
import { fetchDataFiles, locateData, readLatestManifest, type Check, type Latest } from './check-latest';

/** The published version on screen and how fresh it is. */
export interface PublishedShown {
  manifest: Manifest;
  dataUrl: string;
  /**
   * online: checked just now, the newest; offline: the network could not be asked; failed: the
   * newest could not be used (see failures); pinned: a running slide show's version, not checked.
   */
  network: 'online' | 'offline' | 'failed' | 'pinned';
  failures: LoadFailure[];
  /** A newer publication that failed its checks: not offered again until another one comes. */
  rejected: Pick<Manifest, 'version' | 'published'> | null;
  checkedAt: number;
}

export interface PublishedLoad {
  dataset: TabularDataset;
  warnings: ParseIssue[];
  published: PublishedShown;
}

/** A slide show's frame (or a presenter's reload mid-show) shows the kept version, without asking the network. */
export interface Pin {
  pinned: boolean;
  version: string | null;
}

let store: PublishedStore | null | undefined;
/** No IndexedDB (a private window, storage blocked): the app still loads, only nothing is kept for offline. */
function publishedStore(): PublishedStore | null {
  if (store === undefined) {
    try {
      store = createPublishedStore();
    } catch {
      store = null;
    }
  }
  return store;
}

async function readStored(version: string | null): Promise<PublishedRecord | null> {
  const kept = publishedStore();
  if (!kept) return null;
  try {
    return (version ? await kept.read(version) : null) ?? (await kept.read());
  } catch {
    return null;
  }
}

type Opened = Extract<OpenedPublication, { ok: true }>;

/** A kept version is verified again as it is read: one damaged in storage is dropped, never shown. */
async function openStored(record: PublishedRecord | null): Promise<Opened | null> {
  if (!record) return null;
  const opened = await datasetWorker().openPublication(record.manifest, record.files);
  if (opened.ok) return opened;
  await publishedStore()?.discard(record.manifest.version).catch(() => undefined);
  return null;
}

function failuresOf(opened: Exclude<OpenedPublication, { ok: true }>, latest: Latest): LoadFailure[] {
  const mismatches = opened.mismatches.map((m): LoadFailure => ({ kind: 'mismatch', url: new URL(m.name, latest.dataUrl).href, ...m }));
  if (opened.issues.length === 0) return mismatches;
  const files = [...new Set(opened.issues.map((i) => /^(\w+\.csv):/.exec(i.column ?? '')?.[1] ?? 'observations.csv'))];
  return [...mismatches, { kind: 'invalid-data', url: latest.dataUrl, file: files.join(', '), issues: opened.issues }];
}

const shown = (record: Pick<PublishedRecord, 'manifest' | 'dataUrl'>, opened: Opened, rest: Pick<PublishedShown, 'network' | 'failures' | 'rejected'>): PublishedLoad => ({
  dataset: opened.data,
  warnings: opened.warnings,
  published: { manifest: record.manifest, dataUrl: record.dataUrl, checkedAt: Date.now(), ...rest },
});

/** The newest could not be used: the last good version stays, with what went wrong; without one, the clear page. */
async function keepLastGood(stored: PublishedRecord | null, opening: Promise<Opened | null>, failures: LoadFailure[], rejected: Manifest | null): Promise<PublishedLoad> {
  const opened = await opening;
  if (!stored || !opened) throw new NoPublishedDataError(failures);
  const network = failures.every(isNetworkFailure) ? 'offline' : 'failed';
  return shown(stored, opened, { network, failures, rejected: rejected && { version: rejected.version, published: rejected.published } });
}

/** config.json and the manifest it points at, asked for before they are needed (while the analyst's drafts are read). */
export interface LookAhead {
  where: ReturnType<typeof locateData>;
  check: Promise<Check | null>;
}

/** Starts asking for config.json and the manifest: two small files, never the data; unused if a draft is shown. */
export function lookAhead(): LookAhead {
  const where = locateData();
  const check = where.then((w) => (w.ok ? readLatestManifest(w.dataUrl) : null));
  // Unused when a draft is shown: a failure then is nobody's (it is seen where they are awaited).
  void Promise.allSettled([where, check]);
  return { where, check };
}

/**
 * The published dataset: network-first for config.json and the manifest; only the files whose
 * checksums changed since the last good version are fetched; every file verified against the
 * manifest before anything is shown; the last good version kept for the next visit and offline.
 */
export async function loadPublished(pin: Pin, ahead: LookAhead | null = null): Promise<PublishedLoad> {
  // The worker boots while config.json and the manifest are on their way.
  datasetWorker();
  const storedRead = readStored(pin.version);
  // The kept version is verified and parsed meanwhile: it is shown if the network has nothing newer, or nothing at all.
  const keptOpening = storedRead.then(openStored);
  if (pin.pinned) {
    const [stored, opened] = await Promise.all([storedRead, keptOpening]);
    if (stored && opened) return shown(stored, opened, { network: 'pinned', failures: [], rejected: null });
  }
  const [where, kept] = await Promise.all([ahead?.where ?? locateData(), storedRead]);
  if (!where.ok) return keepLastGood(kept, keptOpening, where.failures, null);
  // A large observations.csv is read in the worker while it downloads; given up when it is not opened.
  const reading = datasetWorker().readAhead();
  try {
    return await loadLatest(where.dataUrl, ahead, kept, keptOpening, reading);
  } finally {
    reading.cancel();
  }
}

/** The newest publication at `dataUrl`, or the kept one (`kept`, being opened) when it is the same or the newest fails. */
async function loadLatest(dataUrl: string, ahead: LookAhead | null, kept: PublishedRecord | null, keptOpening: Promise<Opened | null>, reading: PageReadAhead): Promise<PublishedLoad> {
  // Nothing kept (a first visit): every file is needed whatever the manifest says, so they are asked for with it.
  const early = kept ? null : fetchDataFiles(dataUrl, null, DATA_FILES, reading);
  const check = (await ahead?.check) ?? (await readLatestManifest(dataUrl));
  if (!check.ok) return keepLastGood(kept, keptOpening, check.failures, null);
  const { latest } = check;
  const opened = kept ? await keptOpening : null;
  const stored = opened ? kept : null;
  if (stored && opened && isSamePublication(latest.manifest, stored.manifest)) return shown({ ...stored, dataUrl: latest.dataUrl }, opened, { network: 'online', failures: [], rejected: null });
  const plan = planFetch(latest.manifest, stored?.manifest ?? null);
  const first = await (early ?? fetchDataFiles(latest.dataUrl, latest.manifest, plan.fetch, reading));
  // A first visit asked for the three required files with the manifest; an optional one it lists (awards.csv, main-targets.csv) comes now.
  const rest = first.ok ? plan.fetch.filter((name) => !first.files[name]) : [];
  const more = rest.length > 0 ? await fetchDataFiles(latest.dataUrl, latest.manifest, rest) : null;
  const fetched = !first.ok ? first : more && !more.ok ? more : { ok: true as const, files: { ...first.files, ...more?.files } };
  if (!fetched.ok) return keepLastGood(stored, keptOpening, fetched.failures, latest.manifest);
  const files = { ...Object.fromEntries(plan.reuse.map((name) => [name, stored?.files[name]])), ...fetched.files } as PublicationFiles;
  const record = { manifest: latest.manifest, dataUrl: latest.dataUrl, savedAt: new Date().toISOString() };
  // The worker keeps a good version for the next visit and offline; the fetched bytes move to it, not copied.
  const fresh = Object.values(fetched.files).filter((b): b is Uint8Array => b instanceof Uint8Array);
  const next = await datasetWorker().openPublication(latest.manifest, files, publishedStore() ? { dataUrl: record.dataUrl, savedAt: record.savedAt } : undefined, fresh, reading);
  if (!next.ok) return keepLastGood(stored, keptOpening, failuresOf(next, latest), latest.manifest);
  return shown(record, next, { network: 'online', failures: [], rejected: null });
}
