import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { draftBaseState, isStaleBase, publicationRef, type PublicationRef } from '../../domain/publication/draft-base';
import type { CurrentDataset } from '../../lib/dataset/load-dataset';
import { datasetQuery, indexOf } from '../../lib/dataset/use-dataset';
import type { useVersionActions } from '../../lib/dataset/use-versions';
import type { AnalysisBase } from './use-upload';

/** The publication under the data the upload page works on: the draft's own, else the publication shown. */
export function basePublicationOf(data: CurrentDataset | undefined): PublicationRef | null | undefined {
  if (!data) return undefined;
  if (data.version) return data.version.basePublication;
  return data.published ? publicationRef(data.published.manifest) : null;
}

/** The draft in use against the newest publication known, when it is built on an older one. */
export function staleDraftOf(data: CurrentDataset | undefined) {
  const state = data?.version ? draftBaseState(data.version.basePublication, data.state.latestPublication) : null;
  return state && isStaleBase(state) ? state : null;
}

/**
 * "Check again against the new publication": the newest publication is loaded as the data the
 * upload works on (the draft in use, built on an older one, is left in the list), then the same
 * file is analysed again against what was just loaded.
 */
export function useRecheck(currentId: number, actions: ReturnType<typeof useVersionActions>, reanalyze: (on: AnalysisBase) => void) {
  const client = useQueryClient();
  const [rechecking, setRechecking] = useState(false);
  const recheck = async () => {
    setRechecking(true);
    try {
      if (currentId !== 0) await actions.setCurrent.mutateAsync(0);
      else await client.invalidateQueries({ queryKey: datasetQuery.queryKey });
      const fresh = client.getQueryData(datasetQuery.queryKey);
      if (fresh) reanalyze({ dataset: indexOf(fresh.dataset), baseId: fresh.state.currentId, basePublication: basePublicationOf(fresh) });
    } finally {
      setRechecking(false);
    }
  };
  return { recheck: () => void recheck().catch(() => undefined), rechecking };
}
