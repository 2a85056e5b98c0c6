import { queryOptions, useQuery } from '@tanstack/react-query';
import { createDatasetIndex, type DatasetIndex, type TabularDataset } from '../../domain/dataset/dataset-index';
import type { Dataset } from '../../domain/model';
import { usePreviewStore } from './preview-store';
import { pinFromLocation } from '../publication/pin';

export const datasetQuery = queryOptions({
  queryKey: ['dataset', 'current'],
  // The loader (storage, fetch, checks, the worker) is its own chunk, fetched beside the first view's.
  queryFn: async () => {
    const { loadCurrentDataset, warmIndex } = await import('./load-dataset');
    const loaded = await loadCurrentDataset(pinFromLocation(window.location.pathname, window.location.search));
    await warmIndex(() => indexOf(loaded.dataset), new URLSearchParams(window.location.search));
    return loaded;
  },
  staleTime: Infinity,
  // The loader already falls back to the last good version; a failure is shown at once, with "Retry".
  retry: false,
});

// One index per dataset, shared by every component that reads it (never one per component).
const indexes = new WeakMap<Dataset | TabularDataset, DatasetIndex>();
export function indexOf(dataset: Dataset | TabularDataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (!index) indexes.set(dataset, (index = createDatasetIndex(dataset)));
  return index;
}

/**
 * The dataset the views show, with its lookups: the stored draft or the published data, or a
 * file opened as a read-only preview. `stored` is for the upload page, which always works on
 * what is stored, never on a preview.
 */
export function useDataset({ source = 'shown' }: { source?: 'shown' | 'stored' } = {}) {
  const query = useQuery(datasetQuery);
  const preview = usePreviewStore((s) => (source === 'shown' ? s.preview : null));
  const dataset = preview?.dataset ?? query.data?.dataset;
  return { ...query, index: dataset ? indexOf(dataset) : undefined };
}
