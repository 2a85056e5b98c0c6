import { LIMITS } from '../../domain/limits';
import { encodeScheme, type ScoringScheme } from '../../domain/scoring/scoring-scheme';
import { readSchemeText, SCHEME_SAVED } from '../../domain/scoring/scoring-scheme-link';
import { readStored, removeStored, writeStored, type StoredThing } from '../../lib/state/stored-value';

/** What the ranking ranks: the province's districts (before 2025) or communes (from 2025), or the cluster's provinces. */
export const RANKING_LEVELS = ['district', 'commune', 'cluster'] as const;
export type RankingLevel = (typeof RANKING_LEVELS)[number];

const SAVED_WHAT: Record<RankingLevel, { vi: string; en: string }> = {
  district: { vi: 'bộ tiêu chí thi đua đã lưu (các huyện)', en: 'the saved scoring scheme (districts)' },
  commune: { vi: 'bộ tiêu chí thi đua đã lưu (các xã, phường)', en: 'the saved scoring scheme (communes)' },
  cluster: { vi: 'bộ tiêu chí thi đua đã lưu (cụm thi đua)', en: 'the saved scoring scheme (cluster)' },
};

/** The scheme last edited on this computer, one per level, in the link's compact form and within its limits. */
const thingOf = (level: RankingLevel): StoredThing => ({
  key: `chi-tieu-ranking-scheme:${level}`,
  what: SAVED_WHAT[level],
  fix: { vi: 'Chỉnh lại bộ tiêu chí, hoặc nhập từ tệp JSON đã tải.', en: 'Edit the scheme again, or import it from a downloaded JSON file.' },
  maxChars: LIMITS.schemeLinkChars,
});

/** The saved scheme; one that no longer reads is set aside and named, and the page opens on the default. */
export function loadSavedScheme(level: RankingLevel): ScoringScheme | null {
  return readStored<ScoringScheme>(thingOf(level), (text) => {
    const read = readSchemeText(text, SCHEME_SAVED, null);
    return read.ok ? { ok: true, value: read.data, problems: [] } : { ok: false, problems: read.issues.map((i) => i.message) };
  });
}

/** Saves (or forgets, with null) the scheme; a full or blocked storage is said — the URL still carries the scheme. */
export function saveScheme(level: RankingLevel, scheme: ScoringScheme | null): void {
  if (scheme === null) removeStored(thingOf(level).key);
  else writeStored(thingOf(level), encodeScheme(scheme));
}
