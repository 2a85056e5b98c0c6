import { parseAsStringLiteral, useQueryState } from 'nuqs';
import { createContext, useCallback, useContext } from 'react';
import type { Language } from '../../domain/numbers/format';
import { MESSAGES, type MessageKey } from './messages';
import { interpolate } from './interpolate';
import { useUiStore } from '../state/ui-store';

export const languageParser = parseAsStringLiteral(['vi', 'en'] as const);

/**
 * The page's language, worked out once by LanguageProvider (language-provider.tsx) from the URL and
 * the remembered choice: every component that translates reads it here, none subscribes to the URL
 * or writes to the document itself.
 */
export const LanguageContext = createContext<Language | null>(null);

/** The language shown: the provider's, else (outside it) the remembered choice. */
export function useShownLanguage(): Language {
  const provided = useContext(LanguageContext);
  const stored = useUiStore((s) => s.language);
  return provided ?? stored;
}

/** The language and its switch (the header's button): a shared link's ?lang= wins; a switch is remembered. */
export function useLanguage(): [Language, (language: Language) => void] {
  const [, setUrl] = useQueryState('lang', languageParser.withOptions({ history: 'push' }));
  const language = useShownLanguage();
  const setLanguage = useCallback(
    (next: Language) => {
      useUiStore.getState().setLanguage(next);
      void setUrl(next);
    },
    [setUrl],
  );
  return [language, setLanguage];
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(language: Language): Translate {
  return (key, params) => {
    return interpolate(MESSAGES[language][key], params);
  };
}

export function useT(): { t: Translate; language: Language } {
  const language = useShownLanguage();
  return { t: translate(language), language };
}
