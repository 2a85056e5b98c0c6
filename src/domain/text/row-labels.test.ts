import { describe, expect, it } from 'vitest';
import { isFootnoteRow, isTotalRowLabel } from './row-labels';

describe('isTotalRowLabel', () => {
  it.each([
    ['Tổng cộng'], ['TỔNG CỘNG'], ['Tong cong'], ['tổng cộng:'], ['Tổng số'], ['Tổng'], ['Cộng'], ['CỘNG'], ['Toàn tỉnh'], ['TOAN TINH'],
    ['Tổng cộng toàn tỉnh'], ['Toàn huyện'], ['Total'], ['Grand total'], ['  Tổng cộng  '], ['Tổng cộng (*)'.replace(' (*)', '*')],
  ])('%s is a total', (cell) => {
    expect(isTotalRowLabel(cell)).toBe(true);
  });

  it.each([
    ['Tông Qua Lìn'], ['Sìn Hồ'], ['Thành phố Lai Châu'], ['Tổng giá trị sản xuất'], ['Cộng đồng'], ['Toàn'], [''], ['Tân Uyên'], ['Tổng cộng các xã biên giới vùng cao'],
  ])('%s is not a total', (cell) => {
    expect(isTotalRowLabel(cell)).toBe(false);
  });
});

describe('isFootnoteRow', () => {
  it.each([
    [['', '', '']],
    [['Ghi chú: số liệu ước tính', '', '']],
    [['Ghi chu: so lieu uoc', '']],
    [['Nguồn: Cục Thống kê', '']],
    [['Nguồn số liệu: Sở Tài chính']],
    [['* Số liệu sơ bộ', '', '']],
    [['(*) Không kể xã mới sáp nhập', '']],
    [['Người lập biểu', '', '', 'Thủ trưởng đơn vị']],
    [['NGƯỜI LẬP BIỂU', '', 'KẾ TOÁN TRƯỞNG', 'GIÁM ĐỐC']],
    [['', '', '(Ký, ghi rõ họ tên)']],
    [['', 'Lai Châu, ngày 15 tháng 01 năm 2026']],
    [['', '', '', 'Nguyễn Văn An']],
    [['Trần Thị Bích Ngọc', '']],
    [['Source: Provincial Statistics Office']],
  ])('%j is a footnote row', (cells) => {
    expect(isFootnoteRow(cells)).toBe(true);
  });

  it.each([
    [['Sìn Hồ', '2021', 'Thu ngân sách', '100', '120']],
    [['Tổng cộng', '2021', '', '500']],
    [['Nguyễn Văn An', '2021', '12']],
    [['Ghi chú lại', '2021', 'x', '1']],
    [['Tam Đường', '', '', '']].map((r) => r.concat('5')),
    [['Số liệu năm 2021']],
  ])('%j is not a footnote row', (cells) => {
    expect(isFootnoteRow(cells)).toBe(false);
  });
});
