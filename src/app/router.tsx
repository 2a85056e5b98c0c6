import { createBrowserRouter } from 'react-router';
import { Layout } from './layout';
import { NotFound } from './not-found';

/** One URL per view (DESIGN.md); each feature is its own chunk. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, lazy: () => import('../features/overview/overview-page').then((m) => ({ Component: m.OverviewPage })) },
      { path: 'district/:area?', lazy: () => import('../features/district/district-page').then((m) => ({ Component: m.DistrictPage })) },
      { path: 'indicator/:indicator?', lazy: () => import('../features/indicator/indicator-page').then((m) => ({ Component: m.IndicatorPage })) },
      { path: 'trend', lazy: () => import('../features/trend/trend-page').then((m) => ({ Component: m.TrendPage })) },
      { path: 'ranking', lazy: () => import('../features/ranking/ranking-page').then((m) => ({ Component: m.RankingPage })) },
      { path: 'data', lazy: () => import('../features/data/data-page').then((m) => ({ Component: m.DataPage })) },
      { path: 'present', lazy: () => import('../features/present/present-page').then((m) => ({ Component: m.PresentPage })) },
      { path: 'upload', lazy: () => import('../features/upload/upload-page').then((m) => ({ Component: m.UploadPage })) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
