import { describe, expect, it } from 'vitest';
import type { Area, Indicator } from '../model';
import { readForm } from '../workbook/read-form';
import { grid, type PlainValue } from '../workbook/testing/grid-builder';
import { AREA_COLUMN, formTable, PERIOD_COLUMN, YEAR_COLUMN } from './form-table';

const area = (id: string, name: string, level: Area['level'], parent: string | null = null): Area => ({ id, name, level, parent });
const AREAS = [area('lai-chau', 'Lai Châu', 'province'), area('xa-muong-kim', 'Mường Kim', 'commune', 'lai-chau'), area('xa-khoen-on', 'Khoen On', 'commune', 'lai-chau')];
const INDICATORS = [{ id: 'budget_revenue', nameVi: 'Thu ngân sách nhà nước trên địa bàn', nameEn: 'State budget revenue', unit: 'tỷ đồng', unitEn: 'billion VND' }] as Indicator[];

function tableOf(rows: PlainValue[][], merges: string[] = [], chosenArea?: string, name = 'Biểu 01') {
  const read = readForm(grid(rows, { merges, name }));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return formTable(read.data, { areas: AREAS, indicators: INDICATORS }, chosenArea);
}
const WIDE_HEAD: PlainValue[][] = [['STT', 'Xã, phường', 'Thu ngân sách nhà nước trên địa bàn (tỷ đồng)', null], [null, null, 'Kế hoạch', 'Thực hiện']];
const WIDE_MERGES = ['A2:A3', 'B2:B3', 'C2:D2'];

