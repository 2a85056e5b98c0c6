import { useMemo } from 'react';
import { presenters } from './presenters';
import { useT } from './use-language';

export function usePresenters() {
  const { t, language } = useT();
  const p = useMemo(() => presenters(language), [language]);
  return { t, p, language };
}
