import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaColumnForHeader, isAreaCatalogHeader, isoDateOf } from './area-catalog-columns';
import { parseAreasCsv, readAreasCsv } from './parse-catalog';

const shipped = parseAreasCsv(readFileSync('data/areas.csv', 'utf8'));
if (!shipped.ok) throw new Error('data/areas.csv does not parse');
const known = shipped.data;

describe('an areas catalog is recognised by its header', () => {
  it.each([
    [['id', 'name', 'level', 'parent', 'kind', 'valid_from', 'valid_to', 'predecessors', 'succession', 'source', 'note'], true],
    [['Mã', 'Tên', 'Cấp', 'Trực thuộc', 'Loại', 'Hiệu lực từ', 'Hiệu lực đến', 'Tiền thân', 'Hình thức', 'Nguồn', 'Ghi chú'], true],
    [['MÃ', 'TÊN ĐƠN VỊ', 'CẤP', 'Đơn vị cha'], true],
    [['Huyện', 'Năm', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], false],
    [['area', 'year', 'indicator', 'plan', 'actual'], false],
    [['id', 'name', 'level', 'year'], false],
    [['id', 'name'], false],
  ])('%j → %s', (header, expected) => {
    expect(isAreaCatalogHeader(header)).toBe(expected);
  });

  it.each([
    ['Hiệu lực từ', 'valid_from'], ['hieu luc den', 'valid_to'], ['Đơn vị cha', 'parent'], ['trực thuộc', 'parent'],
    ['Tiền thân', 'predecessors'], ['Hình thức', 'succession'], ['Loại', 'kind'], ['Ghi chú', 'note'], ['Năm', null],
  ])('header %s names %s', (header, column) => {
    expect(areaColumnForHeader(header)).toBe(column);
  });
});

describe('dates as Vietnamese documents write them', () => {
  it.each([
    ['2025-07-01', '2025-07-01'], ['01/07/2025', '2025-07-01'], ['1/7/2025', '2025-07-01'], ['1.7.2025', '2025-07-01'],
    ['31/12/2024', '2024-12-31'], ['31/02/2025', null], ['2025-02-30', null], ['07/2025', null], ['hôm nay', null], ['13/13/2025', null],
  ])('%s → %s', (cell, iso) => {
    expect(isoDateOf(cell)).toBe(iso);
  });
});

const VI_HEADER = 'Mã;Tên;Cấp;Trực thuộc;Loại;Hiệu lực từ;Hiệu lực đến;Tiền thân;Hình thức;Nguồn;Ghi chú\n';

