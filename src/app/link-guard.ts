import { droppedParamMessage, MAX_SEARCH_CHARS, trimLongSearch, type DroppedParam } from '../domain/text/link-size';
import { useLinkNotices } from '../lib/state/link-notices';

/**
 * A link whose query is longer than the app reads loses its longest parameters before anything
 * reads it, and the reader is told which: every hook that reads the URL would otherwise parse the
 * huge value again on each render (a 50 MB scheme froze the tab).
 */
export function trimmedLink(href: string): { path: string; dropped: DroppedParam[] } | null {
  if (href.length <= MAX_SEARCH_CHARS) return null;
  const url = new URL(href);
  const trimmed = trimLongSearch(url.search);
  if (!trimmed) return null;
  return { path: `${url.pathname}${trimmed.search}${url.hash}`, dropped: trimmed.dropped };
}

/** Tells the reader which parameters were dropped from the link. */
export const reportDropped = (dropped: DroppedParam[]) => useLinkNotices.getState().report(dropped.map(droppedParamMessage));

/**
 * The page's own address, at load and on back/forward (or a script's pushState announced by
 * popstate), trimmed in place before the router and the URL-state hooks see it. Call before the app renders.
 */
export function installLinkGuard() {
  const trim = () => {
    const trimmed = trimmedLink(window.location.href);
    if (!trimmed) return;
    reportDropped(trimmed.dropped);
    window.history.replaceState(window.history.state, '', trimmed.path);
  };
  trim();
  // Capture, and installed first: runs before the router's and the URL-state library's own listeners.
  window.addEventListener('popstate', trim, { capture: true });
}
