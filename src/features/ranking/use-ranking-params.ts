import { parseAsString, parseAsStringLiteral, useQueryState } from 'nuqs';
import { useCallback, useEffect, useMemo } from 'react';
import type { ParseIssue } from '../../domain/issues';
import { encodeScheme, type ScoringScheme } from '../../domain/scoring/scoring-scheme';
import { readSchemeText, SCHEME_IN_LINK } from '../../domain/scoring/scoring-scheme-link';
import { SELECTION_OPTIONS } from '../../lib/state/use-selection';
import { loadSavedScheme, RANKING_LEVELS, saveScheme, type RankingLevel } from './scheme-storage';

/**
 * ?scheme=x;c;budget_revenue:2:150;… — the compact form from the domain. The URL holds it as text;
 * it is read (size first, then form, then indicator ids) once per value, not by the URL parser.
 */
const schemeText = parseAsString;
const levelParser = parseAsStringLiteral(RANKING_LEVELS);

/** The level asked for in the link (?level=), or null: the province's units in force in the year. */
export function useRankingLevel(): [RankingLevel | null, (level: RankingLevel) => void] {
  const [level, setLevel] = useQueryState('level', levelParser.withOptions(SELECTION_OPTIONS));
  const [, setScheme] = useQueryState('scheme', schemeText);
  return [
    level,
    (next) => {
      // Each level has its own scheme: the other level's criteria would score nothing here.
      void setScheme(null, { history: 'push' });
      void setLevel(next);
    },
  ];
}

export interface RankingScheme {
  /** The scheme to rank by; null means the year's default (none chosen, or the link's was refused). */
  scheme: ScoringScheme | null;
  /** Why the link's scheme was refused: each problem with its place, value and fix. */
  problems: ParseIssue[];
  setScheme: (s: ScoringScheme) => void;
  reset: () => void;
}

/**
 * The scheme in the URL (a shared link) wins; else the one saved on this computer, copied into the
 * URL so the link reproduces it; else null, meaning the year's default scheme.
 */
export function useRankingScheme(level: RankingLevel, knownIndicators: ReadonlySet<string>): RankingScheme {
  // Edits replace the history entry: back should not replay every keystroke in a weight.
  const [text, setUrl] = useQueryState('scheme', schemeText.withOptions({ history: 'replace' }));
  const read = useMemo(() => (text === null ? null : readSchemeText(text, SCHEME_IN_LINK, knownIndicators)), [text, knownIndicators]);
  const missing = text === null;
  useEffect(() => {
    if (!missing) return;
    const saved = loadSavedScheme(level);
    if (saved) void setUrl(encodeScheme(saved));
  }, [level, missing, setUrl]);
  const setScheme = useCallback(
    (next: ScoringScheme) => {
      saveScheme(level, next);
      void setUrl(encodeScheme(next));
    },
    [level, setUrl],
  );
  const reset = useCallback(() => {
    saveScheme(level, null);
    void setUrl(null);
  }, [level, setUrl]);
  return { scheme: read?.ok ? read.data : null, problems: read && !read.ok ? read.issues : [], setScheme, reset };
}
