import { describe, expect, it } from 'vitest';
import { isColumnNumberRow, isDateLine, isRowNumberHeader, isTotalName, trailerKind, unitFromHeader, unitFromTitle } from './form-words';

describe('form words', () => {
  it.each([['STT', true], ['TT', true], ['Số TT', true], ['Số thứ tự', true], ['stt', true], ['S.T.T', false], ['Chỉ tiêu', false], ['Tổng', false]])(
    'isRowNumberHeader(%s) → %s',
    (h, expected) => expect(isRowNumberHeader(h)).toBe(expected),
  );

  it.each<[string[], boolean]>([
    [['A', 'B', '1', '2', '3=2/1'], true],
    [['(1)', '(2)', '(3)', '(4)=(3)/(2)'], true],
    [['A', 'B', 'C', '1', '2', '3', '4', '5 = 4 - 3', '6=3/2*100'], true],
    [['1', '2', '3', '4', '5'], true],
    [['', 'A', '', 'B', '1'], true],
    [['1', 'Xã Bình Lư', '120', '130'], false],
    [['1', '2', '5'], false],
    [['A'], false],
    [['', '', ''], false],
    [['I', 'Chỉ tiêu kinh tế'], false],
  ])('isColumnNumberRow(%j) → %s', (texts, expected) => {
    expect(isColumnNumberRow(texts)).toBe(expected);
  });

  it.each<[string, string | null]>([
    ['Thu ngân sách nhà nước trên địa bàn (tỷ đồng)', 'tỷ đồng'],
    ['Tỷ lệ hộ nghèo (%)', '%'],
    ['Thu nhập bình quân (triệu đồng/người)', 'triệu đồng/người'],
    ['Diện tích (ha) (1)', 'ha'],
    ['So sánh (%) (4)=(3)/(2)', '%'],
    ['Kế hoạch', null],
    ['Thực hiện (3)', null],
    ['Dân số (người) (*)', 'người'],
    ['Lúa (xem ghi chú)', null],
  ])('unitFromHeader(%s) → %s', (h, unit) => {
    expect(unitFromHeader(h)).toBe(unit);
  });

  it.each([
    ['Tổng cộng', true], ['TỔNG SỐ', true], ['Toàn tỉnh', true], ['Cộng', true], ['Tổng', true], ['tong cong', true],
    ['I. Tổng số:', true], ['II - TOÀN TỈNH', true], ['Cộng (38 xã)', true], ['A. Tổng cộng', true],
    ['Tổng thu ngân sách', false], ['Xã Cộng Hòa', false], ['Tổng sản phẩm (GRDP)', false], ['Xã Bình Lư', false],
  ])('isTotalName(%s) → %s', (name, expected) => {
    expect(isTotalName(name)).toBe(expected);
  });

  it.each<[string, ReturnType<typeof trailerKind>]>([
    ['Ghi chú: số liệu ước thực hiện', 'footnote'], ['* Số liệu sơ bộ', 'footnote'], ['(1) Số liệu ước tính', 'footnote'],
    ['Nguồn: Cục Thống kê', 'footnote'], ['NGƯỜI LẬP BIỂU', 'signature'], ['THỦ TRƯỞNG ĐƠN VỊ', 'signature'],
    ['KT. CHỦ TỊCH', 'signature'], ['PHÓ CHỦ TỊCH', 'signature'], ['(Ký, ghi rõ họ tên)', 'signature'],
    ['Xã Bình Lư', null], ['Tổng cộng', null], ['(1)', null],
  ])('trailerKind(%s) → %s', (text, kind) => {
    expect(trailerKind(text)).toBe(kind);
  });

  it.each([
    ['Lai Châu, ngày 10 tháng 01 năm 2026', true], ['Lai Châu, ngày … tháng … năm 2025', true], ['ngày    tháng    năm 2025', true],
    ['BIỂU 01: KẾT QUẢ THỰC HIỆN NĂM 2025', false], ['6 THÁNG ĐẦU NĂM 2025', false],
  ])('isDateLine(%s) → %s', (text, expected) => {
    expect(isDateLine(text)).toBe(expected);
  });

  it.each<[string, string | null]>([
    ['Đơn vị tính: tỷ đồng', 'tỷ đồng'], ['ĐVT: triệu đồng', 'triệu đồng'], ['(Đơn vị tính: ha)', 'ha'], ['DVT : tấn', 'tấn'],
    ['BIỂU 01: KẾT QUẢ NĂM 2025', null], ['Đơn vị: Sở Tài chính', null],
  ])('unitFromTitle(%s) → %s', (text, unit) => {
    expect(unitFromTitle(text)).toBe(unit);
  });
});
