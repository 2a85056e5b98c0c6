import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanFreeText, isPlainCell, nameTextIssues } from './text-issues';

const place = { row: 2, column: 'c' };
/** Cells of every kind a file brings: Vietnamese letters, controls, surrogates, formula starts, line breaks. */
const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), fc.constantFrom('a', 'Ồ', ' ', '=', '-', '+', '@', '\t', '\n', '\r', '\u0085', '\u00a0', '📈', '\uD83D', '\uFFFE', '1', '\u202E', '\u200B', '\uFEFF', '\u00AD', '\u2066'));
const cell = fc.array(unit, { maxLength: 8 }).map((parts) => parts.join(''));

describe('isPlainCell: a cell with nothing to say, told without the full checks', () => {
  it.each([
    ['Sìn Hồ', false, true], ['', false, true], ['=SUM(A1)', false, false], ['-5', false, false], ['a\tb', false, false], ['a\tb', true, true], ['\u0007', true, false], ['📈', true, false], ['Tân\u202EUyên', true, false], ['Tân\u200BUyên', false, false], ['\uFEFF', true, false], ['Sìn\u00A0Hồ', false, true],
  ] as const)('%j (line breaks %s) → %s', (value, lineBreaks, plain) => {
    expect(isPlainCell(value, lineBreaks)).toBe(plain);
  });

  it('is plain only where the full checks find nothing', () => {
    fc.assert(fc.property(cell, (value) => {
      if (isPlainCell(value, false)) expect(nameTextIssues(value, place)).toEqual([]);
      if (isPlainCell(value, true)) expect(cleanFreeText(value, place)).toEqual({ text: value, issues: [] });
    }), { numRuns: 20000 });
  });
});
