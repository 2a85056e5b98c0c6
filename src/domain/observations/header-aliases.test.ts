import { describe, expect, it } from 'vitest';
import { fieldForHeader } from './header-aliases';

describe('fieldForHeader', () => {
  it.each([
    ['area', 'area'],
    ['Đơn vị', 'area'],
    ['Huyện', 'area'],
    ['HUYEN', 'area'],
    ['Xã, phường', 'area'],
    ['Xã/Phường', 'area'],
    ['Tên đơn vị', 'area'],
    ['Năm', 'year'],
    ['Chỉ tiêu', 'indicator'],
    ['Kế hoạch', 'plan'],
    ['KH', 'plan'],
    ['Thực hiện', 'actual'],
    ['TH', 'actual'],
    ['% KH', 'percent_of_plan'],
    ['%KH', 'percent_of_plan'],
    ['percent_of_plan', 'percent_of_plan'],
    ['Đơn vị tính', 'unit'],
    ['ĐVT', 'unit'],
    ['Nguồn', 'source'],
    ['Ghi chú', 'note'],
    ['Xã', 'area'],
    ['Xã, phường, thị trấn', 'area'],
    ['Commune', 'area'],
    ['Kế hoạch (%)', 'plan'],
    ['Kế hoạch (tỷ đồng)', 'plan'],
    ['Thực hiện (%)', 'actual'],
    ['KH năm 2025', 'plan'],
    ['So sánh TH/KH (%)', 'percent_of_plan'],
    ['Tỷ lệ đạt (%)', 'percent_of_plan'],
    ['Đơn vị tính (%)', 'unit'],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it.each([['Dân số'], [''], ['xyz'], ['(%)'], ['Tỷ lệ (%)'], ['Tỷ lệ hộ nghèo (%)']])('%s is not a known column', (header) => {
    expect(fieldForHeader(header)).toBeNull();
  });
});
