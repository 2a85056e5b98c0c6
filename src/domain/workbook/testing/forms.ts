/** Grids modelled on real provincial forms of Lai Châu, for the form reader's tests. */
import { grid, pct, type GridOptions, type PlainValue } from './grid-builder';
import type { SheetGrid } from '../sheet-grid';

export const COMMUNES = Array.from({ length: 38 }, (_, i) => `Xã ${['Bình Lư', 'Phong Thổ', 'Sìn Hồ', 'Than Uyên', 'Tân Uyên', 'Mường Kim'][i % 6]} ${i + 1}`);

/** The letterhead and title of a form, then an empty row: five rows. */
export const TITLE_BLOCK: PlainValue[][] = [
  ['UBND TỈNH LAI CHÂU', null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['SỞ TÀI CHÍNH', null, null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
  [null, null, null, null, null, 'Lai Châu, ngày 10 tháng 01 năm 2026'],
  ['BIỂU 01: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2025'],
  [],
];

export interface WideOptions {
  /** Added to the total row's Thu NSNN actual (D9): a wrong total. */
  totalOff?: number;
  hiddenRows?: number[];
  communes?: number;
}

/**
 * A wide form of 38 communes: title block (rows 1–5), a two-row merged header (6–7), a column-number row
 * (8), the total (9), the communes (10–47), an empty row, a footnote, signatures and names (48–53).
 */
export function wideForm(options: WideOptions = {}): SheetGrid {
  const communes = COMMUNES.slice(0, options.communes ?? 38);
  const data = communes.map((name, i) => {
    const plan = 10 + i;
    const actual = Math.round((plan * (0.9 + (i % 5) * 0.05)) * 10) / 10;
    const povertyPlan = 24.53 - i * 0.1;
    const povertyActual = povertyPlan - 1;
    return [i + 1, name, plan, actual, pct(actual / plan), povertyPlan, povertyActual, Math.round((povertyPlan / povertyActual) * 1000) / 10, i === 2 ? 'Ước thực hiện' : null];
  });
  const sum = (col: number) => Math.round(data.reduce((s, r) => s + (r[col] as number), 0) * 10) / 10;
  const total: PlainValue[] = [null, 'Tổng cộng', sum(2), sum(3) + (options.totalOff ?? 0), pct(sum(3) / sum(2)), 22.5, 21.4, 105.1, null];
  const rows: PlainValue[][] = [
    ...TITLE_BLOCK,
    ['STT', 'Xã, phường', 'Thu ngân sách nhà nước trên địa bàn\n(tỷ đồng)', null, null, 'Tỷ lệ hộ nghèo (%)', null, null, 'Ghi chú'],
    [null, null, 'Kế hoạch', 'Thực hiện', 'So sánh (%)', 'Kế hoạch', 'Thực hiện', 'So sánh (%)'],
    ['A', 'B', 1, 2, '3=2/1', 4, 5, '6=4/5', 'C'],
    total,
    ...data,
    [],
    ['Ghi chú: Số liệu năm 2025 là số ước thực hiện.'],
    ['* Số liệu sơ bộ của Chi cục Thống kê'],
    [null, 'NGƯỜI LẬP BIỂU', null, null, null, null, 'KT. CHỦ TỊCH'],
    [],
    [null, 'Nguyễn Văn An', null, null, null, null, 'Trần Thị Bình'],
  ];
  const merges = ['A1:C1', 'F1:I1', 'A4:I4', 'A6:A7', 'B6:B7', 'C6:E6', 'F6:H6', 'I6:I7'];
  return grid(rows, { merges, hiddenRows: options.hiddenRows } satisfies GridOptions);
}

/** A long form: one row an indicator, sections headed by roman numerals, the period in the title. */
export function longForm(title = 'BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025'): SheetGrid {
  return grid(
    [
      ['UBND XÃ BÌNH LƯ'],
      [title],
      [],
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2025', 'Thực hiện 6 tháng', 'So sánh (%)', 'Ghi chú'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(5)/(4)', '(7)'],
      ['I', 'CHỈ TIÊU KINH TẾ'],
      [1, 'Tổng thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', '1.234,5', '617,3', 50, null],
      [2, 'Sản lượng lương thực', 'tấn', 12000, 6100, 50.8, null],
      ['II', 'CHỈ TIÊU XÃ HỘI'],
      [3, 'Tỷ lệ hộ nghèo', '%', 20.5, 21, 97.6, 'giảm 1,5%'],
      [],
      ['Ghi chú: (1) số liệu ước'],
      ['THỦ TRƯỞNG ĐƠN VỊ'],
    ],
    { name: 'Biểu 02' },
  );
}
