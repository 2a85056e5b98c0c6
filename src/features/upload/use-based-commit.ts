import type { MutateOptions, UseMutationResult } from '@tanstack/react-query';
import { useRef } from 'react';
import type { PublicationRef } from '../../domain/publication/draft-base';
import type { VersionMeta } from '../../persistence/dataset-repository';
import type { CommitRequest } from '../../lib/dataset/use-versions';

export type CommitMutation = UseMutationResult<VersionMeta, Error, CommitRequest>;
type Last = { request: CommitRequest; options?: MutateOptions<VersionMeta, Error, CommitRequest> };

/**
 * The upload page's commit: every request names the publication the analysis was made on, so
 * storage can refuse it when a newer one is known. A refused commit can be made again as it was,
 * on the old publication, when the analyst chooses it (`keepOlderBase`), with the same follow-up.
 */
export function useBasedCommit(mutation: CommitMutation, basePublication: PublicationRef | null | undefined) {
  const last = useRef<Last | null>(null);
  const commit: CommitMutation = {
    ...mutation,
    mutate: (request, options) => {
      const based = { ...request, meta: { ...request.meta, basePublication } };
      last.current = { request: based, options };
      mutation.mutate(based, options);
    },
  };
  /** The last commit again, accepted on its old base as long as `latest` is still the newest publication. */
  const keepOlderBase = (latest: PublicationRef) => {
    if (last.current) mutation.mutate({ ...last.current.request, keepOlderBase: latest }, last.current.options);
  };
  return { commit, keepOlderBase };
}
