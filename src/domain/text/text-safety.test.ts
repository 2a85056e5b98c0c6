import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointLabel, countControlChars, findControlChar, showControlChars, stripControlChars } from './text-safety';
import { cleanFreeText, nameTextIssues } from './text-issues';

describe('findControlChar', () => {
  it.each([
    ['Sìn\u0007Hồ', 'none', 3, 'U+0007'],
    ['\u0000', 'none', 0, 'U+0000'],
    ['a\tb', 'none', 1, 'U+0009'],
    ['a\nb', 'none', 1, 'U+000A'],
    ['a\rb', 'none', 1, 'U+000D'],
    ['xoá\u007F', 'none', 3, 'U+007F'],
    ['\u0085NEL', 'none', 0, 'U+0085'],
    ['\u009Fend', 'line-breaks', 0, 'U+009F'],
    ['a\u000Bb', 'line-breaks', 1, 'U+000B'],
    ['lone \uD800 high', 'none', 5, 'U+D800'],
    ['lone \uDC00 low', 'line-breaks', 5, 'U+DC00'],
    ['end \uD83D', 'none', 4, 'U+D83D'],
    ['not a char \uFFFF', 'none', 11, 'U+FFFF'],
    ['\uFFFE', 'line-breaks', 0, 'U+FFFE'],
  ] as const)('%j (%s) → at %d, %s', (text, policy, index, label) => {
    expect(findControlChar(text, policy)).toMatchObject({ index, label });
  });

  it.each([
    ['Sìn Hồ', 'none'],
    ['tỷ đồng', 'none'],
    ['điểm %', 'none'],
    ['ghi chú\ndòng 2\r\n\tthụt lề', 'line-breaks'],
    ['emoji 📈 is a pair', 'none'],
    ['\u00A0non-breaking space and \u00A9', 'none'],
    ['', 'none'],
  ] as const)('%j (%s) is safe', (text, policy) => {
    expect(findControlChar(text, policy)).toBeNull();
  });
});

describe('stripControlChars and showControlChars', () => {
  it.each([
    ['a\u0000b\u0007c', 'abc', 'a[U+0000]b[U+0007]c'],
    ['dòng 1\u000Bdòng 2', 'dòng 1dòng 2', 'dòng 1[U+000B]dòng 2'],
    ['tab\tLF\nCR\r', 'tab\tLF\nCR\r', 'tab\tLF\nCR\r'],
    ['\u0080\u009F', '', '[U+0080][U+009F]'],
    ['x\uD800y📈', 'xy📈', 'x[U+D800]y📈'],
  ])('%j → %j, shown as %j', (text, stripped, shown) => {
    expect(stripControlChars(text)).toBe(stripped);
    expect(showControlChars(text, 'line-breaks')).toBe(shown);
  });

  it('leaves nothing unsafe, for any string', () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const unit = fc.oneof(codeUnit, fc.constantFrom('📈', 'ồ', '\uD83D', '\uDCC8', '\u0085', '\t'));
    fc.assert(fc.property(fc.string({ unit }), (text) => {
      expect(findControlChar(stripControlChars(text), 'line-breaks')).toBeNull();
      expect(countControlChars(stripControlChars(text, 'none'))).toBe(0);
    }));
  });

  it.each([[7, 'U+0007'], [0x9f, 'U+009F'], [0xd800, 'U+D800']])('codePointLabel(%d) = %s', (cp, label) => {
    expect(codePointLabel(cp)).toBe(label);
  });
});

describe('the boundary: names are rejected, free text is cleaned', () => {
  it.each([
    ['Sìn\u0007Hồ', 'control-character', 'error', 'Sìn[U+0007]Hồ', 'U+0007'],
    ['tỷ\tđồng', 'control-character', 'error', 'tỷ[U+0009]đồng', 'U+0009'],
    ['=HYPERLINK("x")', 'formula-cell', 'warning', '=HYPERLINK("x")', '='],
    ['@Sìn Hồ', 'formula-cell', 'warning', '@Sìn Hồ', '@'],
  ])('name %j → %s', (value, code, severity, shown, mention) => {
    const [found] = nameTextIssues(value, { row: 4, column: 'area' });
    expect(found).toMatchObject({ code, severity, row: 4, column: 'area', value: shown });
    expect(found?.message.vi).toContain(mention);
    expect(found?.message.en).toContain(mention);
  });

  it.each([
    ['BC 12\u0007/UBND', 'BC 12/UBND', ['control-character-removed']],
    ['\u0000=1+1', '=1+1', ['control-character-removed', 'formula-cell']],
    ['dòng 1\ndòng 2', 'dòng 1\ndòng 2', []],
    ['-số ước tính', '-số ước tính', ['formula-cell']],
    ['-5', '-5', []],
  ])('free text %j → %j with %j', (value, text, codes) => {
    const cleaned = cleanFreeText(value, { row: 2, column: 'note' });
    expect(cleaned.text).toBe(text);
    expect(cleaned.issues.map((i) => i.code)).toEqual(codes);
    expect(cleaned.issues.every((i) => i.severity === 'warning' && i.row === 2 && i.column === 'note')).toBe(true);
  });
});