describe('an areas file with Vietnamese headers, added to the shipped catalog', () => {
  it('reads a new unit: dates to ISO, a parent by id, predecessors by id or name', () => {
    const file = readAreasCsv(`\uFEFF${VI_HEADER}dac-khu-thu-nghiem;Đặc khu Thử Nghiệm;commune;lai-chau;đặc khu;01/07/2025;;xa-pac-ta, Nậm Sỏ;split_from;Báo cáo thử nghiệm 2025;dữ liệu thử\n`, known);
    expect(file.issues).toEqual([]);
    expect(file.areas).toEqual([{ line: 2, value: { id: 'dac-khu-thu-nghiem', name: 'Đặc khu Thử Nghiệm', level: 'commune', parent: 'lai-chau', kind: 'đặc khu', validFrom: '2025-07-01', predecessors: ['xa-pac-ta', 'xa-nam-so'], succession: 'split_from', source: 'Báo cáo thử nghiệm 2025', note: 'dữ liệu thử' } }]);
  });

  it('a parent may be named instead of its id, when the name means one area', () => {
    const file = readAreasCsv(`${VI_HEADER}xa-thu,Xã Thử,commune,Lai Châu,xã,01/07/2025,,,,Báo cáo thử nghiệm 2025,\n`.replace(/,/g, ';'), known);
    expect(file.areas[0]?.value.parent).toBe('lai-chau');
  });

  it.each([
    ['an unknown parent', 'xa-a;Xã A;commune;atlantis;xã;01/07/2025;;;;;', { code: 'unknown-parent', row: 2, column: 'Trực thuộc', value: 'atlantis' }],
    ['an unknown predecessor', 'xa-a;Xã A;commune;lai-chau;xã;01/07/2025;;huyen-atlantis;split_from;;', { code: 'unknown-predecessor', row: 2, column: 'Tiền thân', value: 'huyen-atlantis' }],
    ['a date that does not exist', 'xa-a;Xã A;commune;lai-chau;xã;31/06/2025;;;;;', { code: 'invalid-date', row: 2, column: 'Hiệu lực từ', value: '31/06/2025' }],
    ['valid_from after valid_to', 'xa-a;Xã A;commune;lai-chau;xã;01/07/2025;30/06/2025;;;;', { code: 'invalid-validity', row: 2, column: 'Hiệu lực đến', value: '30/06/2025' }],
    ['a level the catalog lacks', 'xa-a;Xã A;thôn;lai-chau;xã;01/07/2025;;;;;', { code: 'invalid-catalog-row', row: 2, column: 'Cấp', value: 'thôn' }],
    ['an id with capitals', 'Xa-A;Xã A;commune;lai-chau;xã;01/07/2025;;;;;', { code: 'invalid-catalog-row', row: 2, column: 'Mã', value: 'Xa-A' }],
    ['a year 0000', 'xa-a;Xã A;commune;lai-chau;xã;0000-01-01;;;;;', { code: 'date-out-of-range', row: 2, column: 'Hiệu lực từ', value: '0000-01-01' }],
    ['a year 9999 as an end', 'xa-a;Xã A;commune;lai-chau;xã;01/07/2025;31/12/9999;;;;', { code: 'date-out-of-range', row: 2, column: 'Hiệu lực đến', value: '31/12/9999' }],
    ['the last day before 1900', 'xa-a;Xã A;commune;lai-chau;xã;31/12/1899;;;;;', { code: 'date-out-of-range', row: 2, column: 'Hiệu lực từ', value: '31/12/1899' }],
    ['the first day after 2100', 'xa-a;Xã A;commune;lai-chau;xã;01/07/2025;2101-01-01;;;;', { code: 'date-out-of-range', row: 2, column: 'Hiệu lực đến', value: '2101-01-01' }],
    ['the province put under one of its communes (a loop through the current catalog)', 'lai-chau;Lai Châu;province;xa-tan-uyen;tỉnh;;;;;;', { code: 'parent-loop', row: 2, column: 'Trực thuộc', value: 'lai-chau → xa-tan-uyen → lai-chau' }],
    ['a district that takes a later commune as its predecessor', 'sin-ho;Sìn Hồ;district;lai-chau;huyện;;30/06/2025;xa-sin-ho;;;', { code: 'predecessor-loop', row: 2, column: 'Tiền thân', value: 'sin-ho → xa-sin-ho → sin-ho' }],
    ['a new commune named like one in force (case only)', 'xa-sin-ho-2;SÌN HỒ;commune;lai-chau;xã;01/07/2025;;;;;', { code: 'lookalike-name', row: 2, column: 'Tên', value: 'SÌN HỒ' }],
  ])('%s is a located error', (_, row, expected) => {
    const result = parseAreasCsv(`${VI_HEADER}${row}\n`, known);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', ...expected })]);
  });

  it('a duplicate id names both rows, with the rows as the spreadsheet numbers them', () => {
    const result = parseAreasCsv(`${VI_HEADER}xa-a;Xã A;commune;lai-chau;xã;;;;;;\n\nxa-b;Xã B;commune;lai-chau;xã;;;;;;\nxa-a;Xã A2;commune;lai-chau;xã;;;;;;\n`, known);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([expect.objectContaining({ code: 'duplicate-id', row: 5, column: 'Mã', value: 'xa-a' })]);
      expect(result.issues[0]?.message.vi).toContain('dòng 2');
    }
  });

  it.each([['01/01/1900', '31/12/2100', '1900-01-01', '2100-12-31'], ['1.1.1900', '', '1900-01-01', undefined]])('the bounds themselves are dates: %s to %s', (from, to, validFrom, validTo) => {
    const file = readAreasCsv(`${VI_HEADER}xa-a;Xã A;commune;lai-chau;xã;${from};${to};;;;\n`, known);
    expect(file.issues).toEqual([]);
    expect([file.areas[0]?.value.validFrom, file.areas[0]?.value.validTo]).toEqual([validFrom, validTo]);
  });

  it('without the known catalog, a reference to it is unknown (the shipped file stands alone)', () => {
    expect(parseAreasCsv(`${VI_HEADER}xa-a;Xã A;commune;lai-chau;xã;;;;;;\n`).ok).toBe(false);
  });
});
