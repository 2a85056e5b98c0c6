import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { create } from 'zustand';
import { checkForNewPublication } from './publication/publication-watch';
import { datasetQuery } from './use-dataset';

const CHANNEL = 'chi-tieu-versions';
const MESSAGE = 'versions-changed';
const PUBLICATION = 'publication-noted';

/**
 * This tab's one channel, for sending and hearing alike: a message is delivered to every other
 * BroadcastChannel of the name, including a second one in the same tab, but never to its sender.
 */
let channel: BroadcastChannel | null | undefined;
const tabChannel = () => (channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL));

/** Tells every other open tab of this app that the stored versions changed. */
export function announceVersionsChanged() {
  tabChannel()?.postMessage(MESSAGE);
}

/** Tells every other open tab that this one verified and showed a publication newer than the one the store knew. */
export function announcePublicationNoted() {
  tabChannel()?.postMessage(PUBLICATION);
}

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
