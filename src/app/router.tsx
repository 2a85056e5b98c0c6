import { createBrowserRouter, type RouteObject } from 'react-router';
import { routePattern } from '../domain/slide-view';
import { Layout } from './layout';
import { guardLinkSize } from './link-guard';
import { NotFound } from './not-found';
import { RouteError } from './route-error';

/** One URL per view (DESIGN.md); each feature is its own chunk. The slide kinds' paths come from the slide route table. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    loader: guardLinkSize,
    // When the layout itself fails; each view below has its own boundary inside the layout.
    ErrorBoundary: RouteError,
    children: [
      { index: true, lazy: () => import('../features/overview/overview-page').then((m) => ({ Component: m.OverviewPage })) },
      { path: routePattern('district', 'area'), lazy: () => import('../features/district/district-page').then((m) => ({ Component: m.DistrictPage })) },
      { path: routePattern('indicator', 'indicator'), lazy: () => import('../features/indicator/indicator-page').then((m) => ({ Component: m.IndicatorPage })) },
      { path: routePattern('trend'), lazy: () => import('../features/trend/trend-page').then((m) => ({ Component: m.TrendPage })) },
      { path: routePattern('ranking'), lazy: () => import('../features/ranking/ranking-page').then((m) => ({ Component: m.RankingPage })) },
      { path: 'data', lazy: () => import('../features/data/data-page').then((m) => ({ Component: m.DataPage })) },
      { path: 'present', lazy: () => import('../features/present/present-page').then((m) => ({ Component: m.PresentPage })) },
      { path: 'upload', lazy: () => import('../features/upload/upload-page').then((m) => ({ Component: m.UploadPage })) },
      { path: '*', element: <NotFound /> },
    ].map((route) => ({ ...route, ErrorBoundary: RouteError })),
  },
];

export const router = createBrowserRouter(routes);
