import { describe, expect, it } from 'vitest';
import { parseDelimited, streamDelimited } from './csv';
import { hasCellsPastHeader, rowShapeIssues, toLineFeeds } from './csv-rows';

describe('line ends: LF, CRLF and a lone CR each end a row outside quotes, mixed or not', () => {
  it.each([
    ['LF only (nothing to do)', 'a,b\n1,2\n', 'a,b\n1,2\n'],
    ['CRLF', 'a,b\r\n1,2\r\n', 'a,b\n1,2\n'],
    ['lone CR (Excel for Mac)', 'a,b\r1,2\r', 'a,b\n1,2\n'],
    ['mixed LF, CRLF and CR', 'a,b\n1,2\r3,4\r\n5,6', 'a,b\n1,2\n3,4\n5,6'],
    ['CR then LF are one line end, LF then CR two', 'a\r\n\rb', 'a\n\nb'],
    ['a CR in a quoted cell is the cell\'s own', 'a,"x\ry"\r1,2', 'a,"x\ry"\n1,2'],
    ['a CRLF in quotes after a doubled quote', 'a,"say ""hi""\r\nthen"\r\n1,2', 'a,"say ""hi""\r\nthen"\n1,2'],
    ['a quote inside an unquoted cell is a letter, not an opening', 'a,5" screen\r1,"x\ry"\r', 'a,5" screen\n1,"x\ry"\n'],
    ['a quote left open keeps the rest as it is', 'a,"open\r1,2\r', 'a,"open\r1,2\r'],
    ['a quoted first cell of the file', '"x\r\ny",b\r1,2', '"x\r\ny",b\n1,2'],
    ['multi-byte letters beside line ends', 'Sìn Hồ\rĐiện Biên\r\n', 'Sìn Hồ\nĐiện Biên\n'],
  ])('%s', (_, text, expected) => {
    expect(toLineFeeds(text, ',')).toBe(expected);
  });

  it.each([
    [';', 'a;"x\ry"\r1;2', 'a;"x\ry"\n1;2'],
    ['\t', 'a\t"x\ry"\r1\t2', 'a\t"x\ry"\n1\t2'],
    [';', 'a,"x\ry"\r1;2', 'a,"x\ny"\n1;2'],
  ])('with the delimiter %j, a quote opens a cell only after it', (delimiter, text, expected) => {
    expect(toLineFeeds(text, delimiter)).toBe(expected);
  });

  const rows = [['area', 'year'], ['Sìn Hồ', '2020'], ['Tam Đường', '2021'], ['Mường Tè', '2022']];
  it.each([
    ['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r'],
  ])('a file with %s line ends reads as the LF one: same rows, same line numbers', (_, end) => {
    const lf = parseDelimited(rows.map((r) => r.join(',')).join('\n'));
    const other = rows.map((r) => r.join(',')).join(end);
    expect(parseDelimited(other)).toEqual(lf);
    const streamed: unknown[] = [];
    streamDelimited(other, () => true, (line, cells) => (streamed.push({ line, cells }), true));
    expect(streamed).toEqual(lf.rows);
  });

  it.each([
    ['\r\n', '\r', '\n'], ['\n', '\r', '\r\n'], ['\r', '\n', '\r'],
  ])('mixed line ends (%j, %j, %j) in one file read every row', (a, b, c) => {
    const text = `area,year${a}Sìn Hồ,2020${b}Tam Đường,2021${c}Mường Tè,2022`;
    expect(parseDelimited(text).rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(parseDelimited(text).errors).toEqual([]);
  });

  it('an Excel "sep=" line with CR line ends names the delimiter', () => {
    expect(parseDelimited('sep=;\rarea;year\rSìn Hồ;2020\r')).toMatchObject({ delimiter: ';', header: ['area', 'year'], rows: [{ line: 2, cells: ['Sìn Hồ', '2020'] }] });
  });
});

describe('cells: a row may stop short or end in empty cells; a non-empty cell past the header is an error', () => {
  it.each([
    [['a', 'b', 'c'], 3, false],
    [['a', 'b'], 3, false],
    [['a', 'b', 'c', '', ' '], 3, false],
    [['a', 'b', 'c', 'd'], 3, true],
    [['a', 'b', 'c', '', 'x'], 3, true],
    [[...'abcdefghi', ...'abcdefghi'], 9, true],
  ])('%j under %i headers: past it %s', (cells, columns, past) => {
    expect(hasCellsPastHeader(cells, columns)).toBe(past);
  });

  it('names each such row once, in order, with a Papa error on the same row counted once', () => {
    const table = parseDelimited('a,b\n1,2,3\n4,5\n6,"7\n8,9,10');
    const { issues, lines } = rowShapeIssues(table);
    expect(issues.map((i) => [i.code, i.row])).toEqual([['malformed-row', 2], ['malformed-row', 4]]);
    expect([...lines].sort()).toEqual([2, 4]);
    expect(issues[0]!.message.vi).toContain('Dòng có 3 ô');
    expect(issues[0]!.message.en).toContain('3 cells under 2 headers');
  });

  it('allows empty cells past the header when most rows have them (a trailing comma on every row), not on a row of its own', () => {
    // A figure's unquoted comma on one row pushes the empty last column past the header: that row moved right.
    const moved = rowShapeIssues(parseDelimited('a,b,c\n1,2,\n3,4,\n5,6,7,\n8,9,'));
    expect(moved.issues.map((i) => i.row)).toEqual([4]);
    const habit = rowShapeIssues(parseDelimited('a,b,c\n1,2,3,\n4,5,6,\n7,8,9\n'));
    expect(habit.issues).toEqual([]);
  });
});
