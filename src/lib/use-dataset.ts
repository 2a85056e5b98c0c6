import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createDatasetIndex } from '../domain/dataset-index';
import { loadCurrentDataset } from './load-dataset';

export const datasetQuery = queryOptions({
  queryKey: ['dataset', 'current'],
  queryFn: () => loadCurrentDataset(),
  staleTime: Infinity,
});

/** The current dataset with its lookups; every view reads data through this hook. */
export function useDataset() {
  const query = useQuery(datasetQuery);
  const index = useMemo(() => (query.data ? createDatasetIndex(query.data.dataset) : undefined), [query.data]);
  return { ...query, index };
}
