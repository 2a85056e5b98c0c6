import { createBrowserRouter, type RouteObject } from 'react-router';
import { routePattern } from '../domain/slide-view';
import { Layout } from './layout';
import { lazyView as view } from './lazy-view';
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
      { index: true, lazy: view(() => import('../features/overview/overview-page').then((m) => m.OverviewPage)) },
      { path: routePattern('district', 'area'), lazy: view(() => import('../features/district/district-page').then((m) => m.DistrictPage)) },
      { path: routePattern('indicator', 'indicator'), lazy: view(() => import('../features/indicator/indicator-page').then((m) => m.IndicatorPage)) },
      { path: routePattern('trend'), lazy: view(() => import('../features/trend/trend-page').then((m) => m.TrendPage)) },
      { path: routePattern('ranking'), lazy: view(() => import('../features/ranking/ranking-page').then((m) => m.RankingPage)) },
      { path: 'data', lazy: view(() => import('../features/data/data-page').then((m) => m.DataPage)) },
      { path: 'present', lazy: view(() => import('../features/present/present-page').then((m) => m.PresentPage)) },
      { path: 'upload', lazy: view(() => import('../features/upload/upload-page').then((m) => m.UploadPage)) },
      { path: '*', element: <NotFound /> },
    ].map((route) => ({ ...route, ErrorBoundary: RouteError })),
  },
];

export const router = createBrowserRouter(routes);
