import { createParser, parseAsStringLiteral, useQueryState } from 'nuqs';
import { useCallback, useEffect } from 'react';
import { decodeScheme, encodeScheme, sameScheme, type ScoringScheme } from '../../domain/scoring-scheme';
import { SELECTION_OPTIONS } from '../../lib/use-selection';
import { loadSavedScheme, saveScheme, type RankingLevel } from './scheme-storage';

/** ?scheme=x;c;budget_revenue:2:150;… — the compact form from the domain, validated on the way in. */
const schemeParser = createParser<ScoringScheme>({ parse: decodeScheme, serialize: encodeScheme, eq: sameScheme });
const levelParser = parseAsStringLiteral(['district', 'cluster'] as const);

export function useRankingLevel(): [RankingLevel, (level: RankingLevel) => void] {
  const [level, setLevel] = useQueryState('level', levelParser.withDefault('district').withOptions({ ...SELECTION_OPTIONS, clearOnDefault: true }));
  const [, setScheme] = useQueryState('scheme', schemeParser);
  return [
    level,
    (next) => {
      // Each level has its own scheme: the other level's criteria would score nothing here.
      void setScheme(null, { history: 'push' });
      void setLevel(next);
    },
  ];
}

/**
 * The scheme in the URL (a shared link) wins; else the one saved on this computer, copied into the
 * URL so the link reproduces it; else null, meaning the year's default scheme.
 */
export function useRankingScheme(level: RankingLevel): { scheme: ScoringScheme | null; setScheme: (s: ScoringScheme) => void; reset: () => void } {
  // Edits replace the history entry: back should not replay every keystroke in a weight.
  const [scheme, setUrl] = useQueryState('scheme', schemeParser.withOptions({ history: 'replace' }));
  const missing = scheme === null;
  useEffect(() => {
    if (!missing) return;
    const saved = loadSavedScheme(level);
    if (saved) void setUrl(saved);
  }, [level, missing, setUrl]);
  const setScheme = useCallback(
    (next: ScoringScheme) => {
      saveScheme(level, next);
      void setUrl(next);
    },
    [level, setUrl],
  );
  const reset = useCallback(() => {
    saveScheme(level, null);
    void setUrl(null);
  }, [level, setUrl]);
  return { scheme, setScheme, reset };
}
