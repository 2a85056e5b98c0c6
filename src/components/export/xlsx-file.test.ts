import { describe, expect, it } from 'vitest';
import { read } from '@e965/xlsx';
import { sheetSpec, type SheetTable } from '../../domain/spreadsheet/sheet-spec';
import { uniqueNames, xlsxBlob } from './xlsx-file';

const table: SheetTable = {
  name: 'Bảng: dữ liệu/2025',
  title: 'Thu ngân sách',
  provenance: ['Năm: 2025'],
  columns: [{ label: 'Đơn vị', kind: 'text' }, { label: 'Thực hiện', kind: 'number', unit: 'tỷ đồng' }],
  rows: [['=HYPERLINK("http://x","y")', 28.25], ['+SUM(1)', null], ['@x', -1234.5]],
};

async function written() {
  const spec = sheetSpec(table);
  if (!spec.ok) throw new Error('no spec');
  const blob = await xlsxBlob([spec.data]);
  return read(new Uint8Array(await blob.arrayBuffer()), { cellFormula: true, cellStyles: true });
}

describe('xlsxBlob (written, then read back with SheetJS)', () => {
  it('writes figures as numbers with their format, and no value as an empty cell', async () => {
    const book = await written();
    expect(book.SheetNames).toEqual(['Bảng dữ liệu 2025']);
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    expect(sheet.B5).toMatchObject({ t: 'n', v: 28.25, z: '#,##0.00' });
    expect(sheet.B6).toBeUndefined();
    expect(sheet.B7).toMatchObject({ t: 'n', v: -1234.5, z: '#,##0.0' });
    expect(sheet.A1).toMatchObject({ t: 's', v: 'Thu ngân sách' });
    expect(sheet.B4).toMatchObject({ t: 's', v: 'Thực hiện (tỷ đồng)' });
  });

  it.each([['A5', '=HYPERLINK("http://x","y")'], ['A6', '+SUM(1)'], ['A7', '@x']])('%s: formula-like text is a text cell, no formula', async (ref, text) => {
    const sheet = (await written()).Sheets['Bảng dữ liệu 2025']!;
    expect(sheet[ref]).toMatchObject({ t: 's', v: text });
    expect((sheet[ref] as { f?: string } | undefined)?.f).toBeUndefined();
  });
});

describe('uniqueNames', () => {
  const spec = (name: string) => ({ name, rows: [], widths: [], frozenRows: 0 });
  it.each([
    [['A', 'B'], ['A', 'B']],
    [['A', 'a', 'A'], ['A', 'a (2)', 'A (3)']],
    [['x'.repeat(31), 'x'.repeat(31)], ['x'.repeat(31), `${'x'.repeat(27)} (2)`]],
  ])('%j → %j', (names, unique) => expect(uniqueNames(names.map(spec)).map((s) => s.name)).toEqual(unique));
});
