import type { Localized } from '../issues';
import { formatNumber } from '../numbers/format';
import { formatPeriod } from '../periods/period-code';
import type { PeriodCode } from '../model';

const lines = (rows: readonly number[]) => (rows.length > 5 ? `${rows.slice(0, 5).join(', ')} …` : rows.join(', '));

/** "9 tháng 2025", "2025": the figure's period and year. */
const when = (period: string, year: number, language: 'vi' | 'en') => [period ? formatPeriod(period as PeriodCode, language) : '', String(year)].filter(Boolean).join(' ');

/** The words of the check of a printed change on the same period of last year (same-period-check.ts). */
export const SAME_PERIOD_MESSAGES = {
  differs: (header: string, printed: number, current: { actual: number; year: number; period: string }, previous: number, ratio: number): Localized => ({
    vi: `Cột "${header}" ghi ${formatNumber(printed, 'vi')}, nhưng ${when(current.period, current.year, 'vi')} (${formatNumber(current.actual, 'vi')}) so với cùng kỳ ${when(current.period, current.year - 1, 'vi')} (${formatNumber(previous, 'vi')}) là ${formatNumber(ratio, 'vi', 1)}% (${ratio >= 100 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(ratio - 100), 'vi', 1)}%). Cột này không được lưu — Chỉ Tiêu tự tính so với cùng kỳ; kiểm tra lại số thực hiện của hai năm hoặc cột này.`,
    en: `Column "${header}" says ${formatNumber(printed, 'en')}, but ${when(current.period, current.year, 'en')} (${formatNumber(current.actual, 'en')}) on the same period of ${when(current.period, current.year - 1, 'en')} (${formatNumber(previous, 'en')}) is ${formatNumber(ratio, 'en', 1)}% (${ratio >= 100 ? 'up' : 'down'} ${formatNumber(Math.abs(ratio - 100), 'en', 1)}%). The column is not stored — Chỉ Tiêu computes the change itself; check the two years' actuals or this column.`,
  }),
  unchecked: (header: string, rows: readonly number[]): Localized => ({
    vi: `Cột "${header}" không được lưu: Chỉ Tiêu tự tính so với cùng kỳ từ số thực hiện cùng kỳ năm trước. ${formatNumber(rows.length, 'vi')} dòng (dòng ${lines(rows)}) không kiểm tra được vì cả tệp lẫn dữ liệu đã lưu không có số cùng kỳ năm trước. Tải lên số năm trước để có so với cùng kỳ.`,
    en: `Column "${header}" is not stored: Chỉ Tiêu computes the change on the same period of last year from last year's actual. ${formatNumber(rows.length, 'en')} row(s) (row ${lines(rows)}) could not be checked: neither the file nor the stored data has last year's figure of the same period. Upload last year's figures to get the change.`,
  }),
};
