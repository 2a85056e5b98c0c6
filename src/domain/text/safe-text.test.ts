import { describe, expect, it } from 'vitest';
import { cleanTitle, hasControls, shortValue, stripControls, xmlLegal } from './safe-text';

describe('stripControls', () => {
  it.each([
    ['plain Vietnamese stays', 'Tỉnh Lai Châu năm 2020', 'Tỉnh Lai Châu năm 2020'],
    ['C0 controls go', 'Số xã\u0001 đạt\u001b chuẩn\u0007', 'Số xã đạt chuẩn'],
    ['NUL and DEL go', 'a\u0000b\u007fc', 'abc'],
    ['C1 controls go', 'a\u0085b\u009bc', 'a bc'],
    ['tabs and line breaks become a space', 'Thu\tngân\r\nsách\u2028x', 'Thu ngân sách x'],
    ['emoji and astral characters stay', 'Đạt 🎯 𝔸', 'Đạt 🎯 𝔸'],
  ])('%s', (_, input, expected) => {
    expect(stripControls(input)).toBe(expected);
  });
});

describe('cleanTitle', () => {
  it.each([
    ['trims and collapses spaces', '  Tổng   quan \n', 10, 'Tổng quan'],
    ['clips to the limit', 'abcdefghij', 4, 'abcd'],
    ['clips without a trailing space', 'ab cd', 3, 'ab'],
    ['only controls: empty', '\u0001\u0002', 10, ''],
  ])('%s', (_, input, max, expected) => {
    expect(cleanTitle(input, max)).toBe(expected);
  });
});

describe('xmlLegal', () => {
  it.each([
    ['keeps tab, line feed and text', 'a\tb\nc', 'a\tb\nc'],
    ['drops C0 controls', '<title>x\u0001y\u001b</title>', '<title>xy</title>'],
    ['drops a lone surrogate', 'a\ud800b', 'ab'],
    ['drops U+FFFE and U+FFFF', 'a\ufffeb\uffff', 'ab'],
    ['keeps astral characters', '🎯', '🎯'],
    ['drops references to illegal characters', 'a&#1;b&#x1B;c&#X7;d', 'abcd'],
    ['keeps references to legal characters', '&#233;&#x1F3AF;&amp;#1;', '&#233;&#x1F3AF;&amp;#1;'],
  ])('%s', (_, input, expected) => {
    expect(xmlLegal(input)).toBe(expected);
  });

  it('leaves a document a strict XML parser accepts for every control character', () => {
    const all = Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)).join('') + '\u007f\u0085\ufffe';
    expect(xmlLegal(all)).toBe('\t\n\r\u007f\u0085');
  });
});

describe('shortValue', () => {
  it('shows control characters as escapes', () => {
    expect(shortValue('/\t/host').en).toBe('/[U+0009]/host');
  });
  it('cuts a long value and says its length', () => {
    const long = shortValue('x'.repeat(5000), 20);
    expect(long.vi).toBe(`${'x'.repeat(19)}… (5.000 ký tự)`);
    expect(long.en).toBe(`${'x'.repeat(19)}… (5,000 characters)`);
  });
  it.each(['', 'abc', '/district/tan-uyen?year=2020'])('keeps a short value whole: %j', (value) => {
    expect(shortValue(value)).toEqual({ vi: value, en: value });
  });
});

describe('hasControls', () => {
  it.each([['a\u0000', true], ['a\tb', true], ['a\u2028', true], ['Lai Châu', false]])('%j → %s', (text, expected) => {
    expect(hasControls(text)).toBe(expected);
  });
});
