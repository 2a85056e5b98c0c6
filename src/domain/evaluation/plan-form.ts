/**
 * A plan as the province writes it: "9%" (exact), "8 - 8,5%" (a range), "trên 57,5%" / "từ 8% trở lên"
 * (at least: strictly above, or from it up), "dưới 12%" / "không quá 3%" (at most: strictly below, or up
 * to it), "khoảng 9%" (about). The form keeps the word a bare number loses; the text reads back to the
 * same form in both languages (plan-form.property.test.ts).
 */
import type { Language } from '../numbers/format';
import { formatNumber, withUnit } from '../numbers/format';
import { readLocaleNumber, type NumberLocale } from '../numbers/numbers';

export type PlanForm =
  | { kind: 'exact'; value: number }
  | { kind: 'range'; low: number; high: number }
  /** `strict`: "trên", "hơn", ">" (the bound itself does not meet it); else "từ … trở lên", "không dưới", "≥". */
  | { kind: 'at-least'; value: number; strict: boolean }
  /** `strict`: "dưới", "<"; else "không quá", "tối đa", "≤". */
  | { kind: 'at-most'; value: number; strict: boolean }
  | { kind: 'about'; value: number };

export type PlanReading = { ok: true; form: PlanForm; unit: string | null } | { ok: false; reason: 'empty' | 'not-a-plan' | 'reversed-range' };

/** Folded as the matching reads: lower case, no diacritics, one space. */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Words before the number, folded; each with the form it makes. */
const PREFIXES: readonly { words: RegExp; form: (value: number) => PlanForm }[] = [
  { words: /^(?:khong duoi|toi thieu|it nhat|>=|≥|at least|no less than|not less than|minimum|min\.?) ?/, form: (value) => ({ kind: 'at-least', value, strict: false }) },
  { words: /^(?:tren|hon|cao hon|>|above|over|more than|greater than) ?/, form: (value) => ({ kind: 'at-least', value, strict: true }) },
  { words: /^(?:khong qua|khong vuot qua|toi da|<=|≤|at most|no more than|not more than|maximum|max\.?) ?/, form: (value) => ({ kind: 'at-most', value, strict: false }) },
  { words: /^(?:duoi|thap hon|<|below|under|less than) ?/, form: (value) => ({ kind: 'at-most', value, strict: true }) },
  { words: /^(?:khoang|xap xi|~|≈|about|around|approximately|approx\.?) ?/, form: (value) => ({ kind: 'about', value }) },
];
/** Words after the number: "(từ) 8% trở lên", "8% or more", "3% trở xuống", "3% or less". */
const SUFFIXES: readonly { words: RegExp; form: (value: number) => PlanForm }[] = [
  { words: / ?(?:tro len|or more|or above|and above)$/, form: (value) => ({ kind: 'at-least', value, strict: false }) },
  { words: / ?(?:tro xuong|or less|or below|and below)$/, form: (value) => ({ kind: 'at-most', value, strict: false }) },
];
const NUMBER = String.raw`[+-]?\d[\d.,\s]*?`;
const RANGE = new RegExp(String.raw`^(${NUMBER})\s*(%|‰)?\s*(?:-|–|—|đến|to)\s*(${NUMBER})\s*(\D*)$`, 'u');
const SINGLE = new RegExp(String.raw`^(${NUMBER})\s*(\D*)$`, 'u');

function readNumber(text: string, locale: NumberLocale): number | null {
  const reading = readLocaleNumber(text.trim(), locale);
  return reading.ok && reading.value !== null && Number.isFinite(reading.value) ? reading.value : null;
}

/** A plan cell or phrase ("8 - 8,5", "Dưới 12", "khoảng 9%", "trên 57,5%") read into its form, in the given locale. */
export function parsePlanText(text: string, locale: NumberLocale = 'vi'): PlanReading {
  // NFC, one space: folding keeps every character's place, so the unit is cut from the text as written.
  const whole = text.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (whole === '') return { ok: false, reason: 'empty' };
  const folded = fold(whole);
  let start = 0;
  let end = folded.length;
  let make: ((value: number) => PlanForm) | null = null;
  for (const suffix of SUFFIXES) {
    const m = suffix.words.exec(folded);
    if (m) {
      end = m.index;
      make = suffix.form;
      // "từ 8% trở lên": the "từ" goes with the suffix.
      if (folded.startsWith('tu ')) start = 3;
      break;
    }
  }
  if (make === null)
    for (const prefix of PREFIXES) {
      const m = prefix.words.exec(folded);
      if (m && m[0] !== '') {
        start = m[0].length;
        make = prefix.form;
        break;
      }
    }
  // "từ 8 đến 9": the "từ" of a range.
  if (make === null && folded.startsWith('tu ')) start = 3;
  const piece = whole.slice(start, end).trim();
  const range = make === null ? RANGE.exec(piece) : null;
  if (range) {
    const low = readNumber(range[1] ?? '', locale);
    const high = readNumber(range[3] ?? '', locale);
    if (low === null || high === null) return { ok: false, reason: 'not-a-plan' };
    if (low > high) return { ok: false, reason: 'reversed-range' };
    const unit = unitText(range[4] ?? '') ?? range[2] ?? null;
    return { ok: true, form: low === high ? { kind: 'exact', value: low } : { kind: 'range', low, high }, unit };
  }
  const single = SINGLE.exec(piece);
  if (!single) return { ok: false, reason: 'not-a-plan' };
  const value = readNumber(single[1] ?? '', locale);
  if (value === null) return { ok: false, reason: 'not-a-plan' };
  const tail = (single[2] ?? '').trim();
  if (tail !== '' && unitText(tail) === null) return { ok: false, reason: 'not-a-plan' };
  return { ok: true, form: (make ?? ((v: number): PlanForm => ({ kind: 'exact', value: v })))(value), unit: unitText(tail) };
}

/** A trailing unit: a short text with no digit ("%", "%/năm", "tỷ đồng"); null when none. */
function unitText(tail: string): string | null {
  const t = tail.trim();
  if (t === '') return null;
  // A unit starts with a letter, % or ‰ ("%/năm", "tỷ đồng"); "-" or "…" are no unit.
  return /\d/.test(t) || t.length > 40 || !/^[\p{L}%‰]/u.test(t) ? null : t;
}

const WORDS = {
  vi: { atLeastStrict: 'trên', atLeast: (v: string) => `từ ${v} trở lên`, atMostStrict: 'dưới', atMost: 'không quá', about: 'khoảng' },
  en: { atLeastStrict: 'above', atLeast: (v: string) => `${v} or more`, atMostStrict: 'below', atMost: 'at most', about: 'about' },
} as const;

/** The plan as written, in the reader's language: "8–8,5%", "trên 57,5%", "từ 8% trở lên", "dưới 12%", "khoảng 9%". */
export function formatPlan(form: PlanForm, language: Language, unit = '', maxDecimals = 6): string {
  const n = (v: number) => formatNumber(v, language, maxDecimals);
  const w = WORDS[language];
  const u = (text: string) => withUnit(text, unit);
  switch (form.kind) {
    case 'exact':
      return u(n(form.value));
    case 'range':
      return u(`${n(form.low)}–${n(form.high)}`);
    case 'at-least':
      return form.strict ? `${w.atLeastStrict} ${u(n(form.value))}` : w.atLeast(u(n(form.value)));
    case 'at-most':
      return `${form.strict ? w.atMostStrict : w.atMost} ${u(n(form.value))}`;
    case 'about':
      return `${w.about} ${u(n(form.value))}`;
  }
}
