import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { a1, cellAddress, columnIndex, columnLetters } from './cell-address';

describe('cellAddress', () => {
  it.each([
    ['Biểu 01', 11, 3, 'Biểu 01!D12'],
    ['Sheet1', 0, 0, 'Sheet1!A1'],
    ['S', 0, 25, 'S!Z1'],
    ['S', 4, 26, 'S!AA5'],
    ['S', 0, 27, 'S!AB1'],
    ['S', 0, 51, 'S!AZ1'],
    ['S', 0, 52, 'S!BA1'],
    ['S', 0, 701, 'S!ZZ1'],
    ['S', 0, 702, 'S!AAA1'],
    ['S', 1048575, 16383, 'S!XFD1048576'],
  ])('%s row0 %i col0 %i → %s', (sheet, row0, col0, expected) => {
    expect(cellAddress(sheet, row0, col0)).toBe(expected);
  });

  it.each([[-1], [1.5], [Number.NaN]])('refuses column %s', (col0) => {
    expect(() => columnLetters(col0)).toThrow(RangeError);
  });

  it.each([
    ['A', 0], ['z', 25], ['AA', 26], ['XFD', 16383], [' b ', 1], ['XFE', null], ['A1', null], ['', null], ['ABCD', null],
  ])('columnIndex(%s) → %s', (letters, expected) => {
    expect(columnIndex(letters)).toBe(expected);
  });

  it('letters and index are inverse over every Excel column', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (col) => columnIndex(columnLetters(col)) === col));
  });

  it('a1 counts rows from 1', () => {
    expect(a1(0, 2)).toBe('C1');
  });
});
