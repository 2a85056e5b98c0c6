import { parseAsStringLiteral, useQueryState } from 'nuqs';
import { useCallback, useEffect } from 'react';
import type { Language } from '../domain/format';
import { MESSAGES, type MessageKey } from './messages';
import { interpolate } from './feature-messages';
import { useUiStore } from './ui-store';

const languageParser = parseAsStringLiteral(['vi', 'en'] as const);

/** The language of a shared link (?lang=) wins; otherwise the reader's remembered choice. */
export function useLanguage(): [Language, (language: Language) => void] {
  const [fromUrl, setUrl] = useQueryState('lang', languageParser.withOptions({ history: 'push' }));
  const stored = useUiStore((s) => s.language);
  const language = fromUrl ?? stored;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
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
  const [language] = useLanguage();
  return { t: translate(language), language };
}
