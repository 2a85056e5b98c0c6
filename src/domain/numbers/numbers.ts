/**
 * Reading numbers as Vietnamese and English reports write them.
 * vi-VN: "1.862" is one thousand eight hundred sixty-two, "24,88" is 24.88, "1.234,5".
 * en:    "1,862.5". A value that reads two ways where the locale is not known is reported, never guessed.
 */
import { quickLocaleEvidence, quickLocaleNumber, type NumberLocale } from './number-scan';

export type { NumberLocale } from './number-scan';

export type NumberReading =
  | { ok: true; value: number | null }
  | { ok: false; code: 'not-a-number' }
  | { ok: false; code: 'ambiguous'; readings: { vi: number; en: number } }
  | { ok: false; code: 'wrong-locale'; locale: NumberLocale; otherReading: number };

const SPACES = /[\s\u00a0\u202f]/g;
const NUMBER_SHAPE = /^[-+]?\d[\d.,]*$/;

function clean(text: string): string {
  return text.replace(SPACES, '').replace(/%$/, '').replace(/^\+/, '');
}

/** The value of `text` read with the given grouping and decimal marks, or null if it is not well formed. */
function readWith(text: string, group: '.' | ',', decimal: '.' | ','): number | null {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const parts = body.split(decimal);
  if (parts.length > 2) return null;
  const [integer = '', fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  const groups = integer.split(group);
  if (groups.length > 1 && !(/^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g)))) return null;
  if (!/^\d+$/.test(groups.join(''))) return null;
  const value = Number(`${negative ? '-' : ''}${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`);
  return Number.isFinite(value) ? value : null;
}

export function readings(text: string): { vi: number | null; en: number | null } | null {
  const cleaned = clean(text);
  if (!NUMBER_SHAPE.test(cleaned)) return null;
  return { vi: readWith(cleaned, '.', ','), en: readWith(cleaned, ',', '.') };
}

const PLAIN_INTEGER = /^-?\d{1,15}$/;
const PLAIN_EN_DECIMAL = /^-?\d{1,15}\.\d{1,15}$/;
const PLAIN_VI_DECIMAL = /^-?\d{1,15},\d{1,15}$/;
/** "1.862.000,5" in Vietnamese, "1,862,000.5" in English: thousands marks, then maybe a decimal part. */
const GROUPED_VI = /^-?\d{1,3}(\.\d{3}){1,4}(,\d{1,15})?$/;
const GROUPED_EN = /^-?\d{1,3}(,\d{3}){1,4}(\.\d{1,15})?$/;
/** "1.862" or "1,862": one group of three digits after one to three, a thousands mark in the other locale. */
const GROUPED_THOUSAND = /^-?\d{1,3}[.,]\d{3}$/;

/** Parses one cell. Empty → value null (no figure), which is not zero. */
export function parseLocaleNumber(text: string, locale: NumberLocale | 'auto'): NumberReading {
  // The common shapes, read at once: digits alone read the same in both locales; "24.88" in English, "24,88" in Vietnamese.
  if (PLAIN_INTEGER.test(text)) return { ok: true, value: Number(text) };
  if (locale === 'en' && PLAIN_EN_DECIMAL.test(text)) return { ok: true, value: Number(text) };
  if (locale === 'vi' && PLAIN_VI_DECIMAL.test(text)) return { ok: true, value: Number(text.replace(',', '.')) };
  if (locale === 'vi' && GROUPED_VI.test(text)) return { ok: true, value: Number(text.replace(/\./g, '').replace(',', '.')) };
  if (locale === 'en' && GROUPED_EN.test(text)) return { ok: true, value: Number(text.replace(/,/g, '')) };
  if (clean(text) === '') return { ok: true, value: null };
  const r = readings(text);
  if (r === null || (r.vi === null && r.en === null)) return { ok: false, code: 'not-a-number' };
  if (locale === 'auto') {
    if (r.vi !== null && r.en !== null && r.vi !== r.en) return { ok: false, code: 'ambiguous', readings: { vi: r.vi, en: r.en } };
    return { ok: true, value: (r.vi ?? r.en) as number };
  }
  const mine = r[locale];
  const other = locale === 'vi' ? r.en : r.vi;
  if (mine !== null) return { ok: true, value: mine };
  return { ok: false, code: 'wrong-locale', locale, otherReading: other as number };
}

export interface LocaleEvidence {
  locale: NumberLocale | null;
  /** Cells readable only the Vietnamese way, and only the English way. */
  viOnly: number;
  enOnly: number;
}

/** What one cell says of the file's locale: 'vi' or 'en' when it reads only that way, null when it is no evidence. */
export function localeEvidenceOf(cell: string): NumberLocale | null {
  // The common shapes, judged without the general reader: digits alone are no evidence; "956.10" reads only
  // the English way, "1.862" both ways (a Vietnamese thousands mark or an English decimal point).
  if (cell === '' || PLAIN_INTEGER.test(cell)) return null;
  const plain = PLAIN_EN_DECIMAL.test(cell) ? 'en' : PLAIN_VI_DECIMAL.test(cell) ? 'vi' : null;
  if (plain) return GROUPED_THOUSAND.test(cell) ? null : plain;
  const r = readings(cell);
  if (!r) return null;
  if (r.vi !== null && r.en === null) return 'vi';
  if (r.en !== null && r.vi === null) return 'en';
  return null;
}

/** Counts the evidence cell by cell (quick shapes first, the general reader for the rest): a file is read once. */
export class LocaleTally {
  viOnly = 0;
  enOnly = 0;
  add(cell: string): void {
    const quick = quickLocaleEvidence(cell);
    const evidence = quick === undefined ? localeEvidenceOf(cell) : quick;
    if (evidence === 'vi') this.viOnly++;
    else if (evidence === 'en') this.enOnly++;
  }
  result(): LocaleEvidence {
    const { viOnly, enOnly } = this;
    return { locale: viOnly > enOnly ? 'vi' : enOnly > viOnly ? 'en' : null, viOnly, enOnly };
  }
}

/** Which locale a file's numbers are written in, judged by the cells that read only one way. */
export function detectNumberLocale(cells: Iterable<string>): LocaleEvidence {
  const tally = new LocaleTally();
  for (const cell of cells) tally.add(cell);
  return tally.result();
}

/** parseLocaleNumber for a cell of a large file: the quick shapes without allocation, the general reader for the rest. */
export function readLocaleNumber(text: string, locale: NumberLocale | 'auto'): NumberReading {
  const quick = quickLocaleNumber(text, locale);
  return quick === undefined ? parseLocaleNumber(text, locale) : quick === null ? EMPTY : { ok: true, value: quick };
}
const EMPTY: NumberReading = { ok: true, value: null };
