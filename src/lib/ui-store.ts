import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Language } from '../domain/format';

/** UI preferences only; the dataset lives behind TanStack Query, the selection in the URL. */
interface UiState {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const useUiStore = create<UiState>()(
  persist((set) => ({ language: 'vi', setLanguage: (language) => set({ language }) }), { name: 'chi-tieu-ui' }),
);
