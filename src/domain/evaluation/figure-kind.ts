/**
 * What kind of figure a result is, as public reports say it: an estimate before the year is over (ước
 * tính, ước thực hiện), a preliminary figure (sơ bộ), the final one (chính thức), a revision of it. The
 * year-end conference runs on estimates; the final comes months later and may differ.
 */
import type { Localized } from '../issues';
import type { FigureKind } from '../model';
import { foldText } from '../text/text-key';

export { FIGURE_KINDS, type FigureKind } from '../model';

export const FIGURE_KIND_LABELS: Record<FigureKind, Localized> = {
  estimate: { vi: 'ước', en: 'estimate' },
  preliminary: { vi: 'sơ bộ', en: 'preliminary' },
  final: { vi: 'chính thức', en: 'final' },
  revised: { vi: 'điều chỉnh', en: 'revised' },
};

/** Whether the figure is not the final one yet: shown marked, with its date. */
export const isProvisional = (kind: FigureKind | undefined): boolean => kind === 'estimate' || kind === 'preliminary';


/** The words a file writes for each kind, folded (no case, no diacritics). */
const WORDS: Record<string, FigureKind> = Object.fromEntries(
  ([
    ['estimate', ['estimate', 'estimated', 'uoc', 'uoc tinh', 'uoc thuc hien', 'uoc th', 'uoc dat']],
    ['preliminary', ['preliminary', 'so bo', 'so lieu so bo']],
    ['final', ['final', 'chinh thuc', 'so lieu chinh thuc', 'thuc hien']],
    ['revised', ['revised', 'dieu chinh', 'cap nhat', 'sua doi']],
  ] as const).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)),
);

/** A figure-kind cell read: the kind, or null for a word that names none. */
export function readFigureKind(text: string): FigureKind | null {
  const folded = foldText(text);
  return Object.hasOwn(WORDS, folded) ? WORDS[folded]! : null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const VI_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const VI_MONTH = /^(\d{1,2})\/(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, '0');
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/** An as-of cell ("2025-12-15", "15/12/2025", "2025-12", "12/2025") as ISO ("2025-12-15", "2025-12"), or null. */
export function readAsOf(text: string): string | null {
  const t = text.trim();
  let m = ISO_DAY.exec(t);
  if (m) return validDay(+m[1]!, +m[2]!, +m[3]!) ? t : null;
  m = VI_DAY.exec(t);
  if (m) return validDay(+m[3]!, +m[2]!, +m[1]!) ? `${m[3]}-${pad(+m[2]!)}-${pad(+m[1]!)}` : null;
  m = ISO_MONTH.exec(t);
  if (m) return +m[2]! >= 1 && +m[2]! <= 12 ? t : null;
  m = VI_MONTH.exec(t);
  if (m) return +m[1]! >= 1 && +m[1]! <= 12 ? `${m[2]}-${pad(+m[1]!)}` : null;
  return null;
}

/** An ISO as-of date as a person reads it: "15/12/2025", "12/2025" in Vietnamese; as written in English. */
export function formatAsOf(iso: string, language: 'vi' | 'en'): string {
  if (language === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return d ? `${d}/${m}/${y}` : `${m}/${y}`;
}

/** "ước · 15/12/2025", "estimate · 2025-12-15": a provisional figure's mark; the empty text for a final or unstated one. */
export function figureMark(kind: FigureKind | undefined, asOf: string | undefined, language: 'vi' | 'en'): string {
  if (!kind || !isProvisional(kind)) return '';
  return asOf ? `${FIGURE_KIND_LABELS[kind][language]} · ${formatAsOf(asOf, language)}` : FIGURE_KIND_LABELS[kind][language];
}
