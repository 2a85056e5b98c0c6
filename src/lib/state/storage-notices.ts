import { create } from 'zustand';
import type { Localized } from '../../domain/issues';

/**
 * What the app says about values stored on this computer: one it could not read back and set
 * aside, or one it could not write (a full or blocked storage). Shown by StorageNotices.
 */
export interface StorageNotice {
  /** One notice per stored key and kind: a write that fails on every keystroke says so once. */
  id: string;
  kind: 'set-aside' | 'write-failed';
  /** The stored thing, as a noun phrase: "bộ trình chiếu". */
  what: Localized;
  key: string;
  /** Where the unreadable text was kept; null when there was no room and it was dropped. */
  asideKey: string | null;
  /** What was wrong, or why the write failed. */
  details: Localized[];
  fix: Localized;
  /** Something the reader can do from the notice itself, answered in words. */
  action?: { label: Localized; run: () => Promise<Localized> };
}

interface NoticeState {
  notices: StorageNotice[];
  report: (notice: Omit<StorageNotice, 'id'>) => void;
  clear: (key: string, kind: StorageNotice['kind']) => void;
  dismiss: (id: string) => void;
}

const idOf = (key: string, kind: StorageNotice['kind']) => `${kind}:${key}`;

export const useStorageNotices = create<NoticeState>()((set) => ({
  notices: [],
  report: (notice) =>
    set((s) => {
      const id = idOf(notice.key, notice.kind);
      return { notices: [...s.notices.filter((n) => n.id !== id), { ...notice, id }] };
    }),
  clear: (key, kind) => set((s) => (s.notices.some((n) => n.id === idOf(key, kind)) ? { notices: s.notices.filter((n) => n.id !== idOf(key, kind)) } : s)),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
