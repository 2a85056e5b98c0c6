import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { awardsFor } from '../awards';
import { awardsToCsv } from '../dataset/dataset-export';
import { LIMITS } from '../limits';
import { parseAreasCsv } from './parse-catalog';
import { parseAwardsCsv } from './parse-awards';

const areas = (() => {
  const read = parseAreasCsv(readFileSync('data/areas.csv', 'utf8'));
  if (!read.ok) throw new Error('data/areas.csv does not parse');
  return read.data;
})();
const HEADER = 'area,year,award,status,source,note';
const SOURCE = 'Báo cáo tổng kết thi đua năm 2016';

describe('awards.csv', () => {
  it('the built-in file holds exactly what seed 002 says: two proposals for 2016, quoted', () => {
    const read = parseAwardsCsv(readFileSync('data/awards.csv', 'utf8'), areas);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.data.map((a) => [a.area, a.year, a.kind, a.status])).toEqual([
      ['lang-son', 2016, 'government_flag', 'proposed'],
      ['lao-cai', 2016, 'pm_certificate', 'proposed'],
    ]);
    expect(read.data[0]?.note).toContain('tỉnh Lạng Sơn được đề nghị tặng Cờ thi đua của Chính phủ');
    expect(read.data[1]?.note).toContain('Lào Cai được đề nghị tặng Bằng khen của Thủ tướng Chính phủ');
    // Cited as a person cites it (publisher, date, title); the seed's file name is in data/README.md only.
    expect(read.data.every((a) => a.source.startsWith('Ban Thi đua - Khen thưởng Trung ương, 29/3/2017: '))).toBe(true);
  });

  it('reads Vietnamese headers, names and titles as written, with or without diacritics, and writes back the canonical form', () => {
    const text = `Đơn vị;Năm;Hình thức khen thưởng;Trạng thái;Nguồn;Ghi chú\nLạng Sơn;2016;Cờ thi đua của Chính phủ;đề nghị;${SOURCE};\nLao Cai;2016;bang khen cua thu tuong chinh phu;Đã tặng;${SOURCE};QĐ số 1/QĐ-TTg\ntỉnh Sơn La;2016;Bằng khen của UBND tỉnh;da tang;${SOURCE};`;
    const read = parseAwardsCsv(text, areas);
    expect(read.ok && read.data.map((a) => `${a.area}:${a.kind}:${a.status}`)).toEqual(['lang-son:government_flag:proposed', 'lao-cai:pm_certificate:conferred', 'son-la:province_certificate:conferred']);
    if (!read.ok) return;
    const again = parseAwardsCsv(awardsToCsv(read.data), areas);
    expect(again).toEqual(read);
  });

  it.each<[string, string, string, string, string]>([
    ['an unknown area, with the closest names', 'Lang Sonn,2016,government_flag,proposed,s,', 'unknown-area', 'area', 'Lạng Sơn'],
    ['a unit not in force that year (Lào Cai before its 2025 merger)', 'lao-cai-2025,2016,government_flag,proposed,s,', 'unknown-area', 'area', 'không còn hiệu lực'],
    ['a year that is not a year', 'lang-son,16,government_flag,proposed,s,', 'invalid-year', 'year', '4 chữ số'],
    ['an award not in the catalog', 'lang-son,2016,Huân chương Sao Vàng,proposed,s,', 'unknown-award', 'award', 'government_flag (Cờ thi đua của Chính phủ)'],
    ['a status other than proposed or conferred', 'lang-son,2016,government_flag,maybe,s,', 'unknown-status', 'status', '"đề nghị"'],
    ['no source', 'lang-son,2016,government_flag,proposed,,', 'missing-source', 'source', 'Thiếu nguồn'],
    ['a control character in the area', 'lang-son\u0007,2016,government_flag,proposed,s,', 'control-character', 'area', 'U+0007'],
    ['a right-to-left override in the award', 'lang-son,2016,government_flag\u202E,proposed,s,', 'invisible-character', 'award', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['a zero-width space in the area', 'lang\u200B-son,2016,government_flag,proposed,s,', 'invisible-character', 'area', 'U+200B ZERO WIDTH SPACE'],
  ])('refuses %s, located (row 2, column, value, fix)', (_, row, code, column, fix) => {
    const read = parseAwardsCsv(`${HEADER}\n${row}`, areas);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const found = read.issues.find((i) => i.code === code);
    expect(found).toMatchObject({ severity: 'error', row: 2, column });
    expect(found?.value).not.toBeNull();
    expect(found?.message.vi).toContain(fix);
    expect(found?.message.en).not.toBe('');
  });

  it('a repeated award names the first row; rows are numbered as a spreadsheet numbers them', () => {
    const read = parseAwardsCsv(`${HEADER}\nlang-son,2016,government_flag,proposed,s,\n\nlang-son,2016,Cờ thi đua của Chính phủ,conferred,s,`, areas);
    expect(read.ok || read.issues.map((i) => [i.code, i.row, i.column, i.message.vi])).toEqual([['duplicate-award', 4, 'award', 'Trùng với dòng 2 (cùng đơn vị, năm và hình thức). Giữ một dòng.']]);
  });

  it('a missing column is named, with the header it needs', () => {
    const read = parseAwardsCsv('area,year,award\nlang-son,2016,government_flag', areas);
    expect(read.ok || read.issues.map((i) => [i.code, i.column])).toEqual([['missing-column', 'status'], ['missing-column', 'source']]);
  });

  it('refuses a file over the size limit before reading it', () => {
    const read = parseAwardsCsv(`${HEADER}\n${'x'.repeat(LIMITS.awardsBytes)}`, areas);
    expect(read.ok || read.issues.map((i) => i.code)).toEqual(['file-too-large']);
  });

  it('an empty file (header only) is no awards, not an error', () => {
    expect(parseAwardsCsv(`${HEADER}\n`, areas)).toEqual({ ok: true, data: [], warnings: [] });
  });

  it('awardsFor: the units’ awards of the year, the Government’s flag first', () => {
    const read = parseAwardsCsv(readFileSync('data/awards.csv', 'utf8'), areas);
    const all = read.ok ? read.data : [];
    expect(awardsFor(all, ['lao-cai', 'lang-son', 'son-la'], 2016).map((a) => a.area)).toEqual(['lang-son', 'lao-cai']);
    expect(awardsFor(all, ['lao-cai', 'lang-son'], 2017)).toEqual([]);
    expect(awardsFor(all, ['tam-duong'], 2016)).toEqual([]);
    expect(awardsFor(undefined, ['lang-son'], 2016)).toEqual([]);
  });
});
