import { Link } from 'react-router';
import { isStaleBase } from '../../domain/publication/draft-base';
import { useCarriedSearch } from '../../lib/state/carried-search';
import type { DataStatus } from '../../lib/publication/data-status';
import { describeStaleBase, formatPublishedDate, usePublicationT } from '../../lib/publication/publication-messages';
import { closePreview, usePreviewStore } from '../../lib/dataset/preview-store';
import { useT } from '../../lib/language/use-language';

/**
 * The header's one line on what is shown: the publication and its date, offline, the analyst's
 * draft (and when it is built on an older publication than the newest known), or a file previewed.
 */
export function DataStatusLine({ status }: { status: DataStatus }) {
  const t = usePublicationT();
  const { language } = useT();
  const preview = usePreviewStore((s) => s.preview);
  const search = useCarriedSearch();
  if (preview) {
    return (
      <span className="brand-data data-preview" data-testid="data-status">
        {t('statusPreview', { file: preview.fileName })}{' '}
        <button type="button" className="button secondary" onClick={closePreview}>{t('closePreview')}</button>
      </span>
    );
  }
  if (status.kind === 'loading') return null;
  if (status.kind === 'draft' && isStaleBase(status.base)) {
    return (
      <span className="brand-data data-draft data-stale-base" data-testid="data-status" data-base={status.base.kind}>
        {t('statusDraft', { id: status.id })}. {describeStaleBase(status.base, t, language)}{' '}
        <Link className="button secondary" to={`/upload${search}`}>{t('recheckNew')}</Link>
      </span>
    );
  }
  let text: string;
  if (status.kind === 'draft') text = t('statusDraft', { id: status.id });
  else if (status.kind === 'bundled') text = t('statusBundled');
  else if (status.kind === 'none') text = t('statusNone');
  else {
    const params = { date: formatPublishedDate(status.shown.published, language), version: status.shown.version };
    const key = ({ online: 'statusOnline', checking: 'statusChecking', offline: 'statusOffline', failed: 'statusFailed' } as const)[status.freshness];
    text = t(key, params);
  }
  return (
    <span className={`brand-data data-${status.kind === 'published' ? status.freshness : status.kind}`} data-testid="data-status" data-newer={status.kind === 'published' ? status.newer?.version : undefined}>
      {text}
    </span>
  );
}
