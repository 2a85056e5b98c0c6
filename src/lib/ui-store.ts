import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Language } from '../domain/format';
import { DEFAULT_FONT_SCALE, type Theme } from './appearance';

/** UI preferences only; the dataset lives behind TanStack Query, the selection in the URL. */
interface UiState {
  language: Language;
  setLanguage: (language: Language) => void;
  theme: Theme;
  setTheme: (theme: Theme) => void;
  /** Root font size as a multiple of the browser's default (A− A A+). */
  fontScale: number;
  setFontScale: (fontScale: number) => void;
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      language: 'vi',
      setLanguage: (language) => set({ language }),
      theme: 'light',
      setTheme: (theme) => set({ theme }),
      fontScale: DEFAULT_FONT_SCALE,
      setFontScale: (fontScale) => set({ fontScale }),
    }),
    { name: 'chi-tieu-ui' },
  ),
);
