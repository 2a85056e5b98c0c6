/**
 * Turning a file's bytes into text: UTF-8 with or without BOM, UTF-16 LE (Excel's
 * "Unicode text") or BE (some Mac and Java tools), each with or without BOM, or legacy
 * Vietnamese Windows-1258. The guess can be overridden. UTF-32 (either order, with or without
 * BOM) is told and refused by name: no browser decodes it, and read as UTF-16 it gave a
 * misleading "missing column".
 */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export type Decoded =
  | { ok: true; text: string; encoding: TextEncodingName; detected: 'bom' | 'valid-utf8' | 'zero-bytes' | 'fallback' | 'chosen' }
  | { ok: false; reason: 'binary' | 'empty' | 'invalid' | 'utf-32' };

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

export type WideEncoding = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/**
 * UTF-32 without a BOM, told by its zero bytes: every character below U+10000 (all of Vietnamese) has
 * its two high bytes zero, the last two of each four in LE and the first two in BE, and an ASCII one
 * three zero bytes; the lowest byte is almost never zero.
 */
function utf32ByZeroBytes(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | null {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 4));
  if (sample.length < 8) return null;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i % 4]!++;
  const [z0, z1, z2, z3] = zeros.map((z) => z / (sample.length / 4)) as [number, number, number, number];
  if (z2 > 0.9 && z3 > 0.9 && z0 < 0.1) return 'utf-32le';
  if (z0 > 0.9 && z1 > 0.9 && z3 < 0.1) return 'utf-32be';
  return null;
}

/**
 * UTF-16 without a BOM, told by its zero bytes: text in the ASCII range (headers, digits,
 * delimiters) has a zero high byte after every character in LE (odd offsets) and before it in BE
 * (even offsets), and almost none on the other side.
 */
function utf16ByZeroBytes(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return null;
  let oddZeros = 0;
  let evenZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 1) oddZeros++;
    else evenZeros++;
  }
  const half = sample.length / 2;
  if (oddZeros / half > 0.3 && evenZeros / half < 0.02) return 'utf-16le';
  if (evenZeros / half > 0.3 && oddZeros / half < 0.02) return 'utf-16be';
  return null;
}

/** Control bytes other than tab, CR, LF, or any NUL, in the first 4 kB of a non-UTF-16 file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > sample.length * 0.02;
}

/** Runs of characters NFC might change: any but those below U+0300 (Latin, no combining mark) and the precomposed Vietnamese letters (U+1EA0–U+1EF9). */
const UNUSUAL = /[\u0300-\u1e9f\u1efa-\uffff]+/g;

/**
 * The text in NFC, told without normalizing it whole when it already is: a UTF-8 file from Excel is, and
 * normalizing its hundred million characters would cost more than reading them (and a second copy). Only
 * a run of other characters (a combining mark, "‰", a symbol) is normalized, with the character before it
 * (its base); a plain character never composes with what precedes it, so the text is in NFC exactly when
 * every such run is. The runs are found by a regular expression: a scan in JavaScript is twice as slow.
 */
function nfc(text: string): string {
  UNUSUAL.lastIndex = 0;
  for (let run = UNUSUAL.exec(text); run !== null; run = UNUSUAL.exec(text)) {
    const withBase = text.slice(Math.max(0, run.index - 1), run.index + run[0].length);
    if (withBase.normalize('NFC') !== withBase) return text.normalize('NFC');
  }
  return text;
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    // NFC: Windows-1258 writes tone marks as combining characters; names must compare equal to UTF-8 ones.
    return nfc(new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
}

/** A UTF-16 or UTF-32 file, by its BOM or else its zero bytes; null for any other (UTF-8, Windows-1258, binary). */
export function wideEncodingOf(bytes: Uint8Array): { encoding: WideEncoding; detected: 'bom' | 'zero-bytes' } | null {
  // UTF-32 LE's BOM (FF FE 00 00) begins with UTF-16 LE's (FF FE): asked first.
  if (startsWith(bytes, [0xff, 0xfe, 0, 0])) return { encoding: 'utf-32le', detected: 'bom' };
  if (startsWith(bytes, [0, 0, 0xfe, 0xff])) return { encoding: 'utf-32be', detected: 'bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', detected: 'bom' };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', detected: 'bom' };
  const encoding = utf32ByZeroBytes(bytes) ?? utf16ByZeroBytes(bytes);
  return encoding ? { encoding, detected: 'zero-bytes' } : null;
}

export function decodeBytes(bytes: Uint8Array, chosen?: TextEncodingName): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (chosen) {
    const text = decodeAs(bytes, chosen);
    return text === null ? { ok: false, reason: 'invalid' } : { ok: true, text, encoding: chosen, detected: 'chosen' };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { ok: true, text: decodeAs(bytes, 'utf-8') ?? '', encoding: 'utf-8', detected: 'bom' };
  const wide = wideEncodingOf(bytes);
  if (wide?.encoding === 'utf-32le' || wide?.encoding === 'utf-32be') return { ok: false, reason: 'utf-32' };
  if (wide) return { ok: true, text: decodeAs(bytes, wide.encoding) ?? '', encoding: wide.encoding, detected: wide.detected };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  const utf8 = decodeAs(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', detected: 'valid-utf8' };
  return { ok: true, text: decodeAs(bytes, 'windows-1258') ?? '', encoding: 'windows-1258', detected: 'fallback' };
}
