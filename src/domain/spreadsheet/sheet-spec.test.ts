import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimalsOf, numberFormat, vietnameseNumber } from './number-format';
import { sheetName, SHEET_NAME_MAX } from './sheet-name';
import { EXCEL_MAX_ROWS, headerLabel, numberCell, sheetSpec, valueCell, type SheetTable } from './sheet-spec';

const table = (over: Partial<SheetTable> = {}): SheetTable => ({
  name: 'Dữ liệu',
  title: 'Thu ngân sách',
  provenance: ['Năm: 2025', 'Nguồn: Sở Tài chính'],
  columns: [{ label: 'Đơn vị', kind: 'text' }, { label: 'Thực hiện', kind: 'number', unit: 'tỷ đồng' }],
  rows: [['Xã A', 28.2], ['Xã B', null]],
  ...over,
});

describe('decimals and formats', () => {
  it.each([
    [3, 0], [28.2, 1], [28.25, 2], [-0.5, 1], [1e-7, 7], [1e21, 0], [0.1 + 0.2, 17], [Number.NaN, 0],
  ])('%s has %i decimals', (value, decimals) => expect(decimalsOf(value)).toBe(decimals));

  it.each([[0, '#,##0'], [1, '#,##0.0'], [3, '#,##0.000'], [-2, '#,##0'], [2.7, '#,##0.00']])('%s decimals → %s', (d, code) => expect(numberFormat(d)).toBe(code));
  it.each([[0, '0'], [2, '0.00']])('%s decimals without grouping → %s', (d, code) => expect(numberFormat(d, false)).toBe(code));

  it.each([[28.2, '28,2'], [-1234.5, '-1234,5'], [1e21, '1000000000000000000000'], [7, '7'], [Number.NaN, '']])('%s in the Vietnamese way is %s', (value, text) => expect(vietnameseNumber(value)).toBe(text));
});

describe('numberCell', () => {
  it.each([
    [28.2, { type: 'number', value: 28.2, format: '#,##0.0' }],
    [1500, { type: 'number', value: 1500, format: '#,##0' }],
    [-0, { type: 'number', value: 0, format: '#,##0' }],
    [0, { type: 'number', value: 0, format: '#,##0' }],
    [0.1 + 0.2, { type: 'number', value: 0.1 + 0.2, format: '#,##0.000000' }],
  ])('%s stays a number with its decimals', (value, cell) => expect(numberCell(value)).toEqual(cell));

  it.each([null, undefined, Number.NaN, Infinity, -Infinity])('no value (%s) is an empty cell, never 0 or text', (value) => expect(numberCell(value)).toBeNull());

  it('writes a year without grouping', () => expect(valueCell(2025, { label: 'Năm', kind: 'number', grouping: false })).toEqual({ type: 'number', value: 2025, format: '0' }));

  it('caps the shown decimals at what the column holds, keeping the exact value', () =>
    expect(numberCell(1.23456, 2)).toEqual({ type: 'number', value: 1.23456, format: '#,##0.00' }));

  it('property: every finite figure is a number cell with its own value', () =>
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
      const cell = numberCell(value);
      return cell?.type === 'number' && (cell.value === value || (value === 0 && cell.value === 0));
    })));
});

describe('valueCell', () => {
  const number = { label: 'KH', kind: 'number' } as const;
  const text = { label: 'Tên', kind: 'text' } as const;
  it.each(['=HYPERLINK("http://x","y")', '+1+2', '-cmd', '@SUM(A1)', "'=x", '\tTab'])('formula-like text %s stays a text cell, as written', (value) => {
    expect(valueCell(value, text)).toEqual({ type: 'text', value });
    expect(valueCell(value, number)).toEqual({ type: 'text', value });
  });
  it.each([
    ['', null], ['Xã A', { type: 'text', value: 'Xã A' }], [2025, { type: 'text', value: '2025' }],
  ])('text column: %s', (value, cell) => expect(valueCell(value, text)).toEqual(cell));
});

describe('sheetName', () => {
  it.each([
    ['Dữ liệu', 'Dữ liệu'],
    ['Thu/chi [2025]: *?', 'Thu chi 2025'],
    ["'Bảng'", 'Bảng'],
    ['a\u0000b\nc', 'a b c'],
    ['', 'Bảng'],
    ['   ', 'Bảng'],
    ['History', 'Bảng'],
    ['Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025', 'Tỷ lệ hộ nghèo theo chuẩn nghèo'],
    ['Te\u0302n', 'Tên'],
    [`${'a'.repeat(30)}😀`, 'a'.repeat(30)],
  ])('%j → %j', (wanted, name) => expect(sheetName(wanted)).toBe(name));

  // eslint-disable-next-line no-control-regex
  const refused = /[[\]:*?/\\\u0000-\u001f]/;
  it('property: any name becomes one Excel accepts', () =>
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (wanted) => {
      const name = sheetName(wanted);
      return name.length > 0 && name.length <= SHEET_NAME_MAX && !refused.test(name) && !name.startsWith("'") && !name.endsWith("'");
    })));
});

describe('sheetSpec', () => {
  it('puts the title and provenance above a bold header kept in view, figures as numbers, no value empty', () => {
    const result = sheetSpec(table());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { rows, frozenRows, name, widths } = result.data;
    expect(name).toBe('Dữ liệu');
    expect(rows.slice(0, 4)).toEqual([[{ type: 'text', value: 'Thu ngân sách', bold: true }], [{ type: 'text', value: 'Năm: 2025' }], [{ type: 'text', value: 'Nguồn: Sở Tài chính' }], []]);
    expect(rows[4]).toEqual([{ type: 'text', value: 'Đơn vị', bold: true, wrap: true }, { type: 'text', value: 'Thực hiện (tỷ đồng)', bold: true, wrap: true }]);
    expect(frozenRows).toBe(5);
    expect(rows[5]).toEqual([{ type: 'text', value: 'Xã A' }, { type: 'number', value: 28.2, format: '#,##0.0' }]);
    expect(rows[6]).toEqual([{ type: 'text', value: 'Xã B' }, null]);
    expect(widths).toHaveLength(2);
    expect(widths.every((w) => w >= 6 && w <= 60)).toBe(true);
  });

  it('never cuts a table longer than a sheet: it refuses with the reason', () => {
    const rows = { length: EXCEL_MAX_ROWS, map: () => [] } as unknown as SheetTable['rows'];
    const result = sheetSpec(table({ rows }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message.vi).toContain('Excel');
  });

  it.each([
    [{ label: 'Kế hoạch', unit: 'tỷ đồng' }, 'Kế hoạch (tỷ đồng)'],
    [{ label: 'So sánh (%)', unit: '%' }, 'So sánh (%)'],
    [{ label: 'Đơn vị', unit: undefined }, 'Đơn vị'],
    [{ label: 'Đơn vị', unit: ' ' }, 'Đơn vị'],
  ])('header %j → %s', (column, label) => expect(headerLabel(column)).toBe(label));
});
