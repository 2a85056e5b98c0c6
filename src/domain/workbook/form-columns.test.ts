import { describe, expect, it } from 'vitest';
import { formColumn, indicatorGroups, shapeOf, type ColumnRole } from './form-columns';

describe('formColumn', () => {
  it.each<[string[], ColumnRole, string | null]>([
    [['STT'], 'row-number', null],
    [['Số TT'], 'row-number', null],
    [['Xã, phường'], 'area', null],
    [['Đơn vị'], 'area', null],
    [['Chỉ tiêu'], 'indicator', null],
    [['Đơn vị tính'], 'unit', null],
    [['ĐVT'], 'unit', null],
    [['Thu ngân sách nhà nước trên địa bàn (tỷ đồng)', 'Kế hoạch'], 'plan', 'tỷ đồng'],
    [['Thu ngân sách nhà nước trên địa bàn (tỷ đồng)', 'Thực hiện'], 'actual', 'tỷ đồng'],
    [['Thu ngân sách nhà nước trên địa bàn (tỷ đồng)', 'So sánh (%)'], 'percent_of_plan', '%'],
    [['Kế hoạch năm 2025'], 'plan', null],
    [['Ước thực hiện năm 2025'], 'actual', null],
    [['KH giao'], 'plan', null],
    [['Thực hiện 6 tháng'], 'actual', null],
    [['Ước TH cả năm'], 'actual', null],
    [['Kế hoạch quý I'], 'plan', null],
    [['Thực hiện (3)'], 'actual', null],
    [['Tỷ lệ hộ nghèo (%) - Kế hoạch'], 'plan', '%'],
    [['Tỷ lệ hộ nghèo (%)'], 'value', '%'],
    [['Thu nhập bình quân (triệu đồng/người)'], 'value', 'triệu đồng/người'],
    [['Ghi chú'], 'note', null],
    [['Nguồn số liệu'], 'source', null],
    [['Năm'], 'year', null],
    [['Kinh tế', 'Thu NSNN (tỷ đồng)', 'TH/KH (%)'], 'percent_of_plan', '%'],
  ])('%j → %s, unit %s', (segments, role, unit) => {
    const column = formColumn(3, segments);
    expect([column.role, column.unit, column.letter, column.header]).toEqual([role, unit, 'D', segments.join(' › ')]);
  });

  it('a "(%)" column says why it is not % KH', () => {
    expect(formColumn(0, ['Tỷ lệ hộ nghèo (%) - Kế hoạch']).percent?.percentOfPlan).toBe(false);
  });
});

describe('shape and groups', () => {
  const wide = [
    formColumn(0, ['STT']),
    formColumn(1, ['Xã, phường']),
    formColumn(2, ['Thu NSNN (tỷ đồng)', 'Kế hoạch']),
    formColumn(3, ['Thu NSNN (tỷ đồng)', 'Thực hiện']),
    formColumn(4, ['Thu NSNN (tỷ đồng)', 'So sánh (%)']),
    formColumn(5, ['Tỷ lệ hộ nghèo (%) - Kế hoạch']),
    formColumn(6, ['Tỷ lệ hộ nghèo (%) - Thực hiện']),
    formColumn(7, ['Dân số (người)']),
    formColumn(8, ['Ghi chú']),
  ];
  it('a wide form draws its indicator groups', () => {
    expect(shapeOf(wide)).toBe('wide');
    expect(indicatorGroups(wide)).toEqual([
      { indicator: 'Thu NSNN (tỷ đồng)', unit: 'tỷ đồng', plan: 2, actual: 3, percentOfPlan: 4, values: [] },
      { indicator: 'Tỷ lệ hộ nghèo (%)', unit: '%', plan: 5, actual: 6, percentOfPlan: null, values: [] },
      { indicator: 'Dân số (người)', unit: 'người', plan: null, actual: null, percentOfPlan: null, values: [7] },
    ]);
  });
  it.each([
    [['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'So sánh (%)'], 'long'],
    [['STT', 'Xã', 'Dân số'], 'wide'],
  ])('%j is %s', (headers, shape) => {
    expect(shapeOf(headers.map((h, i) => formColumn(i, [h])))).toBe(shape);
  });
});
