import { useEffect } from 'react';
import { useShowStore } from '../state/show-store';
import { usePublicationWatch } from './watch-store';

export { usePublicationWatch, type PublicationWatch } from './watch-store';

/** Every few minutes, on returning to the window, and when a slide show ends. */
export const CHECK_EVERY_MS = 3 * 60_000;

let inFlight: Promise<void> | null = null;

/** One check at a time; its answer is kept for the status and the "new figures" notice. */
export function checkForNewPublication(): Promise<void> {
  // The checker (fetch, schema) is loaded with the first check, not with the page.
  inFlight ??= import('./check-latest')
    .then(({ checkLatest }) => checkLatest())
    .then((check) =>
      usePublicationWatch.setState((s) => {
        if (!check.ok) return { latest: s.latest, failures: check.failures, checkedAt: Date.now() };
        // The newest is still the one that failed its checks: what was wrong with it stays said.
        const failures = check.latest.manifest.version === s.rejected?.version ? s.failures : [];
        return { latest: check.latest.manifest, failures, checkedAt: Date.now() };
      }),
    )
    .finally(() => (inFlight = null));
  return inFlight;
}

/** Once, in the app shell, while published data is shown: no component polls on its own. */
export function useWatchPublication(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const check = () => void checkForNewPublication();
    const onVisible = () => document.visibilityState === 'visible' && check();
    window.addEventListener('focus', check);
    window.addEventListener('online', check);
    document.addEventListener('visibilitychange', onVisible);
    const timer = setInterval(check, CHECK_EVERY_MS);
    const unsubscribe = useShowStore.subscribe((now, before) => before.running && !now.running && check());
    return () => {
      window.removeEventListener('focus', check);
      window.removeEventListener('online', check);
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(timer);
      unsubscribe();
    };
  }, [active]);
}