describe('formTable', () => {
  it('drops the STT column, adds the title\'s year, keeps each row under its sheet row', () => {
    const t = tableOf([['KẾT QUẢ NĂM 2025'], ...WIDE_HEAD, [1, 'Xã Mường Kim', 10, 10.5], [2, 'Xã Khoen On', 20, 19.25]], WIDE_MERGES);
    expect(t.header).toEqual(['Xã, phường', 'Thu ngân sách nhà nước trên địa bàn (tỷ đồng) › Kế hoạch', 'Thu ngân sách nhà nước trên địa bàn (tỷ đồng) › Thực hiện', YEAR_COLUMN]);
    expect(t.rows).toEqual([{ line: 4, cells: ['Xã Mường Kim', '10', '10.5', '2025'] }, { line: 5, cells: ['Xã Khoen On', '20', '19.25', '2025'] }]);
    expect(t.issues).toEqual([]);
    expect(t.cellOf(5, 'Thu ngân sách nhà nước trên địa bàn (tỷ đồng) › Thực hiện')).toBe('Biểu 01!D5');
    expect(t.cellOf(5, YEAR_COLUMN)).toBe('Biểu 01!A1');
    expect(t.cellOf(5, null)).toBe('Biểu 01!B5');
  });

  it.each<[string, PlainValue, PlainValue, 'vi' | 'en', string[]]>([
    ['number cells only: plain digits', 1234.5, 0.25, 'en', ['1234.5', '0.25']],
    ['Vietnamese text figures beside numbers: numbers written with a comma', '1.234,5', 0.25, 'vi', ['1.234,5', '0,25']],
    ['English text figures beside numbers', '1,234.5', 0.25, 'en', ['1,234.5', '0.25']],
    ['a tiny number keeps its digits', 1e-7, 2, 'en', ['0.0000001', '2']],
  ])('%s', (_, plan, actual, locale, cells) => {
    const t = tableOf([['NĂM 2025'], ...WIDE_HEAD, [1, 'Xã Mường Kim', plan, actual]], WIDE_MERGES);
    expect(t.numberLocale).toBe(locale);
    expect(t.rows[0]?.cells.slice(1, 3)).toEqual(cells);
  });

  it('a long form names its unit from the title, the deepest unit winning over the letterhead\'s province', () => {
    const t = tableOf([['UBND TỈNH LAI CHÂU'], ['BÁO CÁO NĂM 2025 - XÃ MƯỜNG KIM'], ['Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện'], ['Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', 10, 11]]);
    expect(t.header.slice(-2)).toEqual([YEAR_COLUMN, AREA_COLUMN]);
    expect(t.rows[0]?.cells.slice(-2)).toEqual(['2025', 'Mường Kim']);
    expect(t.area).toMatchObject({ value: 'Mường Kim', source: 'guess' });
    expect(t.cellOf(4, AREA_COLUMN)).toBe('Biểu 01!A2');
  });

  it('a long form takes the analyst\'s unit, by id or by name; none found is an error saying how to choose', () => {
    const rows: PlainValue[][] = [['BÁO CÁO NĂM 2025'], ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], ['Thu ngân sách nhà nước trên địa bàn', 10, 11]];
    expect(tableOf(rows, [], 'xa-khoen-on').area).toMatchObject({ value: 'Khoen On', source: 'option' });
    expect(tableOf(rows, [], 'khoen on').area).toMatchObject({ value: 'Khoen On', source: 'option' });
    const none = tableOf(rows);
    expect(none.area).toBeNull();
    expect(none.issues.map((i) => [i.code, i.severity])).toEqual([['form-no-area', 'error']]);
  });

  it.each<[string, string, string | null]>([
    ['a whole year', 'KẾT QUẢ NĂM 2025', null],
    ['six months: stored as the period, never as the year', 'BÁO CÁO 6 THÁNG ĐẦU NĂM 2025', null],
    ['no year at all', 'KẾT QUẢ THỰC HIỆN', 'form-no-year'],
  ])('the period: %s', (_, title, code) => {
    const t = tableOf([[title], ...WIDE_HEAD, [1, 'Xã Mường Kim', 10, 10.5]], WIDE_MERGES);
    expect(t.issues.map((i) => i.code)).toEqual(code ? [code] : []);
  });

  it.each([['BÁO CÁO 6 THÁNG ĐẦU NĂM 2025', 'to-month-06'], ['BÁO CÁO QUÝ I/2025', 'quarter-1'], ['BÁO CÁO THÁNG 10 NĂM 2025', 'month-10'], ['BÁO CÁO 9 THÁNG NĂM 2025', 'to-month-09']])('a form of part of the year gives its rows the period: %s → %s', (title, code) => {
    const t = tableOf([[title], ...WIDE_HEAD, [1, 'Xã Mường Kim', 10, 10.5]], WIDE_MERGES);
    expect(t.header.slice(-2)).toEqual([YEAR_COLUMN, PERIOD_COLUMN]);
    expect(t.rows[0]?.cells.slice(-2)).toEqual(['2025', code]);
    expect(t.cellOf(4, PERIOD_COLUMN)).toBe('Biểu 01!A1');
  });

  it('a header\'s unit that is not the indicator\'s is a warning at the header cell', () => {
    const head: PlainValue[][] = [['STT', 'Xã, phường', 'Thu ngân sách nhà nước trên địa bàn (triệu đồng)', null], [null, null, 'Kế hoạch', 'Thực hiện']];
    const t = tableOf([['NĂM 2025'], ...head, [1, 'Xã Mường Kim', 10000, 10500]], WIDE_MERGES);
    expect(t.issues).toMatchObject([{ code: 'form-unit-differs', severity: 'warning', cell: 'Biểu 01!C2', value: 'triệu đồng' }]);
  });
});

describe('formTable, a long form with its own column of units', () => {
  it('needs no unit from the title', () => {
    const t = tableOf([['NĂM 2025'], ['Đơn vị', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], ['Mường Kim', 'Thu ngân sách nhà nước trên địa bàn', 10, 11]]);
    expect(t.issues).toEqual([]);
    expect(t.header).toEqual(['Đơn vị', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', YEAR_COLUMN]);
    expect(t.area).toBeNull();
  });
});
