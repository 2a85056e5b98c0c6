import { create } from 'zustand';
import type { Localized } from '../../domain/issues';

/** What was removed from the link the page was opened with (see app/link-guard.ts), until the reader closes it. */
export const useLinkNotices = create<{ messages: Localized[]; report: (messages: Localized[]) => void; dismiss: () => void }>()((set) => ({
  messages: [],
  report: (messages) => set({ messages }),
  dismiss: () => set({ messages: [] }),
}));
