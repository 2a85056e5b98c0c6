import { isNetworkFailure, type LoadFailure } from '../../domain/publication/load-failure';
import { isSamePublication, planFetch } from '../../domain/publication/load-plan';
import type { Manifest } from '../../domain/publication/manifest';
import type { PublishedRecord } from '../../persistence/published-store';
import { datasetWorker } from '../dataset/dataset-worker';
import { locateData, readLatestManifest } from './check-latest';
import { trackDownload, useDownloads } from './download-store';
import { fetchNewest } from './fetch-newest';
import type { LookAhead } from './published-types';
import { usePublicationWatch } from './watch-store';

const named = (m: Manifest) => ({ version: m.version, published: m.published });

/**
 * Behind the kept version on screen: the newest is looked for, and a newer one downloaded (its
 * progress said, a stall said, nothing blocked) and verified; only then is it offered, and shown on
 * the person's click. What it found goes where the checks made while the page is open go, after
 * `since` (the kept version's load), so the header and notices say it the same way.
 */
export async function refreshBehind(kept: PublishedRecord, ahead: LookAhead | null, since: number): Promise<void> {
  const heard = (found: { latest: Manifest } | { failures: LoadFailure[]; rejected?: Manifest }) => {
    // Nothing newer to switch to (yet): a click made meanwhile is not carried to a later download.
    if (!useDownloads.getState().ready) useDownloads.setState({ wantSwitch: false });
    usePublicationWatch.setState((s) => ({
      latest: 'latest' in found ? found.latest : s.latest,
      failures: 'failures' in found ? found.failures : [],
      rejected: 'rejected' in found && found.rejected ? named(found.rejected) : s.rejected,
      checkedAt: Math.max(Date.now(), since + 1),
    }));
  };
  useDownloads.setState({ ready: null });
  const where = await (ahead?.where ?? locateData());
  if (!where.ok) return heard({ failures: where.failures });
  const check = (await ahead?.check) ?? (await readLatestManifest(where.dataUrl));
  if (!check.ok) return heard({ failures: check.failures });
  const { latest } = check;
  if (isSamePublication(latest.manifest, kept.manifest)) return heard({ latest: latest.manifest });
  const download = trackDownload('newer');
  download.expect(latest.manifest, planFetch(latest.manifest, kept.manifest).fetch);
  const reading = datasetWorker().readAhead();
  try {
    const newest = await fetchNewest(latest, kept, null, reading, { tap: reading, progress: download.bytes });
    // A version that failed its checks is not offered again; one the network could not bring is, at the next look.
    if (!newest.ok) return heard({ failures: newest.failures, rejected: newest.failures.every(isNetworkFailure) ? undefined : latest.manifest });
    // Verified: ready before it is offered, so the click that follows shows it at once.
    useDownloads.setState({ ready: newest.load });
    heard({ latest: latest.manifest });
  } finally {
    reading.cancel();
    download.end();
  }
}
