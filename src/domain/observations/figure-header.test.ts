import { describe, expect, it } from 'vitest';
import { datedFigureOfLabel, figureKindOfLabel, periodFigureOfLabel, splitFigureHeader } from './figure-header';

describe('splitFigureHeader', () => {
  it.each([
    // The report that printed every commune's plan as its % KH: "(%)" is the rate's unit, "Kế hoạch" names the plan.
    ['Tỷ lệ hộ nghèo (%) - Kế hoạch', 'Tỷ lệ hộ nghèo', 'plan'],
    ['Tỷ lệ hộ nghèo (%) - Thực hiện', 'Tỷ lệ hộ nghèo', 'actual'],
    ['Tỷ lệ hộ nghèo (%) - KH', 'Tỷ lệ hộ nghèo', 'plan'],
    ['Tỷ lệ hộ nghèo (%) KH', 'Tỷ lệ hộ nghèo', 'plan'],
    ['Ty le ho ngheo (%) - Ke hoach', 'Ty le ho ngheo', 'plan'],
    ['TỶ LỆ HỘ NGHÈO (%) - KẾ HOẠCH', 'TỶ LỆ HỘ NGHÈO', 'plan'],
    ['Tỷ lệ hộ nghèo - Kế hoạch (%)', 'Tỷ lệ hộ nghèo', 'plan'],
    ['Tỷ lệ hộ nghèo [%] - TH', 'Tỷ lệ hộ nghèo', 'actual'],
    ['Tỷ lệ xã đạt chuẩn nông thôn mới (%) - KH', 'Tỷ lệ xã đạt chuẩn nông thôn mới', 'plan'],
    ['Tỷ lệ xã đạt chuẩn nông thôn mới (%) - Thực hiện', 'Tỷ lệ xã đạt chuẩn nông thôn mới', 'actual'],
    ['Thu ngân sách (tỷ đồng) - Kế hoạch', 'Thu ngân sách', 'plan'],
    // A merged two-row header as the workbook reader joins it.
    ['Thu ngân sách nhà nước trên địa bàn (tỷ đồng) › Thực hiện', 'Thu ngân sách nhà nước trên địa bàn', 'actual'],
    ['Tỷ lệ hộ nghèo (%) › Kế hoạch', 'Tỷ lệ hộ nghèo', 'plan'],
    ['Tỷ lệ hộ nghèo (%) › So sánh (%)', 'Tỷ lệ hộ nghèo', 'percent_of_plan'],
    ['Kinh tế › GRDP (%) › TH/KH', 'Kinh tế › GRDP', 'percent_of_plan'],
    ['Thu ngân sách - Kế hoạch (tỷ đồng)', 'Thu ngân sách', 'plan'],
    ['Thu ngân sách KH', 'Thu ngân sách', 'plan'],
    ['Thu ngân sách TH', 'Thu ngân sách', 'actual'],
    ['Thu ngân sách Kế hoạch', 'Thu ngân sách', 'plan'],
    ['Thu ngân sách KH 2025', 'Thu ngân sách', 'plan'],
    ['Thu ngân sách - Ước TH 2025', 'Thu ngân sách', 'actual'],
    ['GRDP_KH', 'GRDP', 'plan'],
    ['budget_revenue_actual', 'budget_revenue', 'actual'],
    ['Poverty rate (%) - Plan', 'Poverty rate', 'plan'],
    ['Poverty rate (%) - Target', 'Poverty rate', 'plan'],
    ['Poverty rate (%) - Actual', 'Poverty rate', 'actual'],
    // Only words that say so make a % of plan.
    ['Tỷ lệ hộ nghèo (% KH)', 'Tỷ lệ hộ nghèo', 'percent_of_plan'],
    ['Tỷ lệ hộ nghèo %KH', 'Tỷ lệ hộ nghèo', 'percent_of_plan'],
    ['Tỷ lệ hộ nghèo - % KH', 'Tỷ lệ hộ nghèo', 'percent_of_plan'],
    ['Thu ngân sách - So sánh TH/KH (%)', 'Thu ngân sách', 'percent_of_plan'],
    ['Thu ngân sách - So sánh (%)', 'Thu ngân sách', 'percent_of_plan'],
    ['Thu ngân sách TH/KH', 'Thu ngân sách', 'percent_of_plan'],
    ['Thu ngân sách - Tỷ lệ đạt (%)', 'Thu ngân sách', 'percent_of_plan'],
    ['Thu ngan sach - Ty le dat so voi KH', 'Thu ngan sach', 'percent_of_plan'],
    ['Thu ngân sách - Đạt (%)', 'Thu ngân sách', 'percent_of_plan'],
    ['Thu ngân sách - Đạt so với KH (%)', 'Thu ngân sách', 'percent_of_plan'],
    ['Thu ngân sách - % so với KH', 'Thu ngân sách', 'percent_of_plan'],
    ['Thu ngân sách - % so KH', 'Thu ngân sách', 'percent_of_plan'],
    ['Dân số KH', 'Dân số', 'plan'],
    ['Dân số TH', 'Dân số', 'actual'],
    ['Dân số so với KH', 'Dân số', 'percent_of_plan'],
    ['Budget revenue - % of plan', 'Budget revenue', 'percent_of_plan'],
    ['budget_revenue_percent_of_plan', 'budget_revenue', 'percent_of_plan'],
  ])('%s → %s / %s', (header, name, field) => {
    expect(splitFigureHeader(header)).toEqual({ name, field });
  });

  it.each([
    ['Năm'], ['Huyện'], ['KH'], ['Ghi chú'], ['Tỷ lệ hộ nghèo (%)'], ['Tỷ lệ hộ nghèo %'], ['Poverty rate (%)'], ['Poverty rate percent'],
    ['Tỷ lệ xã đạt chuẩn nông thôn mới (%)'], ['Tỷ lệ đạt chuẩn (%)'], ['Dân số (người)'], [''], ['(%)'],
  ])('%s is not a figure column', (header) => {
    expect(splitFigureHeader(header)).toBeNull();
  });
});

