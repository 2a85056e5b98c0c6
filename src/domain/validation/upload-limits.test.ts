import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { cellLengthIssue, characterCount, columnCountIssue, excerpt, isOverCellLimit, oversizedCells, uploadSizeIssue } from './upload-limits';

const MIB = 1024 * 1024;
/** "ệ" is one character, three bytes in UTF-8; "🌾" is one character, two UTF-16 units, four bytes. */
const VI = 'ệ';
const EMOJI = '🌾';

describe('file size (LIMITS.uploadBytes = 128 MiB)', () => {
  it.each([
    [0, false],
    [LIMITS.uploadBytes - 1, false],
    [LIMITS.uploadBytes, false],
    [LIMITS.uploadBytes + 1, true],
    [150 * MIB, true],
    [4 * 1024 * MIB, true],
  ])('%i bytes refused: %s', (bytes, refused) => {
    expect(uploadSizeIssue(bytes, 'so-lieu.csv') !== null).toBe(refused);
  });

  it('names the file, its size, the limit and the fix, Vietnamese first then English', () => {
    const issue = uploadSizeIssue(150 * MIB + 300 * 1024, 'so-lieu-2016-2020.csv');
    expect(issue).toMatchObject({ severity: 'error', code: 'file-too-large', row: null, column: null, value: 'so-lieu-2016-2020.csv' });
    expect(issue?.message.vi).toBe('Tệp "so-lieu-2016-2020.csv" nặng 150,3 MB (157.593.600 byte), quá giới hạn 128 MB của một lần tải lên. Hãy tách tệp theo năm hoặc theo địa bàn thành các tệp dưới 128 MB rồi tải lên lần lượt.');
    expect(issue?.message.en).toBe('The file "so-lieu-2016-2020.csv" is 150.3 MB (157,593,600 bytes), over the 128 MB limit of one upload. Split it by year or by area into files under 128 MB and upload them one after another.');
  });

  it('just over the limit, the byte count shows why 128,0 MB is too much', () => {
    expect(uploadSizeIssue(LIMITS.uploadBytes + 1, 'a.csv')?.message.vi).toContain('128,0 MB (134.217.729 byte), quá giới hạn 128 MB');
  });
});

describe('column count (LIMITS.uploadColumns = 1,000)', () => {
  const header = (n: number) => Array.from({ length: n }, (_, i) => `Cột ${i + 1}`);

  it.each([[1, false], [LIMITS.uploadColumns, false], [LIMITS.uploadColumns + 1, true], [20_000, true]])('%i columns refused: %s', (n, refused) => {
    expect(columnCountIssue(header(n)) !== null).toBe(refused);
  });

  it('is located at the header row and the first column past the limit, with the count, the limit and the fix', () => {
    const issue = columnCountIssue(header(20_000));
    expect(issue).toMatchObject({ code: 'too-many-columns', row: 1, column: 'Cột 1001', value: 'Cột 1001' });
    expect(issue?.message.vi).toContain('20.000 cột, quá giới hạn 1.000 cột');
    expect(issue?.message.en).toContain('Split the file by year or by area');
  });

  it('names a blank column by its position', () => {
    expect(columnCountIssue([...header(1000), ''])).toMatchObject({ column: '#1001', value: '' });
  });
});

describe('cell length (LIMITS.cellChars = 10,000), counted in characters', () => {
  it.each([
    ['ASCII at the limit', false, 'a'.repeat(LIMITS.cellChars)],
    ['ASCII one over', true, 'a'.repeat(LIMITS.cellChars + 1)],
    ['Vietnamese at the limit (30,000 bytes)', false, VI.repeat(LIMITS.cellChars)],
    ['Vietnamese one over', true, VI.repeat(LIMITS.cellChars + 1)],
    ['emoji at the limit (20,000 UTF-16 units)', false, EMOJI.repeat(LIMITS.cellChars)],
    ['emoji one over', true, EMOJI.repeat(LIMITS.cellChars + 1)],
    ['far over (5 MB)', true, 'x'.repeat(5 * MIB)],
  ])('%s: over the limit %s', (_, over, text) => {
    expect(isOverCellLimit(text)).toBe(over);
  });

  it.each([['', 0], ['Sìn Hồ', 6], [EMOJI.repeat(3), 3], [`a${EMOJI}b`, 3], ['\ud83c', 1]])('counts %j as %i characters', (text, n) => {
    expect(characterCount(text)).toBe(n);
  });

  it.each([
    ['short', 5, 'short'],
    ['Mường Tè', 5, 'Mường…'],
    [EMOJI.repeat(10), 3, `${EMOJI.repeat(3)}…`],
    [`ab${EMOJI}`, 3, `ab${EMOJI}`],
  ])('excerpt(%j, %i) = %j, never halving a character', (text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });

  it('an issue carries the first 40 characters, the length, the limit and the fix, never the whole value', () => {
    const issue = cellLengthIssue(7, 'note', VI.repeat(5 * MIB));
    expect(issue).toMatchObject({ code: 'cell-too-long', row: 7, column: 'note', value: `${VI.repeat(40)}…` });
    expect(issue.message.vi).toContain('Ô dài 5.242.880 ký tự, quá giới hạn 10.000 ký tự');
    expect(issue.message.en).toContain('Shorten it');
    expect(JSON.stringify(issue).length).toBeLessThan(1000);
  });

  it('finds every oversized cell of a table, header included, with the lines that hold one', () => {
    const long = 'y'.repeat(LIMITS.cellChars + 1);
    const found = oversizedCells(['area', 'plan', 'note'], [{ line: 2, cells: ['Sìn Hồ', '1', 'ok'] }, { line: 3, cells: ['Sìn Hồ', long, long] }, { line: 4, cells: ['a', 'b', 'c', long] }]);
    expect(found.issues.map((i) => [i.row, i.column])).toEqual([[3, 'plan'], [3, 'note'], [4, '#4']]);
    expect([...found.lines]).toEqual([3, 4]);
    const header = oversizedCells(['area', long], []);
    expect(header.issues.map((i) => [i.row, i.column, i.value])).toEqual([[1, '#2', `${'y'.repeat(40)}…`]]);
  });
});
