import { describe, expect, it } from 'vitest';
import { formPeriodCode, periodFromTitle, periodLabel, periodOf, type FormPeriod } from './form-period';

describe('periodOf', () => {
  it.each<[string, number, FormPeriod]>([
    ['BIỂU 01: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2025', 2025, { kind: 'year' }],
    ['NĂM 2025', 2025, { kind: 'year' }],
    ['6 THÁNG ĐẦU NĂM 2025', 2025, { kind: 'first-months', months: 6 }],
    ['Ước thực hiện 9 tháng năm 2024', 2024, { kind: 'first-months', months: 9 }],
    ['12 tháng năm 2023', 2023, { kind: 'year' }],
    ['QUÝ I/2025', 2025, { kind: 'quarter', quarter: 1 }],
    ['Quý III năm 2025', 2025, { kind: 'quarter', quarter: 3 }],
    ['quý 4 năm 2022', 2022, { kind: 'quarter', quarter: 4 }],
    ['Quý IV/2021', 2021, { kind: 'quarter', quarter: 4 }],
    ['THÁNG 10 NĂM 2025', 2025, { kind: 'month', month: 10 }],
    ['tháng 3/2025', 2025, { kind: 'month', month: 3 }],
    ['tháng 13 năm 2025 (no such month: the year stands)', 2025, { kind: 'year' }],
  ])('%s → %i %j', (text, year, period) => {
    expect(periodOf(text)).toEqual({ year, period });
  });

  it.each([
    ['Lai Châu, ngày 10 tháng 01 năm 2026'],
    ['ngày … tháng … năm 2025'],
    ['UBND TỈNH LAI CHÂU'],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Năm 1850'],
    [''],
  ])('%s names no period', (text) => {
    expect(periodOf(text)).toBeNull();
  });
});

describe('periodFromTitle', () => {
  it('skips the letterhead and the date line, and says where the title is', () => {
    const cells = [
      { row: 1, col: 0, text: 'UBND TỈNH LAI CHÂU' },
      { row: 1, col: 5, text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' },
      { row: 3, col: 5, text: 'Lai Châu, ngày 10 tháng 01 năm 2026' },
      { row: 4, col: 0, text: 'BIỂU 01: KẾT QUẢ THỰC HIỆN NĂM 2025' },
    ];
    expect(periodFromTitle(cells)).toEqual({ year: 2025, period: { kind: 'year' }, text: 'BIỂU 01: KẾT QUẢ THỰC HIỆN NĂM 2025', row: 4, col: 0 });
  });
  it('is null without a title', () => expect(periodFromTitle([])).toBeNull());
});

describe('periodLabel', () => {
  it.each<[FormPeriod, string, string]>([
    [{ kind: 'year' }, 'năm 2025', '2025'],
    [{ kind: 'quarter', quarter: 2 }, 'quý II năm 2025', 'Q2 2025'],
    [{ kind: 'month', month: 10 }, 'tháng 10 năm 2025', 'month 10 of 2025'],
    [{ kind: 'first-months', months: 6 }, '6 tháng đầu năm 2025', 'first 6 months of 2025'],
  ])('%j', (period, vi, en) => expect(periodLabel(2025, period)).toEqual({ vi, en }));
});

describe('formPeriodCode: a form\'s period as the data writes it', () => {
  it.each([
    [{ kind: 'year' }, ''], [{ kind: 'month', month: 10 }, 'month-10'], [{ kind: 'quarter', quarter: 2 }, 'quarter-2'],
    [{ kind: 'first-months', months: 6 }, 'to-month-06'], [{ kind: 'first-months', months: 3 }, 'quarter-1'], [{ kind: 'first-months', months: 9 }, 'to-month-09'],
  ] as const)('%o → "%s"', (period, code) => {
    expect(formPeriodCode(period)).toBe(code);
  });
});
