/**
 * Invisible formatting characters: nothing a person can see, yet they change what a text shows or
 * what it equals. A bidirectional control reverses the text after it ("đạt 130,3% KH" shown as
 * "KH %3,031 tạđ", 2019 as 9102); a zero-width character makes "Xã Tân Uyên" and "Xã Tân\u200BUyên"
 * two names that look one. Vietnamese names, units, ids and notes never need any of them.
 * U+FEFF counts here anywhere in a cell: the decoder has already taken a file's own byte order mark.
 */
export type InvisibleKind = 'bidi' | 'invisible';

const NAMES: Readonly<Record<number, readonly [InvisibleKind, string]>> = {
  0x00ad: ['invisible', 'SOFT HYPHEN'],
  0x061c: ['bidi', 'ARABIC LETTER MARK'],
  0x180e: ['invisible', 'MONGOLIAN VOWEL SEPARATOR'],
  0x200b: ['invisible', 'ZERO WIDTH SPACE'],
  0x200c: ['invisible', 'ZERO WIDTH NON-JOINER'],
  0x200d: ['invisible', 'ZERO WIDTH JOINER'],
  0x200e: ['bidi', 'LEFT-TO-RIGHT MARK'],
  0x200f: ['bidi', 'RIGHT-TO-LEFT MARK'],
  0x202a: ['bidi', 'LEFT-TO-RIGHT EMBEDDING'],
  0x202b: ['bidi', 'RIGHT-TO-LEFT EMBEDDING'],
  0x202c: ['bidi', 'POP DIRECTIONAL FORMATTING'],
  0x202d: ['bidi', 'LEFT-TO-RIGHT OVERRIDE'],
  0x202e: ['bidi', 'RIGHT-TO-LEFT OVERRIDE'],
  0x2060: ['invisible', 'WORD JOINER'],
  0x2061: ['invisible', 'FUNCTION APPLICATION'],
  0x2062: ['invisible', 'INVISIBLE TIMES'],
  0x2063: ['invisible', 'INVISIBLE SEPARATOR'],
  0x2064: ['invisible', 'INVISIBLE PLUS'],
  0x2065: ['invisible', 'unassigned'],
  0x2066: ['bidi', 'LEFT-TO-RIGHT ISOLATE'],
  0x2067: ['bidi', 'RIGHT-TO-LEFT ISOLATE'],
  0x2068: ['bidi', 'FIRST STRONG ISOLATE'],
  0x2069: ['bidi', 'POP DIRECTIONAL ISOLATE'],
  0x206a: ['bidi', 'INHIBIT SYMMETRIC SWAPPING'],
  0x206b: ['bidi', 'ACTIVATE SYMMETRIC SWAPPING'],
  0x206c: ['invisible', 'INHIBIT ARABIC FORM SHAPING'],
  0x206d: ['invisible', 'ACTIVATE ARABIC FORM SHAPING'],
  0x206e: ['invisible', 'NATIONAL DIGIT SHAPES'],
  0x206f: ['invisible', 'NOMINAL DIGIT SHAPES'],
  0xfeff: ['invisible', 'ZERO WIDTH NO-BREAK SPACE (BOM)'],
};

/**
 * Whether a UTF-16 code unit is one of them, by ranges: a clean cell's check (isPlainCell) asks this of
 * every character above U+00A0, and Vietnamese letters (below U+2000) are answered in two comparisons.
 */
export function isInvisible(unit: number): boolean {
  if (unit < 0x200b) return unit === 0x00ad || unit === 0x061c || unit === 0x180e;
  return unit <= 0x200f || (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2060 && unit <= 0x206f) || unit === 0xfeff;
}

export const invisibleKind = (unit: number): InvisibleKind | null => (isInvisible(unit) ? (NAMES[unit]?.[0] ?? 'invisible') : null);

/** "RIGHT-TO-LEFT OVERRIDE", or null for any other character. */
export const invisibleName = (unit: number): string | null => (isInvisible(unit) ? (NAMES[unit]?.[1] ?? null) : null);
