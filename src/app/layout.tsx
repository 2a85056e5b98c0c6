import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useCarriedSearch } from '../lib/carried-search';
import { useLanguage } from '../lib/use-language';
import { usePresenters } from '../lib/use-presenters';
import type { MessageKey } from '../lib/messages';

const NAV: { to: string; label: MessageKey; match: string }[] = [
  { to: '/', label: 'navOverview', match: '/' },
  { to: '/district', label: 'navDistrict', match: '/district' },
  { to: '/indicator', label: 'navIndicator', match: '/indicator' },
  { to: '/trend', label: 'navTrend', match: '/trend' },
  { to: '/ranking', label: 'navRanking', match: '/ranking' },
  { to: '/data', label: 'navData', match: '/data' },
  { to: '/upload', label: 'navUpload', match: '/upload' },
];

function Header() {
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
      <button type="button" className="language-toggle" lang={language === 'vi' ? 'en' : 'vi'} aria-label={t('switchLanguageLabel')} onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}>
        {t('switchLanguage')}
      </button>
    </header>
  );
}

export function Layout() {
  return (
    <NuqsAdapter>
      <Header />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </NuqsAdapter>
  );
}