describe('figureKindOfLabel', () => {
  it.each([
    ['Kế hoạch', 'plan'], ['KH', 'plan'], ['kh', 'plan'], ['Ke hoach', 'plan'], ['KH giao', 'plan'], ['Kế hoạch năm 2025', 'plan'], ['Plan', 'plan'], ['Target', 'plan'],
    // A change on an earlier period is no figure of the plan, whatever else it says.
    ['So sánh cùng kỳ (%)', null], ['% so với năm trước', null], ['TH so cùng kỳ', null], ['So sánh với kỳ trước', null],
    ['% thực hiện so với kế hoạch', 'percent_of_plan'], ['% TH so KH', 'percent_of_plan'],
    ['Thực hiện', 'actual'], ['TH', 'actual'], ['Ước thực hiện', 'actual'], ['Thuc hien 2024', 'actual'], ['Actual', 'actual'],
    ['% KH', 'percent_of_plan'], ['%KH', 'percent_of_plan'], ['% kế hoạch', 'percent_of_plan'], ['So sánh', 'percent_of_plan'], ['So sánh TH/KH (%)', 'percent_of_plan'],
    ['Tỷ lệ đạt', 'percent_of_plan'], ['Tỷ lệ hoàn thành KH (%)', 'percent_of_plan'], ['Đạt %', 'percent_of_plan'], ['Đạt (%)', 'percent_of_plan'], ['% đạt', 'percent_of_plan'],
    ['TH/KH', 'percent_of_plan'], ['TH / KH (%)', 'percent_of_plan'], ['% so với KH', 'percent_of_plan'], ['So với kế hoạch (%)', 'percent_of_plan'],
    ['% of plan', 'percent_of_plan'], ['Percent of plan', 'percent_of_plan'], ['Achievement (%)', 'percent_of_plan'],
  ])('%s → %s', (label, kind) => {
    expect(figureKindOfLabel(label)).toBe(kind);
  });

  it.each([['(%)'], ['%'], ['Percent'], ['Tỷ lệ'], ['Đạt'], ['Đạt chuẩn (%)'], ['Chỉ tiêu'], ['Đơn vị'], ['Năm 2025']])('%s names no figure', (label) => {
    expect(figureKindOfLabel(label)).toBeNull();
  });
});

describe('a figure column of one year', () => {
  it.each([
    ['Thực hiện năm 2024', { field: 'actual', year: 2024, estimate: false }],
    ['Kế hoạch năm 2025', { field: 'plan', year: 2025, estimate: false }],
    ['KH 2025', { field: 'plan', year: 2025, estimate: false }],
    ['Ước thực hiện năm 2025', { field: 'actual', year: 2025, estimate: true }],
    ['Ước TH 2025', { field: 'actual', year: 2025, estimate: true }],
    ['Ước thực hiện cả năm 2025', { field: 'actual', year: 2025, estimate: true }],
    ['Ước năm 2025', { field: 'actual', year: 2025, estimate: true }],
    ['Thực hiện năm 2024 (tỷ đồng)', { field: 'actual', year: 2024, estimate: false }],
    ['Năm 2024 › Thực hiện', { field: 'actual', year: 2024, estimate: false }],
    ['Plan 2025', { field: 'plan', year: 2025, estimate: false }],
    ['Estimated actual 2025', { field: 'actual', year: 2025, estimate: true }],
    ['Thực hiện', null], ['Kế hoạch', null], ['Thực hiện 6 tháng năm 2025', null], ['Lũy kế 6 tháng', null], ['So với cùng kỳ (%)', null],
    ['Năm 2024 › Thực hiện năm 2025', null], ['Thực hiện năm 1850', null], ['Dân số năm 2024', null],
  ] as const)('"%s" → %o', (label, dated) => {
    expect(datedFigureOfLabel(label)).toEqual(dated);
  });
});

describe('periodFigureOfLabel: the period a monthly or six-month report heads a figure column with', () => {
  it.each([
    ['Thực hiện 6 tháng', { period: 'to-month-06', year: undefined, estimate: false }],
    ['Lũy kế 6 tháng', { period: 'to-month-06', year: undefined, estimate: false }],
    ['Lũy kế đến tháng 5', { period: 'to-month-05', year: undefined, estimate: false }],
    ['Ước TH tháng 11/2025', { period: 'month-11', year: 2025, estimate: true }],
    ['Ước thực hiện 9 tháng năm 2025', { period: 'to-month-09', year: 2025, estimate: true }],
    ['Ước thực hiện 6 tháng đầu năm 2025 (tỷ đồng)', { period: 'to-month-06', year: 2025, estimate: true }],
    ['TH quý I', { period: 'quarter-1', year: undefined, estimate: false }],
    ['Thực hiện tháng 3', { period: 'month-03', year: undefined, estimate: false }],
    // Not a period's figure: the year's, a bare period (a column of periods' names), a change on last year.
    ['Thực hiện năm 2024', null], ['Kế hoạch năm', null], ['Thực hiện', null], ['Tháng 3', null], ['6 tháng', null], ['So với cùng kỳ (%)', null], ['Thực hiện cả năm', null],
  ] as const)('"%s" → %o', (label, found) => {
    expect(periodFigureOfLabel(label)).toEqual(found);
  });
});
