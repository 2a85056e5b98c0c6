import { formatProgress } from '../../domain/publication/byte-sizes';
import { percentDone, STALL_AFTER_MS, sumProgress } from '../../domain/publication/download-progress';
import { useDownloads, type Download } from '../../lib/publication/download-store';
import { formatPublishedDate, usePublicationT } from '../../lib/publication/publication-messages';
import { useShowStore } from '../../lib/state/show-store';
import { useT } from '../../lib/language/use-language';

const STALL_SECONDS = Math.round(STALL_AFTER_MS / 1000);

function ProgressBar({ download }: { download: Download }) {
  const t = usePublicationT();
  const done = percentDone(sumProgress(download.files));
  // No total yet: an indeterminate bar, never a made-up share.
  return done === null ? <progress aria-label={t('downloadLabel')} /> : <progress aria-label={t('downloadLabel')} max={100} value={done} />;
}

/** Behind the kept version on screen: how far the newer one is, or that it stalls. Not during a slide show. */
export function NewerDownloadNotice() {
  const t = usePublicationT();
  const { language } = useT();
  const download = useDownloads((s) => s.download);
  const wanted = useDownloads((s) => s.wantSwitch);
  const showRunning = useShowStore((s) => s.running);
  if (download?.kind !== 'newer' || !download.coming || showRunning) return null;
  const params = { date: formatPublishedDate(download.coming.published, language), progress: formatProgress(sumProgress(download.files), language), seconds: STALL_SECONDS };
  return (
    <div className={download.stalled ? 'warning-banner page-notice' : 'info-banner page-notice'} aria-live="polite" data-testid="newer-download">
      <p>
        {t(download.stalled ? 'newerStalled' : 'downloadingNewer', params)}
        {wanted && ` ${t('switchWhenReady')}`}
      </p>
      <ProgressBar download={download} />
    </div>
  );
}

/** A first visit, nothing kept: the download's bytes of their total, and a Cancel. */
export function FirstDownloadProgress({ fallback }: { fallback: string }) {
  const t = usePublicationT();
  const { language } = useT();
  const download = useDownloads((s) => s.download);
  if (download?.kind !== 'first') return <p role="status" className="page-status">{fallback}</p>;
  const progress = sumProgress(download.files);
  const said = formatProgress(progress, language);
  const text = download.stalled ? t('firstStalled', { seconds: STALL_SECONDS, progress: said }) : progress.received === 0 && progress.total === null ? t('firstWaiting') : t('firstDownloading', { progress: said });
  return (
    <div role="status" className="page-status" data-testid="first-download">
      <p>{text}</p>
      <ProgressBar download={download} />
      {download.cancel && (
        <p>
          <button type="button" className="button secondary" onClick={download.cancel}>{t('cancelDownload')}</button>
        </p>
      )}
    </div>
  );
}
