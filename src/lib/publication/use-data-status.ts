import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { datasetQuery } from '../dataset/use-dataset';
import { dataStatusOf, type DataStatus } from './data-status';
import { usePublicationWatch } from './publication-watch';

/** The status of the data shown; the app shell reads it once and hands it to the header and the notices. */
export function useDataStatus(): DataStatus {
  const { data, isError } = useQuery(datasetQuery);
  const watch = usePublicationWatch();
  return useMemo(() => dataStatusOf(data, isError, watch), [data, isError, watch]);
}
