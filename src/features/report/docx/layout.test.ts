import { describe, expect, it } from 'vitest';
import { CONTENT_WIDTH, PAGE, mm, romanNumeral, ruleIndent } from './layout';

describe('the page of Decree 30/2020/NĐ-CP', () => {
  it.each([
    [20, 1134],
    [30, 1701],
    [15, 850],
    [210, 11906],
  ])('%i mm is %i twips', (millimetres, twips) => expect(mm(millimetres)).toBe(twips));

  it('leaves 165 mm of A4 for the text', () => {
    expect(PAGE.width).toBe(mm(210));
    expect(CONTENT_WIDTH).toBe(mm(210) - mm(30) - mm(15));
  });
});

describe('section numbers', () => {
  it.each([
    [1, 'I'],
    [2, 'II'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
  ])('%i is %s', (n, roman) => expect(romanNumeral(n)).toBe(roman));
});

describe('the rule under a heading line', () => {
  it('is centred: the same indent each side, shorter for a shorter share', () => {
    const whole = ruleIndent(5000, 'Độc lập - Tự do - Hạnh phúc', 28, 1);
    const third = ruleIndent(5000, 'Độc lập - Tự do - Hạnh phúc', 28, 1 / 3);
    expect(whole).toBeGreaterThan(0);
    expect(third).toBeGreaterThan(whole);
  });

  it('is never wider than its cell', () => expect(ruleIndent(1000, 'a very long line of text indeed', 28, 1)).toBe(0));
});
