/** The parts of a ServiceWorkerRegistration this module reads; a fake in tests. */
export interface RegistrationLike {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
}
interface WorkerLike {
  readonly state: string;
  addEventListener(type: 'statechange', listener: () => void): void;
}

/**
 * Calls `onWaiting` once a new build is installed and waits for the reader's consent.
 *
 * A new build can already be installing when the page registers its listeners (the browser
 * checks for one on navigation, and a slow page registers late). workbox-window only hears
 * `updatefound` from registration on, and only reports a worker *waiting* at registration;
 * Chromium happens to announce the installing one again to the new page, but the standard
 * does not promise it. Without this, a reload during a deploy could show no prompt until the
 * next visit.
 *
 * `hasController` is false on the very first visit: a first install is "ready offline", not an update.
 */
export function watchPendingUpdate(registration: RegistrationLike | undefined, hasController: boolean, onWaiting: () => void): void {
  if (!registration || !hasController) return;
  if (registration.waiting) {
    onWaiting();
    return;
  }
  const worker = registration.installing;
  if (!worker) return;
  worker.addEventListener('statechange', () => {
    if (worker.state === 'installed') onWaiting();
  });
}
