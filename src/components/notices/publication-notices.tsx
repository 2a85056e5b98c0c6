import { useIsFetching } from '@tanstack/react-query';
import type { DataStatus } from '../../lib/publication/data-status';
import { useDownloads } from '../../lib/publication/download-store';
import { describeFailure, formatPublishedDate, usePublicationT } from '../../lib/publication/publication-messages';
import { useShowNewer } from '../../lib/publication/use-show-newer';
import { useShowStore } from '../../lib/state/show-store';
import { datasetQuery } from '../../lib/dataset/use-dataset';
import { useT } from '../../lib/language/use-language';
import { NewerDownloadNotice } from './download-notices';

/**
 * Under the header of every page: why the newest publication is not the one shown (the last good
 * version stays on screen), a newer one downloading behind it, and a quiet offer of a newer one
 * once verified — never during a slide show.
 */
export function PublicationNotices({ status }: { status: DataStatus }) {
  const t = usePublicationT();
  const { language } = useT();
  const showNewer = useShowNewer();
  const showRunning = useShowStore((s) => s.running);
  const downloading = useDownloads((s) => s.download?.kind === 'newer');
  const loading = useIsFetching({ queryKey: datasetQuery.queryKey }) > 0;
  if (status.kind !== 'published') return null;
  const date = (iso: string) => formatPublishedDate(iso, language);
  const shown = { date: date(status.shown.published), version: status.shown.version };
  const folder = status.failures[0]?.url.replace(/[^/]*$/, '') ?? '';
  const rejected = status.rejected ? t('rejected', { version: status.rejected.version, date: date(status.rejected.published) }) : '';
  return (
    <>
      {status.failures.length > 0 && (
        <div role="alert" className="warning-banner page-notice publication-failure" data-testid="publication-failure">
          <p>{status.freshness === 'offline' ? t('offlineKept', shown) : t('keptBecause', { ...shown, folder, rejected })}</p>
          <ul>{status.failures.map((f, n) => <li key={n}>{describeFailure(f, t, language)}</li>)}</ul>
        </div>
      )}
      <NewerDownloadNotice />
      {status.newer && !showRunning && !downloading && (
        <p className="info-banner page-notice" aria-live="polite" data-testid="new-publication">
          {t('newVersion', { date: date(status.newer.published) })}{' '}
          <button type="button" className="button secondary" disabled={loading} onClick={showNewer}>
            {loading ? t('loadingNew') : t('showNew')}
          </button>
        </p>
      )}
    </>
  );
}
