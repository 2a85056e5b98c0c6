import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readForm } from './read-form';
import { grid, type PlainValue } from './testing/grid-builder';

const TITLE_LINES: PlainValue[][] = [
  ['UBND TỈNH LAI CHÂU', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ', null, null, 'Độc lập - Tự do - Hạnh phúc'],
  [],
  [null, null, null, 'Lai Châu, ngày 10 tháng 01 năm 2026'],
  ['BIỂU 01: KẾT QUẢ THỰC HIỆN NĂM 2025'],
  ['(Kèm theo Báo cáo số 12/BC-UBND)'],
  ['Đơn vị tính: tỷ đồng'],
];
const COLUMNS = ['STT', 'Xã, phường', 'Kế hoạch', 'Thực hiện', 'So sánh (%)', 'Ghi chú'] as const;

const cellFor = (column: (typeof COLUMNS)[number], i: number): PlainValue => {
  switch (column) {
    case 'STT': return i + 1;
    case 'Xã, phường': return `Xã số ${i + 1}`;
    case 'Kế hoạch': return 100 + i;
    case 'Thực hiện': return 90 + i;
    case 'So sánh (%)': return Math.round(((90 + i) / (100 + i)) * 1000) / 10;
    default: return i % 3 === 0 ? 'ước' : null;
  }
};

describe('readForm, property', () => {
  it('for any title block height and column order, the header row is found and every data row kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: TITLE_LINES.length - 1 }), { maxLength: 9 }),
        fc.shuffledSubarray([...COLUMNS], { minLength: 3 }).filter((cols) => cols.includes('Xã, phường') && cols.some((c) => c === 'Kế hoạch' || c === 'Thực hiện')),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        (titleIdx, columns, n, columnNumbers) => {
          const title = titleIdx.map((i) => TITLE_LINES[i] as PlainValue[]);
          const numbering = columnNumbers ? [columns.map((_, i) => (i < 2 ? String.fromCharCode(65 + i) : String(i - 1)))] : [];
          const rows = Array.from({ length: n }, (_, i) => columns.map((c) => cellFor(c, i)));
          const result = readForm(grid([...title, [...columns], ...numbering, ...rows, [], ['NGƯỜI LẬP BIỂU']]));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const reading = result.data;
          expect(reading.headerRow.value).toBe(title.length + 1);
          expect(reading.header).toEqual(columns);
          expect(reading.rows.map((r) => r.name)).toEqual(Array.from({ length: n }, (_, i) => `Xã số ${i + 1}`));
          expect(reading.rows[0]?.row).toBe(title.length + 2 + numbering.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
