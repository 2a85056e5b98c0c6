import { describe, expect, it } from 'vitest';
import { SheetView } from './form-cells';
import { columnNames, findHeader, headerDepth } from './header-find';
import { grid, type PlainValue } from './testing/grid-builder';

const view = (rows: PlainValue[][], merges: string[] = []) => new SheetView(grid(rows, { merges }));

describe('findHeader', () => {
  it.each<[string, PlainValue[][], string[], [number, number, number | null]]>([
    ['no title', [['STT', 'Xã', 'KH'], [1, 'Xã A', 3]], [], [0, 1, null]],
    ['letterhead of two cells per row is a title', [['UBND TỈNH', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['SỞ TÀI CHÍNH', null, 'Độc lập - Tự do - Hạnh phúc'], ['Đơn vị', 'KH', 'TH'], ['Xã A', 1, 2]], [], [2, 1, null]],
    ['a date line is a title', [['Lai Châu, ngày 10 tháng 01 năm 2026', 'x', 'y'], ['Đơn vị', 'KH', 'TH'], ['Xã A', 1, 2]], [], [1, 1, null]],
    ['column numbers after a one-row header', [['Đơn vị', 'KH', 'TH'], ['A', '1', '2'], ['Xã A', 1, 2]], [], [0, 1, 1]],
    ['column numbers typed as numbers', [['Đơn vị', 'KH', 'TH', 'Ghi chú'], [1, 2, 3, 4], ['Xã A', 1, 2, null]], [], [0, 1, 1]],
    ['two rows by a vertical merge', [['STT', 'Xã', 'Thu NSNN', null], [null, null, 'KH', 'TH'], [1, 'Xã A', 1, 2]], ['A1:A2', 'B1:B2', 'C1:D1'], [0, 2, null]],
    ['two rows under a horizontal merge only', [['Xã', 'Thu NSNN', null], [null, 'KH', 'TH'], ['Xã A', 1, 2]], ['B1:C1'], [0, 2, null]],
    ['a section heading is not a header row', [['STT', 'Chỉ tiêu', 'KH', 'TH'], ['I', 'CHỈ TIÊU KINH TẾ'], [1, 'Thu NSNN', 1, 2]], [], [0, 1, null]],
    ['three names without known words', [['Tên', 'Dân số', 'Diện tích'], ['Xã A', 1, 2]], [], [0, 1, null]],
  ])('%s', (_name, rows, merges, [top, depth, columnNumberRow]) => {
    const place = findHeader(view(rows, merges));
    expect([place?.top, place?.depth, place?.columnNumberRow, place?.source]).toEqual([top, depth, columnNumberRow, 'guess']);
    expect(place?.reason.vi).toContain(`hàng ${top + 1}`);
    expect(place?.reason.en).toContain(`row ${top + 1}`);
  });

  it.each<[string, PlainValue[][]]>([
    ['one text cell a row', [['Kính gửi'], ['Nội dung']]],
    ['numbers only', [[1, 2, 3], [4, 5, 6]]],
    ['two unknown names', [['a', 'b'], ['c', 'd']]],
  ])('finds no header in %s', (_name, rows) => {
    expect(findHeader(view(rows))).toBeNull();
  });

  it.each([[0], [4], [1.5]])('ignores a header row out of the sheet (%s)', (row) => {
    expect(findHeader(view([['Đơn vị', 'KH', 'TH'], ['Xã A', 1, 2]]), row)?.source).toBe('guess');
  });

  it('the caller may name the header row', () => {
    const place = findHeader(view([['a', 'b', 'c'], ['x', 'y', 'z'], ['Xã A', 1, 2]]), 2);
    expect([place?.top, place?.source, place?.reason.vi]).toEqual([1, 'option', 'Hàng tiêu đề cột là hàng 2, như bạn đã chọn.']);
  });
});

describe('headerDepth and columnNames', () => {
  it('stops at three rows', () => {
    const v = view([['Kinh tế', null, null, null], ['Thu NSNN', null, 'Chi NSNN', null], ['Năm', 'KH', 'KH', 'TH'], ['thêm', 'chữ', 'nữa', 'đây'], [1, 2, 3, 4]], ['A1:D1', 'A2:B2', 'C2:D2', 'A3:A4']);
    expect(headerDepth(v, 0)).toBe(3);
  });
  it('repeats a merged cell over its span, collapses spaces and skips repeats down a vertical merge', () => {
    const v = view([['STT', 'Thu  ngân sách\n(tỷ đồng)', null], [null, 'Kế hoạch', 'Thực hiện']], ['A1:A2', 'B1:C1']);
    expect(columnNames(v, { top: 0, depth: 2 })).toEqual([['STT'], ['Thu ngân sách (tỷ đồng)', 'Kế hoạch'], ['Thu ngân sách (tỷ đồng)', 'Thực hiện']]);
  });
});
