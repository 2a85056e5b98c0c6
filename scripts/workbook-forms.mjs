/**
 * The ordinary forms of the workbook corpus (scripts/make-workbooks.mjs writes them): each a file name,
 * its sheets as SheetJS writes them, and `expect`, what a reader must find in it (expectations.json).
 * Cell objects follow SheetJS: { t: 'n', v, z } a number with its format, { t: 'n', f, v } a formula
 * with its cached value, { t: 'n', f } one without.
 */
const LETTERHEAD = [['UBND TỈNH LAI CHÂU', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['SỞ TÀI CHÍNH', null, null, 'Độc lập - Tự do - Hạnh phúc']];
const pct = (v) => ({ t: 'n', v, z: '0.0%' });
const num = (v, z = '#,##0.0') => ({ t: 'n', v, z });

/** A long form: one row an indicator (STT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | So sánh (%)). */
const longRows = [
  ['1', 'Tổng sản phẩm trên địa bàn (GRDP)', 'tỷ đồng', num(28200), num(28650.5), num(101.6)],
  ['2', 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', num(3500), num(3712.4), num(106.1)],
  ['3', 'Tỷ lệ hộ nghèo', '%', num(24.53, '0.00'), num(23.9, '0.00'), num(102.6)],
];

export function forms(communes) {
  const wideIndicators = ['Thu ngân sách nhà nước trên địa bàn (tỷ đồng)', 'Tỷ lệ hộ nghèo (%)'];
  const wideHeader1 = ['STT', 'Xã, phường', ...wideIndicators.flatMap((name) => [name, null, null])];
  const wideHeader2 = [null, null, ...wideIndicators.flatMap(() => ['Kế hoạch', 'Thực hiện', 'So sánh (%)'])];
  const wideData = communes.map((name, i) => [i + 1, name, num(10 + i), num(10.5 + i), num(Math.round(((10.5 + i) / (10 + i)) * 1000) / 10), num(24.53, '0.00'), num(22 + (i % 5), '0.00'), num(Math.round((24.53 / (22 + (i % 5))) * 1000) / 10)]);
  return [
    {
      file: 'title-block.xlsx', tests: 'A letterhead and a title block above the table; the header on row 5; the year only in the title.',
      sheets: [{ name: 'Biểu 01', rows: [...LETTERHEAD, ['BIỂU 01: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2025'], [], ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'So sánh (%)'], ...longRows], merges: ['A3:F3', 'A1:C1', 'A2:C2'] }],
      expect: { sheets: [{ name: 'Biểu 01', hidden: false, merges: ['A3:F3', 'A1:C1', 'A2:C2'], cells: { A3: { kind: 'text', value: 'BIỂU 01: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2025' }, B5: { kind: 'text', value: 'Chỉ tiêu' }, D6: { kind: 'number', value: 28200, format: '#,##0.0' } } }], title: 'UBND TỈNH LAI CHÂU' },
    },
    {
      file: 'header-two-rows.xlsx', tests: 'A wide form: one row a commune (the 38 of Lai Châu), a two-row header, each indicator merged over Kế hoạch / Thực hiện / So sánh (%).',
      sheets: [{ name: 'Xã phường', rows: [['KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẤP XÃ NĂM 2025'], wideHeader1, wideHeader2, ...wideData], merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:E2', 'F2:H2'] }],
      expect: { sheets: [{ name: 'Xã phường', hidden: false, rowCount: 41, merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:E2', 'F2:H2'], cells: { C2: { kind: 'text', value: wideIndicators[0] }, E3: { kind: 'text', value: 'So sánh (%)' }, B4: { kind: 'text', value: communes[0] }, B41: { kind: 'text', value: communes[37] }, F4: { kind: 'number', value: 24.53, format: '0.00' } } }] },
    },
    {
      file: 'header-three-rows.xlsx', tests: 'A three-row header: a group, its indicators, then Kế hoạch / Thực hiện under each.',
      sheets: [{ name: 'Biểu 02', rows: [['STT', 'Đơn vị', 'Lĩnh vực kinh tế', null, null, null], [null, null, 'Thu ngân sách (tỷ đồng)', null, 'GRDP (tỷ đồng)', null], [null, null, 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện'], [1, communes[0], 12, 12.5, 300, 310], [2, communes[1], 8, 7.9, 210, 215]], merges: ['A1:A3', 'B1:B3', 'C1:F1', 'C2:D2', 'E2:F2'] }],
      expect: { sheets: [{ name: 'Biểu 02', hidden: false, merges: ['A1:A3', 'B1:B3', 'C1:F1', 'C2:D2', 'E2:F2'], cells: { C1: { kind: 'text', value: 'Lĩnh vực kinh tế' }, E2: { kind: 'text', value: 'GRDP (tỷ đồng)' }, F3: { kind: 'text', value: 'Thực hiện' }, D5: { kind: 'number', value: 7.9 } } }] },
    },
    {
      file: 'column-numbers.xlsx', tests: 'A row numbering the columns (A, B, 1, 2, 3=2/1) under the header.',
      sheets: [{ name: 'Biểu 03', rows: [['STT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'So sánh (%)'], ['A', 'B', 1, 2, '3=2/1'], ...longRows.map((r) => [r[0], r[1], r[3], r[4], r[5]])] }],
      expect: { sheets: [{ name: 'Biểu 03', hidden: false, merges: [], cells: { A2: { kind: 'text', value: 'A' }, C2: { kind: 'number', value: 1 }, E2: { kind: 'text', value: '3=2/1' } } }] },
    },
    {
      file: 'totals.xlsx', tests: 'A total row that equals the sum of the rows (sheet "Tổng đúng") and one that does not (sheet "Tổng sai").',
      sheets: [
        { name: 'Tổng đúng', rows: [['Đơn vị', 'Kế hoạch', 'Thực hiện'], [communes[0], 10, 11], [communes[1], 20, 19], ['Tổng cộng', 30, 30]] },
        { name: 'Tổng sai', rows: [['Đơn vị', 'Kế hoạch', 'Thực hiện'], [communes[0], 10, 11], [communes[1], 20, 19], ['Tổng cộng', 31, 30]] },
      ],
      expect: { sheets: [{ name: 'Tổng đúng', hidden: false, merges: [], cells: { A4: { kind: 'text', value: 'Tổng cộng' }, B4: { kind: 'number', value: 30 } } }, { name: 'Tổng sai', hidden: false, merges: [], cells: { B4: { kind: 'number', value: 31 } } }] },
    },
    {
      file: 'footnotes.xlsx', tests: 'A "Ghi chú" column, a footnote, a blank row and the signatures below the table.',
      sheets: [{ name: 'Biểu 04', rows: [['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Ghi chú'], ['Thu ngân sách', 3500, 3712.4, 'số ước'], ['GRDP', 28200, 28650.5, null], ['Ghi chú: số liệu năm 2025 là số ước thực hiện.'], [], [null, 'NGƯỜI LẬP BIỂU', null, 'THỦ TRƯỞNG ĐƠN VỊ'], [null, '(Ký, ghi rõ họ tên)', null, '(Ký tên, đóng dấu)']], merges: ['A4:D4'] }],
      expect: { sheets: [{ name: 'Biểu 04', hidden: false, merges: ['A4:D4'], cells: { D2: { kind: 'text', value: 'số ước' }, A4: { kind: 'text', value: 'Ghi chú: số liệu năm 2025 là số ước thực hiện.' }, D6: { kind: 'text', value: 'THỦ TRƯỞNG ĐƠN VỊ' } } }] },
    },
    {
      file: 'text-numbers.xlsx', tests: 'Figures typed as text, in the Vietnamese (1.234,5) and the English (1,234.5) formats: kept as text for the number reader.',
      sheets: [{ name: 'Số dạng chữ', rows: [['Đơn vị', 'Kế hoạch', 'Thực hiện'], [communes[0], '1.234,5', '1.300'], [communes[1], '1,234.5', '98.7%'], [communes[2], ' 12,5 ', '-']] }],
      expect: { sheets: [{ name: 'Số dạng chữ', hidden: false, merges: [], cells: { B2: { kind: 'text', value: '1.234,5' }, B3: { kind: 'text', value: '1,234.5' }, C3: { kind: 'text', value: '98.7%' }, B4: { kind: 'text', value: ' 12,5 ' } } }] },
    },
    {
      file: 'percent-format.xlsx', tests: 'A % KH cell holding 0.925 formatted 0.0% (shown 92.5%), and a date formatted dd/mm/yyyy.',
      sheets: [{ name: 'Tỷ lệ', rows: [['Đơn vị', 'Kế hoạch', 'Thực hiện', 'So sánh (%)', 'Ngày báo cáo'], [communes[0], 40, 37, pct(0.925), { t: 'n', v: 45839, z: 'dd/mm/yyyy' }]] }],
      expect: { sheets: [{ name: 'Tỷ lệ', hidden: false, merges: [], cells: { D2: { kind: 'number', value: 0.925, format: '0.0%' }, E2: { kind: 'date', value: '2025-07-01', format: 'dd/mm/yyyy' } } }] },
    },
    {
      file: 'formulas.xlsx', tests: 'Formulas with a cached value (read, never run) and one without (uncached), a cached error, and a link to another workbook: its cached value read, nothing fetched.',
      sheets: [{ name: 'Công thức', rows: [['Đơn vị', 'Kế hoạch', 'Thực hiện', 'So sánh (%)'], [communes[0], 40, 37, { t: 'n', f: 'C2/B2*100', v: 92.5 }], [communes[1], 20, 25, { t: 'n', f: 'C3/B3*100' }], [communes[2], 0, 5, { t: 'e', f: 'C4/B4*100', v: 0x07 }], [communes[3], { t: 'n', f: "'[1]Kế hoạch'!B5", v: 12.5 }, 13, null]] }],
      expect: { sheets: [{ name: 'Công thức', hidden: false, merges: [], cells: { D2: { kind: 'number', value: 92.5, formula: 'C2/B2*100' }, D3: { kind: 'error', value: '', formula: 'C3/B3*100', uncached: true }, D4: { kind: 'error', value: '#DIV/0!', formula: 'C4/B4*100' }, B5: { kind: 'number', value: 12.5, formula: "'[1]Kế hoạch'!B5" } } }] },
    },
    {
      file: 'hidden.xlsx', tests: 'A hidden row (3), a hidden column (C) and a hidden sheet.',
      sheets: [
        { name: 'Hiện', rows: [['Đơn vị', 'Kế hoạch', 'Nháp', 'Thực hiện'], [communes[0], 10, 'x', 11], [communes[1], 20, 'y', 19], [communes[2], 30, 'z', 31]], hiddenRows: [2], hiddenColumns: [2] },
        { name: 'Ẩn', rows: [['Bảng tra cứu'], ['không dùng']], hidden: true },
      ],
      expect: { sheets: [{ name: 'Hiện', hidden: false, merges: [], hiddenRows: [2], hiddenColumns: [2], cells: { C2: { kind: 'text', value: 'x' } } }, { name: 'Ẩn', hidden: true, merges: [], cells: { A1: { kind: 'text', value: 'Bảng tra cứu' } } }] },
    },
    {
      file: 'empty-sheet.xlsx', tests: 'An empty sheet beside one with data: listed with no range and no title, read as no rows.',
      sheets: [{ name: 'Trống', rows: [] }, { name: 'Số liệu', rows: [['Đơn vị', 'Thực hiện'], [communes[0], 1]] }],
      expect: { sheets: [{ name: 'Trống', hidden: false, merges: [], rowCount: 0, cells: {} }, { name: 'Số liệu', hidden: false, merges: [], cells: { B2: { kind: 'number', value: 1 } } }] },
    },
    {
      file: 'long-form.xlsx', tests: 'A long form (one row an indicator) for one commune named in the title.',
      sheets: [{ name: 'Xã Mường Kim', rows: [[`BÁO CÁO KẾT QUẢ NĂM 2025 - ${communes[0].toUpperCase()}`], ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'So sánh (%)'], ...longRows], merges: ['A1:F1'] }],
      expect: { sheets: [{ name: 'Xã Mường Kim', hidden: false, merges: ['A1:F1'], cells: { C5: { kind: 'text', value: '%' }, E5: { kind: 'number', value: 23.9, format: '0.00' } } }] },
    },
    {
      file: 'title-block.ods', bookType: 'ods', tests: 'The title-block form saved as OpenDocument (.ods): read through the same call.',
      sheets: [{ name: 'Biểu 01', rows: [['BIỂU 01 NĂM 2025'], ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], ['GRDP', 28200, 28650.5]], merges: ['A1:C1'] }],
      expect: { sheets: [{ name: 'Biểu 01', hidden: false, merges: ['A1:C1'], cells: { A1: { kind: 'text', value: 'BIỂU 01 NĂM 2025' }, C3: { kind: 'number', value: 28650.5 } } }] },
    },
    {
      file: 'title-block.xls', bookType: 'biff8', tests: 'The title-block form saved as Excel 97-2003 (.xls, OLE2): read through the same call.',
      sheets: [{ name: 'Biểu 01', rows: [['BIỂU 01 NĂM 2025'], ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], ['GRDP', 28200, pct(1.016)]], merges: ['A1:C1'] }, { name: 'Ẩn', rows: [['x']], hidden: true }],
      expect: { sheets: [{ name: 'Biểu 01', hidden: false, merges: ['A1:C1'], cells: { C3: { kind: 'number', value: 1.016, format: '0.0%' } } }, { name: 'Ẩn', hidden: true, merges: [], cells: {} }] },
    },
    {
      file: 'hostile-control-sheet-name.xlsx', tests: 'A sheet name with a bell (U+0007) and a right-to-left override (U+202E): shown as [U+0007], with a warning.',
      sheets: [{ name: 'Biểu\u0007 01\u202e', rows: [['Đơn vị', 'Thực hiện'], [communes[0], 1]] }],
      expect: { sheets: [{ name: 'Biểu[U+0007] 01[U+202E]', hidden: false, merges: [], cells: { B2: { kind: 'number', value: 1 } } }], warnings: ['workbook-sheet-name'] },
    },
    {
      file: 'hostile-hyperlink-text.xlsx', tests: 'A unit name "=HYPERLINK("http://evil","Xã A")" typed as text: read as text, no formula, nothing fetched.',
      sheets: [{ name: 'Biểu 05', rows: [['Đơn vị', 'Thực hiện'], ['=HYPERLINK("http://evil","Xã A")', 5]] }],
      expect: { sheets: [{ name: 'Biểu 05', hidden: false, merges: [], cells: { A2: { kind: 'text', value: '=HYPERLINK("http://evil","Xã A")' } } }] },
    },
  ];
}
