import { findControlChar, showControlChars, stripControlChars } from './text-safety';

/**
 * Text from outside (a file, a link, a stored value, a name typed in) made safe to show, store
 * and write into files. Control characters (C0, DEL, C1) break XML, CSV lines and single-line
 * titles; they are never part of a name a person means.
 */

const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/** Removes control characters (text-safety.ts decides which); tabs and line breaks become one space so words stay apart. */
export const stripControls = (text: string): string => stripControlChars(text.replace(LINE_BREAKS, ' '), 'none');

/** Whether the text holds any control character (tab and line breaks included). */
export const hasControls = (text: string): boolean => findControlChar(text, 'none') !== null || /[\u2028\u2029]/.test(text);

/** A one-line title: no control characters, no surrounding spaces, at most `max` characters. */
export function cleanTitle(text: string, max: number): string {
  const clean = stripControls(text).replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : clean.slice(0, max).trimEnd();
}

/**
 * Only the characters XML 1.0 allows (tab, line feed, carriage return, U+0020–U+D7FF,
 * U+E000–U+FFFD, U+10000 and up; no lone surrogates), and no character reference to any other.
 */
export function xmlLegal(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (ref, code: string) => (isXmlChar(code.startsWith('x') || code.startsWith('X') ? parseInt(code.slice(1), 16) : parseInt(code, 10)) ? ref : ''));
}

const isXmlChar = (c: number): boolean =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

/**
 * A value quoted in a message: control characters shown as \u escapes so a person sees them,
 * and a long value cut to its start with its full length, e.g. “//evil.example/pa… (2.048 ký tự)”.
 */
export function shortValue(value: string, max = 60): { vi: string; en: string } {
  // Only the start is looked at: a 50 MB value costs no more than a short one.
  const visible = showControlChars(value.slice(0, max + 1), 'none');
  if (value.length <= max && visible.length <= max) return { vi: visible, en: visible };
  const start = visible.slice(0, max - 1);
  return { vi: `${start}… (${value.length.toLocaleString('vi-VN')} ký tự)`, en: `${start}… (${value.length.toLocaleString('en-GB')} characters)` };
}
