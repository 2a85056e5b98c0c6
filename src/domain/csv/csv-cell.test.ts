import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, csvRow, isFormulaLike, plainNumber, unescapeFormulaCell } from './csv-cell';
import { parseDelimited, toDelimited } from './csv';

describe('csvCell: text that a spreadsheet would run is written as text', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+cmd|\' /C calc\'!A0', `"'+cmd|' /C calc'!A0"`],
    ['-2+3', `"'-2+3"`],
    ['- gạch đầu dòng', `"'- gạch đầu dòng"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['-2,47 điểm %', `"'-2,47 điểm %"`],
    ["'=x", `"''=x"`],
    ["''@x", `"'''@x"`],
  ])('%j → %s', (text, written) => {
    expect(csvCell(text)).toBe(written);
  });

  it.each([
    ['Báo cáo UBND huyện', 'Báo cáo UBND huyện'],
    ['tỷ đồng, giá hiện hành', '"tỷ đồng, giá hiện hành"'],
    ['nói "đạt"', '"nói ""đạt"""'],
    ['a\nb', '"a\nb"'],
    [' lề', '" lề"'],
    ["'Sáng kiến'", "'Sáng kiến'"],
    ["'5", "'5"],
    ['-5', '-5'],
    ['+5', '+5'],
    ['-1.862,5', '"-1.862,5"'],
    ['-3,2%', '"-3,2%"'],
    ['-0.5‰', '-0.5‰'],
    ['', ''],
    ['# Nguồn: seeds/003', '# Nguồn: seeds/003'],
  ])('%j is left as it is (quoted only by RFC 4180) → %s', (text, written) => {
    expect(csvCell(text)).toBe(written);
  });

  it.each([
    [-5, '-5'],
    [0, '0'],
    [24.88, '24.88'],
    [1e21, '1000000000000000000000'],
    [-1.5e-7, '-0.00000015'],
    [Number.MAX_VALUE, `17976931348623157${'0'.repeat(292)}`],
    [Number.POSITIVE_INFINITY, ''],
    [Number.NEGATIVE_INFINITY, ''],
    [Number.NaN, ''],
    [null, ''],
  ])('number %s stays a number: %s', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each([
    ['=1', true], ['+x', true], ['-x', true], ['@x', true], ['\tx', true], ['\rx', true],
    ['-5', false], ['-5,5%', false], ['x=1', false], ["'=1", false], ['', false], ['5-3', false],
  ])('isFormulaLike(%j) = %s', (text, formula) => {
    expect(isFormulaLike(text)).toBe(formula);
  });

  it('writes a row with the same rules per cell', () => {
    expect(csvRow(['=1', -5, null, 'a,b'])).toBe(`"'=1",-5,,"a,b"`);
  });
});

describe('plainNumber reads back as the same number', () => {
  it('for any double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
      expect(Number(plainNumber(value))).toBe(value === 0 ? 0 : value);
    }));
  });
});

/** Strings built to start like formulas, with quotes, delimiters and line breaks inside. */
const hostile = fc.tuple(
  fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'", "''", "'=", "''-", '-5', '"', ' '),
  fc.string({ unit: fc.constantFrom('a', 'ồ', '=', '+', '-', '@', "'", '"', ',', ';', '\t', '\n', '\r', ' ', '1', '.', '%') }),
).map(([start, rest]) => start + rest);

describe('import undoes exactly what export wrote', () => {
  it('the written cell is never formula-like, and unescapeFormulaCell gives the original text back', () => {
    fc.assert(fc.property(hostile, (text) => {
      const written = csvCell(text);
      const cell = written.startsWith('"') ? written.slice(1, -1).replace(/""/g, '"') : written;
      expect(isFormulaLike(cell)).toBe(false);
      expect(unescapeFormulaCell(cell)).toBe(text);
    }));
  });

  it('a table written by toDelimited reads back cell for cell', () => {
    fc.assert(fc.property(hostile, hostile, (a, b) => {
      const text = toDelimited(['x', 'y', 'z'], [[a, 7, b]]);
      expect(parseDelimited(text).rows[0]?.cells).toEqual([a, '7', b]);
    }));
  });
});
