import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { watchPendingUpdate } from './pending-update';
import { useUpdateT } from './update-messages';
import './update-prompt.css';

const OFFLINE_NOTICE_MS = 8000;
/**
 * "Tải lại" reloads even when neither sign of the new build taking over reaches this page (a fresh-clone
 * run saw the click do nothing for a minute, about one run in six): after this long the page loads
 * again, on the new build if it is active by then, else on the running one, which asks again.
 */
const RELOAD_AT_LATEST_MS = 3000;

let reloading = false;
/** The new build takes control once the reader agreed: load the page again, once. */
function reloadOnce() {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

/**
 * The service worker's two messages. A new build never replaces the running one by itself —
 * a presenter mid-talk decides when to reload; "ready offline" tells them they may unplug.
 */
export function UpdatePrompt() {
  const t = useUpdateT();
  // A new build found before the page registered its listeners (see watchPendingUpdate).
  const [pendingUpdate, setPendingUpdate] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    immediate: true,
    onNeedReload: reloadOnce,
    onRegisteredSW: (_url, registration) =>
      watchPendingUpdate(registration, Boolean(navigator.serviceWorker.controller), () => setPendingUpdate(true)),
  });

  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  const takeUpdate = () => {
    navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
    setTimeout(reloadOnce, RELOAD_AT_LATEST_MS);
    void updateServiceWorker(true);
    // Also told straight to the waiting build the registration has now: workbox-window asks the one
    // it saw when it registered, and the "reload" must never do nothing.
    // A page the new build does not take control of sees no controllerchange: reload once the build is
    // active, whichever comes first.
    void navigator.serviceWorker.getRegistration().then((registration) => {
      const waiting = registration?.waiting;
      if (!waiting) return;
      waiting.addEventListener('statechange', () => {
        if (waiting.state === 'activated') reloadOnce();
      });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  const later = () => {
    setNeedRefresh(false);
    setPendingUpdate(false);
  };

  if (needRefresh || pendingUpdate)
    return (
      <div className="update-prompt" role="alertdialog" aria-labelledby="update-prompt-text">
        <p id="update-prompt-text">{t('newVersion')}</p>
        <button type="button" className="button" onClick={takeUpdate}>{t('reload')}</button>
        <button type="button" className="button secondary" onClick={later}>{t('later')}</button>
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
