import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParseIssue, ParseResult } from '../issues';
import { parseAreasCsv, parseIndicatorsCsv } from './parse-catalog';
import { parseAwardsCsv } from './parse-awards';
import { parseMainTargetsCsv } from './parse-main-targets';

const read = <T,>(result: ParseResult<T>): T => {
  if (!result.ok) throw new Error('the data folder does not parse');
  return result.data;
};
const areas = read(parseAreasCsv(readFileSync('data/areas.csv', 'utf8')));
const indicators = read(parseIndicatorsCsv(readFileSync('data/indicators.csv', 'utf8')));

/** Both optional catalog files, by the row a source and a note are put into. */
const FILES = {
  'awards.csv': (source: string, note: string) => parseAwardsCsv(`area,year,award,status,source,note\nlang-son,2016,government_flag,proposed,"${source}","${note}"`, areas),
  'main-targets.csv': (source: string, note: string) => parseMainTargetsCsv(`area,year,indicator,scope,source,note\nlai-chau,2024,grdp_growth,partial,"${source}","${note}"`, areas, indicators),
} as const;

const cases: [string, string, string, string, string, string[]][] = [
  ['a right-to-left override in the note', 'QĐ 1', 'đạt \u202E130,3% KH', 'QĐ 1', 'đạt 130,3% KH', ['note:invisible-character-removed']],
  ['a zero-width space in the source', 'QĐ\u200B 1', '', 'QĐ 1', '', ['source:invisible-character-removed']],
  ['a bell in the note (a control character)', 'QĐ 1', 'a\u0007b', 'QĐ 1', 'ab', ['note:control-character-removed']],
  ['an isolate pair in both', '\u2066QĐ 1\u2069', 'năm \u20672019\u2069', 'QĐ 1', 'năm 2019', ['source:invisible-character-removed', 'note:invisible-character-removed']],
  ['a line break in the note stays', 'QĐ 1', 'dòng 1\ndòng 2', 'QĐ 1', 'dòng 1\ndòng 2', []],
];

describe('the optional catalog files: a source or note is cleaned with a warning, as in every upload', () => {
  it.each(Object.keys(FILES).flatMap((file) => cases.map((c) => [file, ...c] as const)))('%s: %s', (file, _, source, note, cleanSource, cleanNote, warned) => {
    const result = FILES[file as keyof typeof FILES](source, note);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [row] = result.data;
    expect(row).toMatchObject({ source: cleanSource, note: cleanNote });
    expect(result.warnings.map((w: ParseIssue) => `${w.column}:${w.code}`)).toEqual(warned);
    expect(result.warnings.every((w) => w.row === 2 && w.severity === 'warning')).toBe(true);
  });
});
