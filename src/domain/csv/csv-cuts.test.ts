import { describe, expect, it } from 'vitest';
import { cutAtLineEnds, cutsOutsideQuotes, quoteCount, splitCsvBytes } from './csv-cuts';

describe('cutting a CSV into parts of whole rows', () => {
  const cut = (text: string, parts: number) => splitCsvBytes(new TextEncoder().encode(text), parts).map((piece) => new TextDecoder().decode(piece));
  it.each<[string, string, number, string[]]>([
    ['at the line end nearest after each share', 'h\na,1\nb,2\nc,3\nd,4\n', 2, ['h\na,1\nb,2\n', 'c,3\nd,4\n']],
    ['never inside a quoted field with a line break', 'h\n"a\nb\nc\nd",1\ne,2\n', 2, ['h\n"a\nb\nc\nd",1\n', 'e,2\n']],
    ['after a field\'s doubled quote marks', 'h\n"x ""y""\nz",1\nw,2\nv,3\n', 3, ['h\n"x ""y""\nz",1\n', 'w,2\n', 'v,3\n']],
    ['into fewer parts when the rows are too few', 'h\na,1\n', 4, ['h\n', 'a,1\n']],
    ['not at all without a line end', 'h,a,1', 3, ['h,a,1']],
    ['with CRLF line ends kept whole', 'h\r\na,1\r\nb,2\r\n', 2, ['h\r\na,1\r\n', 'b,2\r\n']],
    ['with letters of more than one byte', 'h\nĐiện Biên,2\nLai Châu,1\nx,3\n', 2, ['h\nĐiện Biên,2\n', 'Lai Châu,1\nx,3\n']],
  ])('cuts %s', (_, text, parts, expected) => {
    expect(cut(text, parts)).toEqual(expected);
  });
});

describe('cutting at line ends without looking for quotes, then checking the cuts', () => {
  const cut = (text: string, parts: number) => cutAtLineEnds(new TextEncoder().encode(text), parts).map((piece) => new TextDecoder().decode(piece));
  it.each<[string, string, number, string[]]>([
    ['as splitCsvBytes does, in a file without quote marks', 'h\na,1\nb,2\nc,3\nd,4\n', 2, ['h\na,1\nb,2\n', 'c,3\nd,4\n']],
    ['at a line end inside quotes (which the check then refuses)', 'h\n"a\nb\nc\nd\ne\nf",1\ng,2\n', 2, ['h\n"a\nb\nc\nd\ne\n', 'f",1\ng,2\n']],
    ['into fewer parts when the rows are too few', 'h\na,1\n', 4, ['h\n', 'a,1\n']],
  ])('cuts %s', (_, text, parts, expected) => {
    expect(cut(text, parts)).toEqual(expected);
  });

  it.each<[string, number[], boolean]>([
    ['no quote marks', [0, 0, 0], true],
    ['a quoted field within a part', [2, 4, 0], true],
    ['an open quote at the first cut', [1, 1], false],
    ['an open quote at the second cut only', [2, 1, 1], false],
    ['quote marks in the last part only (no cut after it)', [0, 0, 3], true],
    ['one part', [5], true],
  ])('says the cuts are outside quotes with %s: %s', (_, quotes, outside) => {
    expect(cutsOutsideQuotes(quotes)).toBe(outside);
  });

  it.each<[string, number]>([
    ['', 0],
    ['no quotes, a "pair"', 2],
    ['"""', 3],
  ])('counts the quote marks of %j: %i', (text, count) => {
    expect(quoteCount(text)).toBe(count);
  });
});
