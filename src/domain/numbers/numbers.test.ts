import { describe, expect, it } from 'vitest';
import { detectNumberLocale, parseLocaleNumber } from './numbers';

describe('parseLocaleNumber', () => {
  it.each([
    ['1.862', 'vi', 1862],
    ['24,88', 'vi', 24.88],
    ['1.234,5', 'vi', 1234.5],
    ['1.862.000', 'vi', 1862000],
    ['12.345.678', 'auto', 12345678],
    ['220.863', 'vi', 220863],
    ['-3,89', 'vi', -3.89],
    ['149,7%', 'vi', 149.7],
    ['1 862,5', 'vi', 1862.5],
    ['8\u00a0920', 'vi', 8920],
    ['1,862.5', 'en', 1862.5],
    ['24.88', 'en', 24.88],
    ['1,862', 'en', 1862],
    ['220.863', 'en', 220.863],
    ['+5', 'en', 5],
    ['0', 'vi', 0],
    ['24.88', 'auto', 24.88],
    ['24,88', 'auto', 24.88],
    ['1.234,5', 'auto', 1234.5],
    ['1,234.5', 'auto', 1234.5],
    ['1862', 'auto', 1862],
    ['', 'vi', null],
    ['   ', 'auto', null],
  ] as const)('%s in %s → %s', (text, locale, value) => {
    expect(parseLocaleNumber(text, locale)).toEqual({ ok: true, value });
  });

  it.each([['1.862'], ['220.863'], ['1,500'], ['2,236']])('%s reads two ways when the locale is unknown', (text) => {
    const result = parseLocaleNumber(text, 'auto');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe('ambiguous');
  });

  it.each([
    ['24.88', 'vi', 24.88],
    ['1,862.5', 'vi', 1862.5],
    ['24,88', 'en', 24.88],
    ['1.234,5', 'en', 1234.5],
  ] as const)('%s is not written the %s way (it reads as %d the other way)', (text, locale, otherReading) => {
    expect(parseLocaleNumber(text, locale)).toEqual({ ok: false, code: 'wrong-locale', locale, otherReading });
  });

  it.each([['abc'], ['=HYPERLINK("x")'], ['1..2'], ['1,2,3,4'], ['--5'], ['1e5'], ['12,34.56,7'], ['.5']])('%s is not a number', (text) => {
    expect(parseLocaleNumber(text, 'auto')).toEqual({ ok: false, code: 'not-a-number' });
  });
});

describe('detectNumberLocale', () => {
  it.each([
    [['24,88', '1.862', '17,23'], 'vi'],
    [['24.88', '1862', '17.23'], 'en'],
    [['1,234.5', '1.862'], 'en'],
    [['1862', '1.862'], null],
    [[], null],
  ] as const)('%j → %s', (cells, locale) => {
    expect(detectNumberLocale(cells).locale).toBe(locale);
  });
});
