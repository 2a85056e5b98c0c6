import { decodeScheme, encodeScheme, type ScoringScheme } from '../../domain/scoring-scheme';

export type RankingLevel = 'district' | 'cluster';

/** The scheme last edited on this computer, one per level; storage failures just mean "none saved". */
const keyOf = (level: RankingLevel) => `chi-tieu-ranking-scheme:${level}`;

export function loadSavedScheme(level: RankingLevel): ScoringScheme | null {
  try {
    const text = window.localStorage.getItem(keyOf(level));
    return text === null ? null : decodeScheme(text);
  } catch {
    return null;
  }
}

export function saveScheme(level: RankingLevel, scheme: ScoringScheme | null): void {
  try {
    if (scheme === null) window.localStorage.removeItem(keyOf(level));
    else window.localStorage.setItem(keyOf(level), encodeScheme(scheme));
  } catch {
    // Private mode or a full disk: the URL still carries the scheme.
  }
}
