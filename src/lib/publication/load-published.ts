import { planFetch } from '../../domain/publication/load-plan';
import { DATA_FILES } from '../../domain/publication/manifest';
import { LoadCancelledError, NoPublishedDataError } from '../dataset/dataset-errors';
import { datasetWorker } from '../dataset/dataset-worker';
import { fetchDataFiles, locateData, readLatestManifest } from './check-latest';
import { trackDownload } from './download-store';
import { fetchNewest, shown } from './fetch-newest';
import { openStored, readStored } from './kept-copy';
import { refreshBehind } from './refresh-behind';
import type { LookAhead, Pin, PublishedLoad } from './published-types';

/** Starts asking for config.json and the manifest: two small files, never the data; unused if a draft is shown. */
export function lookAhead(): LookAhead {
  const where = locateData();
  const check = where.then((w) => (w.ok ? readLatestManifest(w.dataUrl) : null));
  // Unused when a draft is shown: a failure then is nobody's (it is seen where they are awaited).
  void Promise.allSettled([where, check]);
  return { where, check };
}

/**
 * The published dataset. A verified copy kept in this browser is shown at once, never waiting on
 * the network: the newest is looked for behind it (refresh-behind.ts) and offered once it has passed
 * its checks. With nothing kept (a first visit) the page waits, with progress and a Cancel: only
 * the files whose checksums changed are fetched, every file verified against the manifest before
 * anything is shown, and the good version kept for the next visit and offline.
 */
export async function loadPublished(pin: Pin, ahead: LookAhead | null = null): Promise<PublishedLoad> {
  // The worker boots while config.json and the manifest are on their way.
  datasetWorker();
  const storedRead = readStored(pin.version);
  // The kept version is verified and parsed meanwhile.
  const keptOpening = storedRead.then(openStored);
  const [kept, opened] = await Promise.all([storedRead, keptOpening]);
  if (kept && opened && pin.pinned) return shown(kept, opened, { network: 'pinned', failures: [], rejected: null });
  if (kept && opened) {
    const load = shown(kept, opened, { network: 'checking', failures: [], rejected: null });
    void refreshBehind(kept, ahead, load.published.checkedAt);
    return load;
  }
  return loadFirst(ahead);
}

/** Rejects with LoadCancelledError as soon as the person cancels, whatever `work` is waiting on. */
function untilCancelled<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  const cancelled = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new LoadCancelledError()), { once: true }));
  return Promise.race([work, cancelled]);
}

/** Nothing kept: the newest, with its download said as it goes and a Cancel that aborts it. */
async function loadFirst(ahead: LookAhead | null): Promise<PublishedLoad> {
  const controller = new AbortController();
  const download = trackDownload('first', () => controller.abort());
  const reading = datasetWorker().readAhead();
  const how = { tap: reading, progress: download.bytes, signal: controller.signal };
  const work = (async () => {
    const where = await (ahead?.where ?? locateData());
    if (!where.ok) throw new NoPublishedDataError(where.failures);
    // Every file is needed whatever the manifest says, so they are asked for with it.
    const early = fetchDataFiles(where.dataUrl, null, DATA_FILES, how);
    // Not awaited when the manifest fails: its end is then nobody's.
    early.catch(() => undefined);
    const check = (await ahead?.check) ?? (await readLatestManifest(where.dataUrl));
    if (!check.ok) throw new NoPublishedDataError(check.failures);
    download.expect(check.latest.manifest, planFetch(check.latest.manifest, null).fetch);
    const newest = await fetchNewest(check.latest, null, early, reading, how);
    if (!newest.ok) throw new NoPublishedDataError(newest.failures);
    return newest.load;
  })();
  try {
    return await untilCancelled(work, controller.signal);
  } finally {
    reading.cancel();
    download.end();
    // Whatever is still downloading after a failure or a Cancel is stopped.
    controller.abort();
  }
}
