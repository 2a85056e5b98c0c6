import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { findControlChar } from '../text/text-safety';
import { cleanSheetName } from './sheet-name';

describe('cleanSheetName', () => {
  it.each([
    ['Biểu 01', 'Biểu 01', false],
    ['Biểu\u0007 01', 'Biểu[U+0007] 01', true],
    ['Xã\u202e A', 'Xã[U+202E] A', true],
    ['tab\there', 'tab[U+0009]here', true],
    ['zero\u200bwidth', 'zero[U+200B]width', true],
    ['=HYPERLINK("http://evil")', '=HYPERLINK("http://evil")', false],
    ['x'.repeat(LIMITS.sheetNameChars), 'x'.repeat(LIMITS.sheetNameChars), false],
    ['x'.repeat(LIMITS.sheetNameChars + 1), `${'x'.repeat(LIMITS.sheetNameChars - 1)}…`, true],
  ])('%j → %j', (raw, name, cleaned) => {
    expect(cleanSheetName(raw)).toEqual({ name, cleaned });
  });

  it('never leaves a control character nor passes the bound, and keeps a clean name as it is', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
      const { name, cleaned } = cleanSheetName(raw);
      expect(findControlChar(name)).toBeNull();
      expect(Array.from(name).length).toBeLessThanOrEqual(LIMITS.sheetNameChars);
      expect(cleaned).toBe(name !== raw);
    }));
  });
});
