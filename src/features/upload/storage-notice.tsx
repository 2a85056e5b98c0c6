import { datasetToJson, observationsToCsv } from '../../domain/dataset/dataset-export';
import { formatSize } from '../../domain/publication/byte-sizes';
import { isTabular, type TabularDataset } from '../../domain/dataset/dataset-index';
import type { Dataset } from '../../domain/model';
import { StorageError, type StorageFailure as Failure } from '../../persistence/dataset-repository';
import { downloadText } from '../../lib/state/download';
import { storageFailure } from '../../lib/dataset/repository';
import { useT } from '../../lib/language/use-language';
import { useStorageT } from './storage-messages';

/**
 * A write storage refused — and that nothing was half-written. A refused commit keeps its
 * dataset at hand: the analyst can download it rather than lose it, or check the file again.
 */
/** The unsaved dataset with every observation as an object, for the download (made on click only). */
const full = (d: Dataset | TabularDataset): Dataset => (isTabular(d) ? { areas: d.areas, indicators: d.indicators, observations: d.table.toObservations() } : d);

export function StorageFailure({ error, unsaved, onReanalyze }: { error: Error; unsaved?: Dataset | TabularDataset; onReanalyze?: () => void }) {
  const t = useStorageT();
  const { language } = useT();
  const storage = error instanceof StorageError ? error : new StorageError('unknown', error);
  const { failure, details } = storage;
  const reasons: Record<Failure, string> = { quota: t('quota'), blocked: t('blocked'), conflict: t('conflict'), 'stale-base': t('staleBase'), corrupt: t('corrupt'), unavailable: t('storageUnavailable'), unknown: t('unknownFailure') };
  const reason = reasons[failure];
  const found = details.foundCurrentId ? t('versionN', { id: details.foundCurrentId }) : t('builtIn');
  return (
    <div role="alert" className="error-banner storage-failure">
      <p>{t('storageFailed', { reason })}</p>
      {failure === 'quota' && details.neededBytes !== undefined && (
        <p>
          {details.availableBytes !== undefined
            ? t('quotaNeeded', { needed: formatSize(details.neededBytes, language), available: formatSize(details.availableBytes, language) })
            : t('quotaNeededOnly', { needed: formatSize(details.neededBytes, language) })}
        </p>
      )}
      {failure === 'quota' && <p>{t('quotaFix')}</p>}
      {failure === 'conflict' && <p>{t('conflictFix', { found })}</p>}
      <div className="upload-controls">
        {failure === 'conflict' && onReanalyze && <button type="button" className="button" onClick={onReanalyze}>{t('reanalyze')}</button>}
        {unsaved && failure !== 'conflict' && (
          <>
            <button type="button" className="button secondary" onClick={() => downloadText('chi-tieu-chua-ghi.csv', observationsToCsv(full(unsaved).observations))}>{t('downloadCsv')}</button>
            <button type="button" className="button secondary" onClick={() => downloadText('chi-tieu-chua-ghi.json', datasetToJson(full(unsaved)), 'application/json')}>{t('downloadJson')}</button>
          </>
        )}
      </div>
    </div>
  );
}

/** Says when the browser refuses storage altogether, or an undo or delete failed. */
export function StorageNotice({ error }: { error: Error | null }) {
  const t = useStorageT();
  if (error) return <StorageFailure error={error} />;
  return storageFailure() ? <p role="alert" className="warning-banner">{t('storageUnavailable')}</p> : null;
}

/** An analysis made against a version that is no longer current: it must be checked again before saving. */
export function StaleAnalysisNotice({ currentId, onReanalyze }: { currentId: number; onReanalyze: () => void }) {
  const t = useStorageT();
  return (
    <div role="alert" className="warning-banner">
      <p>{t('stale', { found: currentId ? t('versionN', { id: currentId }) : t('builtIn') })}</p>
      <button type="button" className="button" onClick={onReanalyze}>{t('reanalyze')}</button>
    </div>
  );
}
