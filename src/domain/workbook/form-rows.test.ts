import { describe, expect, it } from 'vitest';
import { SheetView } from './form-cells';
import { formColumn } from './form-columns';
import { readBody } from './form-rows';
import { grid, type PlainValue } from './testing/grid-builder';

const HEADER = ['STT', 'Xã, phường', 'Kế hoạch', 'Thực hiện'];
const columns = HEADER.map((h, i) => formColumn(i, [h]));
const body = (rows: PlainValue[][], merges: string[] = []) => readBody(new SheetView(grid([HEADER, ...rows], { merges })), 1, columns, 1);

describe('readBody', () => {
  it.each<[string, PlainValue[][], string[], string[], string[]]>([
    ['total at the top', [[null, 'Tổng cộng', 3, 4], [1, 'Xã A', 1, 2], [2, 'Xã B', 2, 2]], [], ['Xã A', 'Xã B'], ['Tổng cộng']],
    ['total at the bottom, any case, no diacritics', [[1, 'Xã A', 1, 2], [null, 'TONG SO', 1, 2]], [], ['Xã A'], ['TONG SO']],
    ['total in the STT column, merged over the name', [['Toàn tỉnh', null, 5, 6], [1, 'Xã A', 5, 6]], ['A2:B2'], ['Xã A'], ['Toàn tỉnh']],
    ['roman numeral before the total', [['I', 'Cộng', 1, 2], [1, 'Xã A', 1, 2]], [], ['Xã A'], ['Cộng']],
    ['a unit whose name holds "Cộng" is a unit', [[1, 'Xã Cộng Hòa', 1, 2]], [], ['Xã Cộng Hòa'], []],
  ])('%s', (_name, rows, merges, units, totals) => {
    const b = body(rows, merges);
    expect([b.rows.map((r) => r.name), b.totals.map((r) => r.name)]).toEqual([units, totals]);
  });

  it('skips empty rows inside the table and counts them; the rows below the last figure are one block', () => {
    const b = body([[1, 'Xã A', 1, 2], [], [2, 'Xã B', 1, 2], [], ['Ghi chú: ước'], [null, 'NGƯỜI LẬP BIỂU'], [null, 'Nguyễn Văn An']]);
    expect([b.rows.map((r) => r.row), b.emptyRows, b.trailing]).toEqual([[2, 4], [3], { from: 5, count: 4, texts: ['Ghi chú: ước', 'NGƯỜI LẬP BIỂU', 'Nguyễn Văn An'] }]);
  });

  it('a template not filled in keeps its named rows, as headings', () => {
    const b = body([[1, 'Xã A'], [2, 'Xã B'], [], ['THỦ TRƯỞNG ĐƠN VỊ']]);
    expect(b.rows.map((r) => [r.name, r.heading, r.rowNumber])).toEqual([['Xã A', true, '1'], ['Xã B', true, '2']]);
    expect(b.trailing?.count).toBe(2);
  });

  it('a text figure makes a row part of the table', () => {
    const b = body([[1, 'Xã A', '1.234,5', ''], ['Ghi chú']]);
    expect([b.rows.length, b.trailing?.from]).toEqual([1, 3]);
  });
});
