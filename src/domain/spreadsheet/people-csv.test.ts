import { describe, expect, it } from 'vitest';
import { peopleCsv } from './people-csv';
import type { SheetTable } from './sheet-spec';

const table: SheetTable = {
  name: 'x',
  title: 'Thu ngân sách; 2025',
  provenance: ['Nguồn: Sở Tài chính'],
  columns: [{ label: 'Đơn vị', kind: 'text' }, { label: 'Thực hiện', kind: 'number', unit: 'tỷ đồng' }, { label: 'Năm', kind: 'text' }],
  rows: [['Xã A', 28.2, 2025], ['=HYPERLINK("x")', null, 2025], ['Xã; B', -1234.5, 2025], ['Xã C', Number.NaN, 2025]],
};

describe('peopleCsv', () => {
  it('vi: BOM, provenance lines, the unit in the header, comma decimals apart by semicolons', () => {
    expect(peopleCsv(table, 'vi')).toBe(
      '\uFEFF"# Thu ngân sách; 2025"\n# Nguồn: Sở Tài chính\n\nĐơn vị;Thực hiện (tỷ đồng);Năm\nXã A;28,2;2025\n"\'=HYPERLINK(""x"")";;2025\n"Xã; B";-1234,5;2025\nXã C;;2025\n',
    );
  });

  it('en: dot decimals apart by commas', () => {
    expect(peopleCsv(table, 'en')).toBe(
      '\uFEFF# Thu ngân sách; 2025\n# Nguồn: Sở Tài chính\n\nĐơn vị,Thực hiện (tỷ đồng),Năm\nXã A,28.2,2025\n"\'=HYPERLINK(""x"")",,2025\nXã; B,-1234.5,2025\nXã C,,2025\n',
    );
  });

  it.each([[0.5, '0,5'], [1e21, '1000000000000000000000'], [-0.001, '-0,001'], [12, '12']])('vi figure %s is written %s, a number to a Vietnamese Excel', (value, text) => {
    const csv = peopleCsv({ ...table, rows: [['A', value, 'x']] }, 'vi');
    expect(csv.trimEnd().split('\n').at(-1)).toBe(`A;${text};x`);
  });
});
