import { replace, type LoaderFunctionArgs } from 'react-router';
import { droppedParamMessage, MAX_SEARCH_CHARS, trimLongSearch } from '../domain/link-size';
import { useLinkNotices } from '../lib/link-notices';

/**
 * A link whose query is longer than the app reads loses its longest parameters before anything
 * reads it, and the reader is told which: every hook that reads the URL would otherwise parse the
 * huge value again on each render (a 50 MB scheme froze the tab).
 */
function trimmedPath(href: string): string | null {
  if (href.length <= MAX_SEARCH_CHARS) return null;
  const url = new URL(href);
  const trimmed = trimLongSearch(url.search);
  if (!trimmed) return null;
  useLinkNotices.getState().report(trimmed.dropped.map(droppedParamMessage));
  return `${url.pathname}${trimmed.search}${url.hash}`;
}

/** The root route's loader: an in-app navigation to an over-long link lands on the trimmed one instead. */
export function guardLinkSize({ request }: LoaderFunctionArgs) {
  const path = trimmedPath(request.url);
  return path === null ? null : replace(path);
}

/**
 * The page's own address, at load and on back/forward (or a script's pushState announced by
 * popstate), trimmed in place before the router and the URL-state hooks see it. Call before the app renders.
 */
export function installLinkGuard() {
  const trim = () => {
    const path = trimmedPath(window.location.href);
    if (path !== null) window.history.replaceState(window.history.state, '', path);
  };
  trim();
  // Capture, and installed first: runs before the router's and the URL-state library's own listeners.
  window.addEventListener('popstate', trim, { capture: true });
}
