import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useUpdateT } from './update-messages';
import './update-prompt.css';

const OFFLINE_NOTICE_MS = 8000;

/**
 * The service worker's two messages. A new build never replaces the running one by itself —
 * a presenter mid-talk decides when to reload; "ready offline" tells them they may unplug.
 */
export function UpdatePrompt() {
  const t = useUpdateT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });

  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  if (needRefresh)
    return (
      <div className="update-prompt" role="alertdialog" aria-labelledby="update-prompt-text">
        <p id="update-prompt-text">{t('newVersion')}</p>
        <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>{t('reload')}</button>
        <button type="button" className="button secondary" onClick={() => setNeedRefresh(false)}>{t('later')}</button>
      </div>
    );
  if (offlineReady)
    return (
      <div className="update-prompt offline-ready" aria-live="polite">
        <p>{t('offlineReady')}</p>
        <button type="button" className="button secondary" onClick={() => setOfflineReady(false)}>{t('dismiss')}</button>
      </div>
    );
  return null;
}
