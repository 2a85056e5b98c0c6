import { distance } from 'fastest-levenshtein';

/** Lower-case, strip Vietnamese diacritics (đ → d), punctuation and extra spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .replace(/[._\-–/(),]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Suggestion<T> {
  item: T;
  label: string;
  distance: number;
}

/** The closest labels by edit distance, best first; used to propose "did you mean …?". */
export function closest<T>(query: string, candidates: readonly { item: T; keys: string[]; label: string }[], limit = 3): Suggestion<T>[] {
  const folded = foldText(query);
  return candidates
    .map((c) => ({ item: c.item, label: c.label, distance: Math.min(...c.keys.map((k) => distance(folded, k))) }))
    .sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label, 'vi'))
    .slice(0, limit);
}
