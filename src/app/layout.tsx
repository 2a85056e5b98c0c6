import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { AddToDeckButton } from '../components/deck/add-to-deck-button';
import { DataNotices } from '../components/notices/data-notices';
import { LinkNotice } from '../components/notices/link-notice';
import { StorageNotices } from '../components/notices/storage-notices';
import { DataStatusLine } from '../components/notices/data-status-line';
import { PublicationNotices } from '../components/notices/publication-notices';
import { AppearanceControls } from './appearance-controls';
import './present.css';
import { UpdatePrompt } from './update-prompt';
import { useCarriedSearch } from '../lib/state/carried-search';
import { useAppearance } from '../lib/state/use-appearance';
import { useLanguage } from '../lib/language/use-language';
import { LanguageProvider } from '../lib/language/language-provider';
import type { DataStatus } from '../lib/publication/data-status';
import { useWatchPublication } from '../lib/publication/publication-watch';
import { useDataStatus } from '../lib/publication/use-data-status';
import { usePresenters } from '../lib/language/use-presenters';
import { useVersionSync } from '../lib/dataset/version-sync';
import type { MessageKey } from '../lib/language/messages';

const NAV: { to: string; label: MessageKey; match: string }[] = [
  { to: '/', label: 'navOverview', match: '/' },
  { to: '/district', label: 'navDistrict', match: '/district' },
  { to: '/indicator', label: 'navIndicator', match: '/indicator' },
  { to: '/trend', label: 'navTrend', match: '/trend' },
  { to: '/in-year', label: 'navInYear', match: '/in-year' },
  { to: '/ranking', label: 'navRanking', match: '/ranking' },
  { to: '/report', label: 'navReport', match: '/report' },
  { to: '/data', label: 'navData', match: '/data' },
  { to: '/upload', label: 'navUpload', match: '/upload' },
  { to: '/present', label: 'navPresent', match: '/present' },
];

function Header({ status }: { status: DataStatus }) {
  const { t, language } = usePresenters();
  const [, setLanguage] = useLanguage();
  const search = useCarriedSearch();
  const { pathname } = useLocation();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <div className="brand">
        <span className="brand-name">{t('appName')}</span>
        <span className="brand-tagline">{t('appTagline')}</span>
        <DataStatusLine status={status} />
      </div>
      <nav aria-label={t('mainNav')} className="main-nav">
        {NAV.map((item) => {
          const active = item.match === '/' ? pathname === '/' : pathname.startsWith(item.match);
          return (
            <NavLink key={item.to} to={`${item.to}${search}`} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
              {t(item.label)}
            </NavLink>
          );
        })}
      </nav>
      <div className="header-tools">
        <AddToDeckButton />
        <AppearanceControls />
        <button type="button" className="language-toggle" lang={language === 'vi' ? 'en' : 'vi'} aria-label={t('switchLanguageLabel')} onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}>
          {t('switchLanguage')}
        </button>
      </div>
    </header>
  );
}

/** ?embed=1: the view alone, at presentation scale, as a slide shows it. */
function useEmbedded(): boolean {
  const embedded = new URLSearchParams(useLocation().search).get('embed') === '1';
  useEffect(() => {
    document.documentElement.classList.toggle('embed', embedded);
  }, [embedded]);
  return embedded;
}

/**
 * A slide never cuts its view off: when the view is taller than the screen, the whole of it
 * is scaled down to fit (views that fit keep presentation-size type).
 */
function useFitToScreen(embedded: boolean) {
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    const node = main.current;
    if (!embedded || !node) return;
    let frame = 0;
    let again = 0;
    let checks = 0;
    const fit = () => {
      // Zoom changes the width the view lays out in, so its height is not linear in the zoom: refine a few times.
      const available = window.innerHeight - 4;
      let scale = 1;
      node.style.zoom = '1';
      for (let step = 0; step < 6; step++) {
        const height = node.getBoundingClientRect().height;
        if (height <= available) break;
        scale *= available / height;
        node.style.zoom = String(scale);
      }
      // A shrunk view is looked at again a little later: a change of style alone (a stylesheet or font that
      // came late) can leave it shorter with no observer told, and a slide must not stay smaller than it need be.
      clearTimeout(again);
      if (scale < 1 && checks++ < 20) again = window.setTimeout(refit, 250);
    };
    // Once a frame at most, after any change of size or content: a zoomed view that changes inside keeps its
    // zoomed box, so its size alone does not always tell (a view fitted while still loading stayed shrunk).
    const refit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    const observer = new ResizeObserver(refit);
    observer.observe(node);
    const changes = new MutationObserver(refit);
    changes.observe(node, { childList: true, subtree: true, characterData: true });
    void document.fonts?.ready.then(refit);
    window.addEventListener('resize', refit);
    return () => (cancelAnimationFrame(frame), clearTimeout(again), observer.disconnect(), changes.disconnect(), window.removeEventListener('resize', refit));
  }, [embedded]);
  return main;
}

export function Layout() {
  const embedded = useEmbedded();
  useAppearance();
  useVersionSync();
  // What the data is, worked out once here for the header and the notices; a slide (embedded) shows its pinned version only.
  const status = useDataStatus();
  useWatchPublication(!embedded && status.kind === 'published');
  const main = useFitToScreen(embedded);
  return (
    <NuqsAdapter>
      <LanguageProvider>
        {!embedded && <Header status={status} />}
        <main id="main" tabIndex={-1} ref={main}>
          {!embedded && <DataNotices />}
          {!embedded && <LinkNotice />}
          {!embedded && <StorageNotices />}
          {!embedded && <PublicationNotices status={status} />}
          <Outlet />
        </main>
        {!embedded && <UpdatePrompt />}
      </LanguageProvider>
    </NuqsAdapter>
  );
}
