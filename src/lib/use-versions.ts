import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dataset } from '../domain/model';
import type { VersionMeta } from '../persistence/dataset-repository';
import { datasetQuery } from './use-dataset';
import { repository } from './repository';

/** Writes to the version store; each success reloads the dashboard's dataset at once. */
export function useVersionActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: datasetQuery.queryKey });
  const commit = useMutation({
    mutationFn: async ({ dataset, meta }: { dataset: Dataset; meta: Omit<VersionMeta, 'id'> }) => (await repository()).commit(dataset, meta),
    onSuccess: refresh,
  });
  const setCurrent = useMutation({ mutationFn: async (id: number) => (await repository()).setCurrent(id), onSuccess: refresh });
  const remove = useMutation({ mutationFn: async (id: number) => (await repository()).remove(id), onSuccess: refresh });
  return { commit, setCurrent, remove };
}
