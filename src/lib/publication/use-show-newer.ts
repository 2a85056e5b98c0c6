import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { datasetQuery } from '../dataset/use-dataset';
import { useDownloads } from './download-store';

/**
 * "Show the new figures": a newer version already downloaded and verified behind the kept one is
 * put on screen at once; else it is fetched (the kept version stays meanwhile) and shown as soon as
 * it has passed its checks. Never an unverified version, never while a draft is shown.
 */
export function useShowNewer(): () => void {
  const client = useQueryClient();
  const ready = useDownloads((s) => s.ready);
  const wanted = useDownloads((s) => s.wantSwitch);
  const swap = useCallback(() => {
    const verified = useDownloads.getState().ready;
    if (!verified) return false;
    const shown = client.setQueryData(datasetQuery.queryKey, (old) => (old && !old.version ? { ...old, ...verified } : old));
    useDownloads.setState({ ready: null, wantSwitch: false });
    // The newer publication on screen is the newest known: a draft built on the older one now says so, here and in other tabs.
    if (shown && !shown.version) {
      // Loaded on the click, as the loader itself is: it stays out of the first visit's code.
      void import('../dataset/load-dataset').then(({ notePublicationShown }) => notePublicationShown(shown.state, shown.published)).then((state) => {
        if (state !== shown.state) client.setQueryData(datasetQuery.queryKey, (now) => (now && !now.version ? { ...now, state } : now));
      });
    }
    return true;
  }, [client]);
  useEffect(() => {
    if (ready && wanted) swap();
  }, [ready, wanted, swap]);
  return useCallback(() => {
    if (swap()) return;
    useDownloads.setState({ wantSwitch: true });
    // Not downloading yet (the newer one was found by a later look): load again, the kept version first.
    if (useDownloads.getState().download?.kind !== 'newer') void client.invalidateQueries({ queryKey: datasetQuery.queryKey });
  }, [client, swap]);
}
