import { useQueryState } from 'nuqs';
import { useEffect, type ReactNode } from 'react';
import { LanguageContext, languageParser } from './use-language';
import { useUiStore } from '../state/ui-store';

/** Reads ?lang= (a shared link's language wins) and the remembered choice once for the page, and sets the document's language once. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [fromUrl] = useQueryState('lang', languageParser);
  const stored = useUiStore((s) => s.language);
  const language = fromUrl ?? stored;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <LanguageContext value={language}>{children}</LanguageContext>;
}
