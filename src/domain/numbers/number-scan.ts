/**
 * The common shapes of a figure read in one pass over its characters, with no regular expression and
 * no allocation: what a million-row upload spends most of its number reading on. Each function answers
 * only for shapes it is sure of and `undefined` otherwise, so the caller falls back to the general
 * reader (numbers.ts), whose answer is the rule; numbers.test.ts checks the two agree.
 */
/** How a file writes its numbers: vi "1.862,5", en "1,862.5". */
export type NumberLocale = 'vi' | 'en';

/** Exact powers of ten: a ≤15-digit integer divided by one is the correctly rounded decimal, as Number() reads it. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
const MAX_DIGITS = 15;
const DOT = 46;
const COMMA = 44;
const MINUS = 45;

interface Shape {
  negative: boolean;
  mantissa: number;
  /** Digits before the first mark. */
  lead: number;
  /** How many times the first mark appears, and which it is. */
  marks: number;
  firstMark: number;
  /** The other mark, after the first one(s): a decimal mark, or 0. */
  decimalMark: number;
  /** Digits after the last mark. */
  last: number;
}

const shape: Shape = { negative: false, mantissa: 0, lead: 0, marks: 0, firstMark: 0, decimalMark: 0, last: 0 };

/**
 * -?d+ (M d+)* (D d+)? with at most 15 digits in all, '.' and ',' as M and D either way round: every run
 * between two marks is three digits, the other mark comes at most once and last. False for anything else.
 */
function scan(text: string): boolean {
  const n = text.length;
  let i = 0;
  shape.negative = n > 0 && text.charCodeAt(0) === MINUS;
  if (shape.negative) i = 1;
  if (i >= n) return false;
  let mantissa = 0;
  let digits = 0;
  let run = 0;
  let lead = 0;
  let marks = 0;
  let firstMark = 0;
  let decimalMark = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits > MAX_DIGITS) return false;
      mantissa = mantissa * 10 + (c - 48);
      run++;
      continue;
    }
    if ((c !== DOT && c !== COMMA) || run === 0 || decimalMark !== 0) return false;
    if (marks === 0) {
      firstMark = c;
      lead = run;
      marks = 1;
    } else if (run !== 3) return false;
    else if (c === firstMark) marks++;
    else decimalMark = c;
    run = 0;
  }
  if (run === 0 || (marks >= 2 && decimalMark === 0 && run !== 3)) return false;
  shape.mantissa = mantissa;
  shape.lead = marks === 0 ? digits : lead;
  shape.marks = marks;
  shape.firstMark = firstMark;
  shape.decimalMark = decimalMark;
  shape.last = run;
  return true;
}

const valueOf = (fractionDigits: number) => {
  const value = shape.mantissa / POW10[fractionDigits]!;
  return shape.negative ? -value : value;
};

/**
 * parseLocaleNumber's value for the shapes it reads at once (plain integers; in a known locale plain
 * decimals and grouped thousands), null for an empty cell, undefined for anything else.
 */
export function quickLocaleNumber(text: string, locale: NumberLocale | 'auto'): number | null | undefined {
  if (text === '') return null;
  if (!scan(text)) return undefined;
  if (shape.marks === 0) return valueOf(0); // -?\d{1,15}
  if (locale === 'auto') return undefined;
  const group = locale === 'vi' ? DOT : COMMA;
  // A plain decimal: "24,88" in Vietnamese, "24.88" in English.
  if (shape.marks === 1 && shape.decimalMark === 0 && shape.firstMark !== group) return valueOf(shape.last);
  // Grouped thousands ("1.862.000"), then maybe decimals ("1.862,5").
  if (shape.firstMark !== group || shape.lead > 3 || shape.marks > 4) return undefined;
  if (shape.decimalMark === 0) return shape.last === 3 ? valueOf(0) : undefined;
  return valueOf(shape.last);
}

/**
 * What one cell says of the file's locale, as detectNumberLocale counts it: 'vi' or 'en' when it reads
 * only that way, null when it is no evidence, undefined when the general reader must judge.
 */
export function quickLocaleEvidence(cell: string): NumberLocale | null | undefined {
  if (cell === '') return null;
  if (!scan(cell)) return undefined;
  if (shape.marks === 0) return null; // digits alone
  if (shape.marks === 1 && shape.decimalMark === 0) {
    // "1.862" and "1,862" read both ways (a thousands mark or a decimal one); "24,88" and "956.10" one way.
    if (shape.lead <= 3 && shape.last === 3) return null;
    return shape.firstMark === COMMA ? 'vi' : 'en';
  }
  // Several group marks, or a group mark then the other as decimal: only the locale whose group mark it is.
  if (shape.lead > 3) return undefined;
  return shape.firstMark === DOT ? 'vi' : 'en';
}

/** Where the point was in the last figure quickCanonicalNumber read: digits before it, and after it (-1 without one). */
export const canonicalPoint = { lead: 0, fraction: -1 };

/**
 * A figure in the canonical form `publish` writes (-?d+ or -?d+.d+, at most 15 digits in all) read at once:
 * its value, as Number() reads it; undefined for any other text, which the caller reads by its rule.
 */
export function quickCanonicalNumber(text: string): number | undefined {
  if (!scan(text) || shape.marks > 1 || (shape.marks === 1 && (shape.firstMark !== DOT || shape.decimalMark !== 0))) return undefined;
  canonicalPoint.lead = shape.lead;
  canonicalPoint.fraction = shape.marks === 0 ? -1 : shape.last;
  return valueOf(shape.marks === 0 ? 0 : shape.last);
}
