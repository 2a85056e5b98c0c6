import type { LoadFailure } from '../../domain/publication/load-failure';
import { worthTrying } from '../../domain/publication/keep-space';
import { planFetch } from '../../domain/publication/load-plan';
import type { OpenedPublication, PublicationFiles } from '../../domain/publication/open-publication';
import type { PublishedRecord } from '../../persistence/published-store';
import { datasetWorker, type PageReadAhead } from '../dataset/dataset-worker';
import { useStorageNotices } from '../state/storage-notices';
import { fetchDataFiles, type FetchFilesHow, type Latest } from './check-latest';
import { publishedStore, type Opened } from './kept-copy';
import { spaceEstimate } from './space-estimate';
import type { PublishedLoad, PublishedShown } from './published-types';

export const shown = (record: Pick<PublishedRecord, 'manifest' | 'dataUrl'>, opened: Opened, rest: Pick<PublishedShown, 'network' | 'failures' | 'rejected'>): PublishedLoad => ({
  dataset: opened.data,
  warnings: opened.warnings,
  published: { manifest: record.manifest, dataUrl: record.dataUrl, checkedAt: Date.now(), ...rest },
});

function failuresOf(opened: Exclude<OpenedPublication, { ok: true }>, latest: Latest): LoadFailure[] {
  const mismatches = opened.mismatches.map((m): LoadFailure => ({ kind: 'mismatch', url: new URL(m.name, latest.dataUrl).href, ...m }));
  if (opened.issues.length === 0) return mismatches;
  const files = [...new Set(opened.issues.map((i) => /^(\w+\.csv):/.exec(i.column ?? '')?.[1] ?? 'observations.csv'))];
  return [...mismatches, { kind: 'invalid-data', url: latest.dataUrl, file: files.join(', '), issues: opened.issues }];
}

/**
 * Says at once whether the version was kept for offline use (keep-report.ts, loaded only to say it:
 * the first visit fetches no words it does not show).
 */
function sayKept(say: (report: typeof import('./keep-report')) => Promise<void> | void) {
  void import('./keep-report').then(say).catch(() => undefined);
}

export type Newest = { ok: true; load: PublishedLoad } | { ok: false; failures: LoadFailure[] };

/**
 * The newest publication's files that changed since `stored` (all of them without one), verified
 * against its manifest before anything is used, and kept in this browser for the next visit and
 * offline. `early`: the files already asked for with the manifest (a first visit).
 */
export async function fetchNewest(latest: Latest, stored: PublishedRecord | null, early: ReturnType<typeof fetchDataFiles> | null, reading: PageReadAhead, how: FetchFilesHow): Promise<Newest> {
  // Asked while the files come: whether a copy can fit at all.
  const estimating = spaceEstimate();
  const plan = planFetch(latest.manifest, stored?.manifest ?? null);
  const first = await (early ?? fetchDataFiles(latest.dataUrl, latest.manifest, plan.fetch, how));
  // A first visit asked for the three required files with the manifest; an optional one it lists (awards.csv, main-targets.csv) comes now.
  const rest = first.ok ? plan.fetch.filter((name) => !first.files[name]) : [];
  const more = rest.length > 0 ? await fetchDataFiles(latest.dataUrl, latest.manifest, rest, { progress: how.progress, signal: how.signal }) : null;
  const fetched = !first.ok ? first : more && !more.ok ? more : { ok: true as const, files: { ...first.files, ...more?.files } };
  if (!fetched.ok) return fetched;
  const files = { ...Object.fromEntries(plan.reuse.map((name) => [name, stored?.files[name]])), ...fetched.files } as PublicationFiles;
  const record = { manifest: latest.manifest, dataUrl: latest.dataUrl, savedAt: new Date().toISOString() };
  const needed = Object.values(files).reduce((sum, bytes) => sum + (bytes?.byteLength ?? 0), 0);
  const estimate = await estimating;
  const store = publishedStore() !== null;
  const keeps = store && worthTrying(needed, estimate);
  // The worker keeps a good version for the next visit and offline; the fetched bytes move to it, not copied.
  const fresh = Object.values(fetched.files).filter((b): b is Uint8Array => b instanceof Uint8Array);
  const next = await datasetWorker().openPublication(latest.manifest, files, keeps ? { dataUrl: record.dataUrl, savedAt: record.savedAt } : undefined, fresh, reading);
  if (!next.ok) return { ok: false, failures: failuresOf(next, latest) };
  const noted = () => useStorageNotices.getState().notices.length > 0;
  // A copy kept clears what an earlier one said; a copy not kept is said.
  if (keeps) void datasetWorker().keepOutcome(latest.manifest.version).then((attempt) => attempt && (!attempt.kept || noted()) && sayKept((report) => report.sayAttempt(attempt, estimate)), () => undefined);
  else sayKept((report) => report.sayNotKept(needed, estimate, store));
  return { ok: true, load: shown(record, next, { network: 'online', failures: [], rejected: null }) };
}
