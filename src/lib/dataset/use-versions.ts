import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TabularDataset } from '../../domain/dataset/dataset-index';
import type { Dataset } from '../../domain/model';
import type { PublicationRef } from '../../domain/publication/draft-base';
import type { VersionMeta } from '../../persistence/dataset-repository';
import { datasetQuery } from './use-dataset';
import { repository } from './repository';
import { announceVersionsChanged } from './tab-channel';

export interface CommitRequest {
  dataset: Dataset | TabularDataset;
  meta: Omit<VersionMeta, 'id'>;
  /** The current version the dataset was built on (0 = built-in). */
  baseId: number;
  /** Saved on an older publication by the analyst's choice, knowing this one is the newest. */
  keepOlderBase?: PublicationRef;
}

/**
 * Writes to the version store. Each success (reported only once the write is durable) reloads
 * the dashboard's dataset here and tells the other open tabs to do the same; a refused write
 * still reloads, so the page shows what storage really holds.
 */
export function useVersionActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: datasetQuery.queryKey });
  const changed = () => (announceVersionsChanged(), refresh());
  const commit = useMutation({
    mutationFn: async ({ dataset, meta, baseId, keepOlderBase }: CommitRequest) => (await repository()).commit(dataset, meta, baseId, { keepOlderBase }),
    onSuccess: changed,
    onError: refresh,
  });
  const setCurrent = useMutation({ mutationFn: async (id: number) => (await repository()).setCurrent(id), onSuccess: changed, onError: refresh });
  const remove = useMutation({ mutationFn: async (id: number) => (await repository()).remove(id), onSuccess: changed, onError: refresh });
  return { commit, setCurrent, remove };
}
