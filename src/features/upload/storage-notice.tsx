import { StorageError } from '../../persistence/dataset-repository';
import { storageFailure } from '../../lib/repository';
import { useUploadT } from './upload-messages';

/** Says when the browser refuses storage, or a write failed — and that nothing was half-written. */
export function StorageNotice({ error }: { error: Error | null }) {
  const t = useUploadT();
  const unavailable = storageFailure();
  if (error) {
    const failure = error instanceof StorageError ? error.failure : 'unknown';
    const reason = failure === 'quota' ? t('quota') : failure === 'blocked' ? t('blocked') : t('unknownFailure');
    return <p role="alert" className="error-banner">{t('storageFailed', { reason })}</p>;
  }
  return unavailable ? <p role="alert" className="warning-banner">{t('storageUnavailable')}</p> : null;
}
