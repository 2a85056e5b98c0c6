import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatSigned, withUnit } from './format';

describe('formatNumber', () => {
  it.each([
    [1862, 'vi', '1.862'],
    [24.88, 'vi', '24,88'],
    [1862.5, 'vi', '1.862,5'],
    [220.863, 'vi', '220,863'],
    [8920, 'vi', '8.920'],
    [1862, 'en', '1,862'],
    [24.88, 'en', '24.88'],
    [1862.5, 'en', '1,862.5'],
  ] as const)('%d in %s → %s', (value, language, text) => {
    expect(formatNumber(value, language)).toBe(text);
  });

  it('rounds the decimal a quotient stands for, not its binary noise: 8,7 ÷ 8 is 108,75%, shown 108,8%', () => {
    expect((8.7 / 8) * 100).toBe(108.74999999999999);
    expect(formatPercent((8.7 / 8) * 100, 'vi')).toBe('108,8%');
    expect(formatNumber(1.005, 'en', 2)).toBe('1.01');
  });

  it('keeps every stored digit by default and rounds only when asked', () => {
    expect(formatNumber(105.88, 'vi')).toBe('105,88');
    expect(formatNumber(144.39930354033663, 'vi', 1)).toBe('144,4');
  });
});

describe('units, percent, sign', () => {
  it.each([
    ['1.862', 'tỷ đồng', '1.862 tỷ đồng'],
    ['24,88', '%', '24,88%'],
    ['0,45', '‰', '0,45‰'],
    ['2,47', 'điểm %', '2,47 điểm %'],
    ['5', '', '5'],
  ])('%s + %s → %s', (value, unit, text) => {
    expect(withUnit(value, unit)).toBe(text);
  });

  it.each([
    [149.7, 'vi', '149,7%'],
    [124.13333, 'vi', '124,1%'],
    [100, 'en', '100%'],
  ] as const)('percent %d in %s → %s', (value, language, text) => {
    expect(formatPercent(value, language)).toBe(text);
  });

  it.each([
    [2.1, '+2,1'],
    [-3.89, '−3,89'],
    [0, '0'],
    [-0.0001, '0'],
  ])('signed %d → %s', (value, text) => {
    expect(formatSigned(value, 'vi', 2)).toBe(text);
  });
});
