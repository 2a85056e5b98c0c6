import { draftBaseState, type DraftBase, type PublicationRef } from '../../domain/publication/draft-base';
import type { StorageError } from '../../persistence/dataset-repository';
import { formatPublishedDate } from '../../lib/publication/publication-messages';
import { useT } from '../../lib/language/use-language';
import { useBaseT } from './base-messages';
import { useStorageT } from './storage-messages';

type Stale = Extract<DraftBase, { kind: 'older' | 'other' }>;

/** The dates and versions of a draft's publication and the newest one, as the messages name them. */
function useBaseParams() {
  const { language } = useT();
  return (base: PublicationRef, latest: PublicationRef) => ({
    baseDate: formatPublishedDate(base.published, language), baseVersion: base.version,
    date: formatPublishedDate(latest.published, language), version: latest.version,
  });
}

/**
 * A commit storage refused because a newer publication is known than the one the analysis was
 * made on: nothing was saved. Check the same file again against the new publication, or save on
 * the old one knowingly (the product keeps drafts; the header will say it is built on an old one).
 */
export function StaleBaseNotice({ error, currentId, rechecking, busy, onRecheck, onKeep }: { error: StorageError; currentId: number; rechecking: boolean; busy: boolean; onRecheck: () => void; onKeep: (latest: PublicationRef) => void }) {
  const t = useBaseT();
  const params = useBaseParams();
  const { basePublication: base, latestPublication: latest } = error.details;
  if (!base || !latest) return null;
  const newer = draftBaseState(base, latest).kind === 'older';
  return (
    <div role="alert" className="warning-banner stale-base" data-testid="stale-base">
      <p>{t(newer ? 'newerPublication' : 'otherPublication', params(base, latest))}</p>
      {currentId !== 0 && <p>{t('onDraft', { id: currentId })}</p>}
      <div className="upload-controls">
        <button type="button" className="button" disabled={busy || rechecking} onClick={onRecheck}>{rechecking ? t('rechecking') : t('recheckNew')}</button>
        <button type="button" className="button secondary" disabled={busy || rechecking} onClick={() => onKeep(latest)}>{t('keepOld')}</button>
      </div>
    </div>
  );
}

/** The draft in use is built on an older publication than the newest known: how to check a file against the new one. */
export function DraftOnOldNotice({ id, base, busy, onUsePublished }: { id: number; base: Stale; busy: boolean; onUsePublished: () => void }) {
  const t = useBaseT();
  const params = useBaseParams();
  return (
    <div role="alert" className="warning-banner" data-testid="draft-on-old">
      <p>{t('draftOnOld', { id, ...params(base.base, base.latest) })}</p>
      <button type="button" className="button" disabled={busy} onClick={onUsePublished}>{t('usePublished')}</button>
    </div>
  );
}

/** The analysis was made on another publication than the one now shown (this tab loaded the new figures): check again before saving. */
export function StalePublicationNotice({ now, onReanalyze }: { now: PublicationRef; onReanalyze: () => void }) {
  const t = useBaseT();
  const storage = useStorageT();
  const { language } = useT();
  return (
    <div role="alert" className="warning-banner">
      <p>{t('stalePublication', { date: formatPublishedDate(now.published, language), version: now.version })}</p>
      <button type="button" className="button" onClick={onReanalyze}>{storage('reanalyze')}</button>
    </div>
  );
}
