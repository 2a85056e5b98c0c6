import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { datasetQuery } from '../lib/dataset/use-dataset';
import { AppRoutes } from './router';
import './print.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
// The data is asked for at once, while the first view's code is still loading.
void queryClient.prefetchQuery(datasetQuery);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
