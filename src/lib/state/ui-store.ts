import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Language } from '../../domain/numbers/format';
import type { Localized } from '../../domain/issues';
import { shortValue } from '../../domain/text/safe-text';
import { DEFAULT_FONT_SCALE, FONT_SCALES, THEMES, type FontScale, type Theme } from './appearance';
import { guardedPersistStorage, type Checked } from './stored-value';

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

type UiSettings = Pick<UiState, 'language' | 'theme' | 'fontScale'>;

const DEFAULTS: UiSettings = { language: 'vi', theme: 'light', fontScale: DEFAULT_FONT_SCALE };
const LANGUAGES: readonly Language[] = ['vi', 'en'];

const shown = (value: unknown) => shortValue(JSON.stringify(value) ?? String(value), 40);

/** Each setting read back on its own: a known value is kept, anything else falls back to its default and is named. */
export function checkUiSettings(state: unknown): Checked<UiSettings> {
  if (state === null || typeof state !== 'object' || Array.isArray(state)) return { ok: false, problems: [{ vi: 'không phải một bộ cài đặt', en: 'it is not a set of settings' }] };
  const record = state as Record<string, unknown>;
  const problems: Localized[] = [];
  const pick = <T>(field: keyof UiSettings, allowed: readonly T[], fallback: T): T => {
    if (!Object.hasOwn(record, field)) return fallback;
    const value = record[field];
    if (allowed.includes(value as T)) return value as T;
    const v = shown(value);
    problems.push({ vi: `“${field}” = ${v.vi}: không phải một trong ${allowed.join(', ')}`, en: `“${field}” = ${v.en}: not one of ${allowed.join(', ')}` });
    return fallback;
  };
  const settings: UiSettings = {
    language: pick<Language>('language', LANGUAGES, DEFAULTS.language),
    theme: pick<Theme>('theme', THEMES, DEFAULTS.theme),
    fontScale: pick<FontScale>('fontScale', FONT_SCALES, DEFAULT_FONT_SCALE),
  };
  return { ok: true, value: settings, problems };
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      ...DEFAULTS,
      setLanguage: (language) => set({ language }),
      setTheme: (theme) => set({ theme }),
      setFontScale: (fontScale) => set({ fontScale }),
    }),
    {
      name: 'chi-tieu-ui',
      partialize: ({ language, theme, fontScale }) => ({ language, theme, fontScale }),
      storage: guardedPersistStorage(
        {
          what: { vi: 'cài đặt hiển thị (ngôn ngữ, giao diện, cỡ chữ)', en: 'the display settings (language, theme, text size)' },
          fix: { vi: 'Chọn lại ngôn ngữ, giao diện và cỡ chữ ở đầu trang.', en: 'Choose the language, theme and text size again at the top of the page.' },
          maxChars: 4096,
        },
        checkUiSettings,
      ),
    },
  ),
);
