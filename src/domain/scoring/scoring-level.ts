import type { AreaLevel } from '../model';
import type { RankedLevel, ScoringScheme } from './scoring-scheme';

/**
 * Emulation ranking ranks units of one level only: the province's districts before the 2025
 * reform, its communes from 2025, the cluster's provinces in force. A year's ranking is compared
 * with the year before only when both rank the same level: 2025's communes are not 2024's districts.
 */
export type RankComparison = { kind: 'comparable' } | { kind: 'other-level'; year: number; level: AreaLevel } | { kind: 'nothing-before' };

export function rankComparison(level: AreaLevel | null, previousLevel: AreaLevel | null, previousYear: number): RankComparison {
  if (previousLevel === null) return { kind: 'nothing-before' };
  if (level !== null && previousLevel !== level) return { kind: 'other-level', year: previousYear, level: previousLevel };
  return { kind: 'comparable' };
}

/**
 * Whether a scheme may rank units of this level: a scheme says which level it was made for; one
 * from before the reform says nothing and ranks any.
 */
export const schemeFitsLevel = (scheme: ScoringScheme, level: RankedLevel): boolean => scheme.level === undefined || scheme.level === level;

/**
 * A long ranking on slides is split into numbered parts rather than shrunk: rank positions
 * [from, to] (1-based, inclusive), as even as possible, none over `perSlide`.
 */
export function slideParts(count: number, perSlide: number): { from: number; to: number }[] {
  if (count <= perSlide || perSlide < 1) return [{ from: 1, to: Math.max(count, 1) }];
  const parts = Math.ceil(count / perSlide);
  const size = Math.ceil(count / parts);
  return Array.from({ length: parts }, (_, k) => ({ from: k * size + 1, to: Math.min((k + 1) * size, count) }));
}

/** "14-26" (?rows= of a ranking slide) as a range of rank positions, or null when it is not one. */
export function parseRowRange(text: string | null): { from: number; to: number } | null {
  const match = /^(\d{1,4})-(\d{1,4})$/.exec(text ?? '');
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  return from >= 1 && to >= from ? { from, to } : null;
}

/** Ranking rows one slide holds at presentation type (24 px body on a 1280×720 projector). */
export const RANKING_ROWS_PER_SLIDE = 10;

/** A ranking view as numbered slides: one when it fits, else one per part with ?rows=from-to, the title numbered "(k/n)". */
export function rankingSlides(view: string, title: string, count: number): { view: string; title: string }[] {
  const parts = slideParts(count, RANKING_ROWS_PER_SLIDE);
  if (parts.length === 1) return [{ view, title }];
  const join = view.includes('?') ? '&' : '?';
  return parts.map((p, k) => ({ view: `${view}${join}rows=${p.from}-${p.to}`, title: `${title} (${k + 1}/${parts.length})` }));
}
