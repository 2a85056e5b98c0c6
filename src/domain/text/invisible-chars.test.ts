import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isInvisible, invisibleKind, invisibleName } from './invisible-chars';
import { findControlChar, showControlChars, stripControlChars } from './text-safety';
import { cleanFreeText, isPlainCell, nameTextIssues } from './text-issues';
import { cleanTitle, shortValue } from './safe-text';

/** Every invisible formatting character the rule names, one per kind of trick. */
const INVISIBLE = [0x00ad, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2063, 0x2066, 0x2067, 0x2068, 0x2069, 0x206f, 0xfeff];

describe('isInvisible', () => {
  const hex = (units: number[]) => units.map((unit) => [unit.toString(16).toUpperCase().padStart(4, '0'), unit] as const);

  it.each(hex(INVISIBLE))('U+%s is invisible and named', (_, unit) => {
    expect(isInvisible(unit)).toBe(true);
    expect(invisibleKind(unit)).not.toBeNull();
    expect(invisibleName(unit)).toMatch(/^[A-Z]/);
  });

  it.each(hex([0x20, 0x41, 0xa0, 0xc0, 0x1b0, 0x300, 0x1ea0, 0x1ef9, 0x2000, 0x200a, 0x2010, 0x2013, 0x2028, 0x2029, 0x202f, 0x205f, 0x2070, 0x20ab, 0xfefe, 0xff0c]))('U+%s is not', (_, unit) => {
    expect(isInvisible(unit)).toBe(false);
    expect(invisibleName(unit)).toBeNull();
  });

  it('holds every character of the Unicode property Bidi_Control, as a bidirectional control', () => {
    const bidi = /\p{Bidi_Control}/u;
    for (let unit = 0; unit <= 0xffff; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      if (bidi.test(String.fromCharCode(unit))) expect(invisibleKind(unit), `U+${unit.toString(16)}`).toBe('bidi');
    }
  });
});

describe('names, units and ids: an invisible character is an error naming it', () => {
  it.each([
    ['Xã Tân\u202EUyên', 'U+202E RIGHT-TO-LEFT OVERRIDE', 'Xã Tân[U+202E]Uyên', 'đảo chiều'],
    ['\u202Bphần trăm', 'U+202B RIGHT-TO-LEFT EMBEDDING', '[U+202B]phần trăm', 'đảo chiều'],
    ['tỷ đồng\u2067', 'U+2067 RIGHT-TO-LEFT ISOLATE', 'tỷ đồng[U+2067]', 'đảo chiều'],
    ['%\u200F', 'U+200F RIGHT-TO-LEFT MARK', '%[U+200F]', 'đảo chiều'],
    ['ha\u061C', 'U+061C ARABIC LETTER MARK', 'ha[U+061C]', 'đảo chiều'],
    ['Xã Tân\u200BUyên', 'U+200B ZERO WIDTH SPACE', 'Xã Tân[U+200B]Uyên', 'trông giống hệt'],
    ['tan-uyen\u200D', 'U+200D ZERO WIDTH JOINER', 'tan-uyen[U+200D]', 'trông giống hệt'],
    ['\uFEFFSìn Hồ', 'U+FEFF ZERO WIDTH NO-BREAK SPACE (BOM)', '[U+FEFF]Sìn Hồ', 'trông giống hệt'],
    ['Mường\u2060Tè', 'U+2060 WORD JOINER', 'Mường[U+2060]Tè', 'trông giống hệt'],
    ['Than\u00ADUyên', 'U+00AD SOFT HYPHEN', 'Than[U+00AD]Uyên', 'trông giống hệt'],
  ])('%j → %s', (value, described, shown, words) => {
    const issues = nameTextIssues(value, { row: 3, column: 'area' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', code: 'invisible-character', row: 3, column: 'area', value: shown });
    expect(issues[0]?.message.vi).toContain(described);
    expect(issues[0]?.message.en).toContain(described);
    expect(issues[0]?.message.vi).toContain(words);
  });

  it('a control character before an invisible one is named first, as before', () => {
    expect(nameTextIssues('a\u0007b\u202E', { row: 1, column: 'x' })[0]?.code).toBe('control-character');
  });
});

describe('notes and sources: invisible characters are removed with a warning', () => {
  it.each([
    ['đạt \u202E130,3% KH', 'đạt 130,3% KH', 'invisible-character-removed', 'U+202E RIGHT-TO-LEFT OVERRIDE', 1],
    ['BC\u200B số\u200B 12', 'BC số 12', 'invisible-character-removed', 'U+200B ZERO WIDTH SPACE', 2],
    ['\u2066Nguồn\u2069', 'Nguồn', 'invisible-character-removed', 'U+2066 LEFT-TO-RIGHT ISOLATE', 2],
    ['a\u000B\u202Eb', 'ab', 'control-character-removed', 'U+000B', 2],
    ['dòng 1\n\uFEFFdòng 2', 'dòng 1\ndòng 2', 'invisible-character-removed', 'U+FEFF', 1],
  ])('%j → %j', (value, text, code, described, count) => {
    const cleaned = cleanFreeText(value, { row: 5, column: 'note' });
    expect(cleaned.text).toBe(text);
    expect(cleaned.issues).toHaveLength(1);
    expect(cleaned.issues[0]).toMatchObject({ severity: 'warning', code, row: 5, column: 'note' });
    expect(cleaned.issues[0]?.message.en).toContain(described);
    expect(cleaned.issues[0]?.message.vi).toContain(`Đã bỏ ${count} `);
  });
});

describe('one rule for every path', () => {
  const invisible = fc.constantFrom(...INVISIBLE.map((u) => String.fromCharCode(u)));
  const letters = fc.constantFrom('a', 'Ồ', 'ư', ' ', '1', '%', 'đ', 'Ạ');
  const text = fc.array(fc.oneof(letters, invisible), { maxLength: 10 }).map((parts) => parts.join(''));

  it('a cell with an invisible character is never plain, and is clean once stripped', () => {
    fc.assert(fc.property(text, (value) => {
      const has = [...value].some((c) => isInvisible(c.charCodeAt(0)));
      if (has) expect(isPlainCell(value, true)).toBe(false);
      expect(findControlChar(value) !== null).toBe(has);
      expect(findControlChar(stripControlChars(value))).toBeNull();
    }));
  });

  it.each([
    ['a message quotes the character, not its effect', () => shortValue('KH \u202E130,3%').vi, 'KH [U+202E]130,3%'],
    ['a slide title loses it', () => cleanTitle('Báo cáo\u202E 2019', 40), 'Báo cáo 2019'],
    ['the value shown in an issue', () => showControlChars('x\u200By'), 'x[U+200B]y'],
  ])('%s', (_, run, expected) => {
    expect(run()).toBe(expected);
  });
});
