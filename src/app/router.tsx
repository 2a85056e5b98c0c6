import { Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { routePattern } from '../domain/slides/slide-view';
import { usePresenters } from '../lib/language/use-presenters';
import { Layout } from './layout';
import { lazyView } from './lazy-view';
import { reportDropped, trimmedLink } from './link-guard';
import { NotFound } from './not-found';
import { ViewBoundary } from './view-boundary';

// One URL per view (DESIGN.md); each feature is its own chunk. The slide kinds' paths come from the slide route table.
const OverviewPage = lazyView(() => import('../features/overview/overview-page').then((m) => m.OverviewPage));
const DistrictPage = lazyView(() => import('../features/district/district-page').then((m) => m.DistrictPage));
const IndicatorPage = lazyView(() => import('../features/indicator/indicator-page').then((m) => m.IndicatorPage));
const TrendPage = lazyView(() => import('../features/trend/trend-page').then((m) => m.TrendPage));
const InYearPage = lazyView(() => import('../features/in-year/in-year-page').then((m) => m.InYearPage));
const RankingPage = lazyView(() => import('../features/ranking/ranking-page').then((m) => m.RankingPage));
const DataPage = lazyView(() => import('../features/data/data-page').then((m) => m.DataPage));
const PresentPage = lazyView(() => import('../features/present/present-page').then((m) => m.PresentPage));
const ReportPage = lazyView(() => import('../features/report/report-page').then((m) => m.ReportPage));
const UploadPage = lazyView(() => import('../features/upload/upload-page').then((m) => m.UploadPage));

/**
 * An in-app navigation to an over-long link lands on the trimmed one instead, before any view
 * reads it (the page's own address at load and on back/forward is trimmed by installLinkGuard).
 */
function LinkSizeGuard({ children }: { children: ReactNode }) {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const trimmed = useMemo(() => trimmedLink(`${window.location.origin}${pathname}${search}${hash}`), [pathname, search, hash]);
  useEffect(() => {
    if (!trimmed) return;
    reportDropped(trimmed.dropped);
    void navigate(trimmed.path, { replace: true });
  }, [trimmed, navigate]);
  return trimmed ? null : children;
}

function Loading() {
  const { t } = usePresenters();
  return <p role="status" className="page-status">{t('loading')}</p>;
}

/** A view inside the layout: its own error boundary (the navigation stays) and its code loaded on first visit. */
function View({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  return (
    <ViewBoundary resetKey={`${pathname}${search}`}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ViewBoundary>
  );
}

/** The app's routes; the layout has a boundary of its own, for when it fails itself. */
export function AppRoutes() {
  const { pathname } = useLocation();
  return (
    <ViewBoundary resetKey={pathname}>
      <LinkSizeGuard>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<View><OverviewPage /></View>} />
            <Route path={routePattern('district', 'area')} element={<View><DistrictPage /></View>} />
            <Route path={routePattern('indicator', 'indicator')} element={<View><IndicatorPage /></View>} />
            <Route path={routePattern('trend')} element={<View><TrendPage /></View>} />
            <Route path={routePattern('in-year')} element={<View><InYearPage /></View>} />
            <Route path={routePattern('ranking')} element={<View><RankingPage /></View>} />
            <Route path={routePattern('report')} element={<View><ReportPage /></View>} />
            <Route path="data" element={<View><DataPage /></View>} />
            <Route path="present" element={<View><PresentPage /></View>} />
            <Route path="upload" element={<View><UploadPage /></View>} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </LinkSizeGuard>
    </ViewBoundary>
  );
}
