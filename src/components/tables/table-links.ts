import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * Client-side navigation for the many plain links of one table (a country's matrix draws 30 rows × 50
 * cells): one click handler on the table does for each `<a href>` what the router's `<Link>` does, so
 * a cell is an anchor, not a Link with its four hooks. As `<Link>`: a plain left click on a link of this
 * app navigates in the page; a click with a modifier, another button, a target or a download is the
 * browser's (a new tab, a download).
 */
export function useTableLinks() {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(anchor instanceof HTMLAnchorElement) || !event.currentTarget.contains(anchor)) return;
      if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href);
      if (url.origin !== window.location.origin) return;
      event.preventDefault();
      const to = `${url.pathname}${url.search}${url.hash}`;
      const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
      void navigate(to, { replace: to === here });
    },
    [navigate],
  );
}
