/**
 * A figure's history: the figures it replaced. The December conference quotes the estimate, the
 * final comes in March and may differ; the dashboard shows the final and keeps the estimate it replaced
 * ("ước 2.715 (15/12/2025) → chính thức 2.731 (20/03/2026)").
 *
 * Stored as one text beside the figures (the canonical column `history`), earliest first:
 * `estimate 2715 2025-12-15; preliminary 2720.5 2026-01` — each entry the kind (or "-"), TH in the
 * canonical file's number format (or "-" for none) and, when known, the date of its report.
 */
import type { FigureKind, Observation } from '../model';
import { FIGURE_KINDS, FIGURE_KIND_LABELS, formatAsOf, readAsOf } from './figure-kind';
import { formatNumber } from '../numbers/format';

/** One figure a later one replaced. */
export interface FigureRecord {
  actual: number | null;
  figureKind?: FigureKind;
  asOf?: string;
}

/** The entries a history keeps: the latest ones, so that a figure revised every month stays one short text. */
export const HISTORY_LIMIT = 12;
/** A history text longer than this is refused (12 entries of a kind, a long number and a date fit well within it). */
export const HISTORY_MAX_LENGTH = 600;

const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** A history text read, earliest first; null when any entry is not one (what the upload refuses and the reader of stored data drops). */
export function readHistory(text: string): FigureRecord[] | null {
  const t = text.trim();
  if (t === '') return [];
  if (t.length > HISTORY_MAX_LENGTH) return null;
  const entries = t.split(';').map((e) => e.trim());
  if (entries.length > HISTORY_LIMIT) return null;
  const records: FigureRecord[] = [];
  for (const entry of entries) {
    const [kind, value, asOf, ...rest] = entry.split(/\s+/);
    if (!kind || !value || rest.length > 0) return null;
    if (kind !== '-' && !(FIGURE_KINDS as readonly string[]).includes(kind)) return null;
    if (value !== '-' && !(NUMBER.test(value) && Number.isFinite(Number(value)))) return null;
    if (asOf !== undefined && readAsOf(asOf) !== asOf) return null;
    records.push({
      actual: value === '-' ? null : Number(value),
      ...(kind === '-' ? {} : { figureKind: kind as FigureKind }),
      ...(asOf === undefined ? {} : { asOf }),
    });
  }
  return records;
}

/** The history's text, as `readHistory` reads it back. */
export function writeHistory(records: readonly FigureRecord[]): string {
  return records.map((r) => [r.figureKind ?? '-', r.actual === null ? '-' : String(r.actual), ...(r.asOf ? [r.asOf] : [])].join(' ')).join('; ');
}

const recordOf = (o: Pick<Observation, 'actual' | 'figureKind' | 'asOf'>): FigureRecord => ({
  actual: o.actual,
  ...(o.figureKind ? { figureKind: o.figureKind } : {}),
  ...(o.asOf ? { asOf: o.asOf } : {}),
});

type Figure = Pick<Observation, 'actual' | 'figureKind' | 'asOf' | 'history'>;

/**
 * The history a row has once it replaces `before`: the row's own when its file gives one; else the stored
 * row's, with the stored figure added when this one replaces it. A figure enters history only when it said
 * what it was (a kind or a date): correcting a plain figure's typo is no history.
 */
export function historyAfter(before: Figure, after: Figure): string {
  if (after.history) return after.history;
  const replaced = before.actual !== null && (before.actual !== after.actual || (before.figureKind ?? '') !== (after.figureKind ?? '') || (before.asOf ?? '') !== (after.asOf ?? ''));
  if (!replaced || (!before.figureKind && !before.asOf)) return before.history ?? '';
  const earlier = readHistory(before.history ?? '') ?? [];
  return writeHistory([...earlier, recordOf(before)].slice(-HISTORY_LIMIT));
}

const figureText = (r: FigureRecord, unit: string, language: 'vi' | 'en') => {
  const value = r.actual === null ? (language === 'vi' ? 'không có số' : 'no figure') : `${formatNumber(r.actual, language)}${unit ? ` ${unit}` : ''}`;
  const kind = r.figureKind ? FIGURE_KIND_LABELS[r.figureKind][language] : language === 'vi' ? 'số' : 'figure';
  return `${kind} ${value}${r.asOf ? ` (${formatAsOf(r.asOf, language)})` : ''}`;
};

/**
 * "ước 2.715 tỷ đồng (15/12/2025) → chính thức 2.731 tỷ đồng (20/03/2026)": the figures a row's TH
 * replaced, then its own; the empty text for a row without history (or with one stored data garbled).
 */
export function historyLine(o: Figure, unit: string, language: 'vi' | 'en'): string {
  const earlier = readHistory(o.history ?? '');
  if (!earlier || earlier.length === 0) return '';
  return [...earlier, recordOf(o)].map((r) => figureText(r, unit, language)).join(' → ');
}
