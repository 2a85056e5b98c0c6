import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { create } from 'zustand';
import { checkForNewPublication } from '../publication/publication-watch';
import { datasetQuery } from './use-dataset';
import { MESSAGE, PUBLICATION, tabChannel } from './tab-channel';

/** When another tab last changed the stored versions (null: not since this tab opened). */
export const useOtherTabChange = create<{ at: number | null; dismiss: () => void }>()((set) => ({
  at: null,
  dismiss: () => set({ at: null }),
}));

/**
 * Once, in the app shell: a version saved, undone or deleted in another tab reloads this
 * tab's dataset from storage. The message carries no data; storage is the only source.
 * A newer publication another tab showed reloads a draft here (its header then says whether the
 * draft is built on an older publication); published data is never replaced by itself, only
 * checked, so the quiet offer of the new figures appears.
 */
export function useVersionSync() {
  const client = useQueryClient();
  useEffect(() => {
    const tab = tabChannel();
    if (!tab) return;
    const hear = (event: MessageEvent<unknown>) => {
      if (event.data === PUBLICATION) {
        if (client.getQueryData(datasetQuery.queryKey)?.version) void client.invalidateQueries({ queryKey: datasetQuery.queryKey });
        else void checkForNewPublication();
        return;
      }
      if (event.data !== MESSAGE) return;
      useOtherTabChange.setState({ at: Date.now() });
      void client.invalidateQueries({ queryKey: datasetQuery.queryKey });
    };
    tab.addEventListener('message', hear);
    return () => tab.removeEventListener('message', hear);
  }, [client]);
}
