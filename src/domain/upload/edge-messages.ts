import type { Localized } from '../issues';
import { formatNumber } from '../numbers/format';

const lines = (rows: readonly number[], language: 'vi' | 'en') => {
  const shown = rows.slice(0, 5).join(', ');
  return rows.length > 5 ? `${shown}${language === 'vi' ? ' …' : ' …'}` : shown;
};

/** The notes of rows that are not data: said once for all of them, with where they are. */
export const EDGE_MESSAGES = {
  totals: (labels: readonly string[], rows: readonly number[]): Localized => ({
    vi: `${formatNumber(rows.length, 'vi')} dòng tổng ("${labels.join('", "')}"; dòng ${lines(rows, 'vi')}) không phải đơn vị nên không đưa vào số liệu. Không cần sửa; nếu đó là một đơn vị thật, hãy đổi tên ô cho đúng tên đơn vị.`,
    en: `${formatNumber(rows.length, 'en')} total row(s) ("${labels.join('", "')}"; row ${lines(rows, 'en')}) are not units and are left out of the data. Nothing to fix; if one is a real unit, write its unit's name in the cell.`,
  }),
  footnotes: (rows: readonly number[]): Localized => ({
    vi: `${formatNumber(rows.length, 'vi')} dòng cuối tệp (dòng ${lines(rows, 'vi')}) là ghi chú, nguồn, chữ ký hoặc dòng trống, đã bỏ qua. Nếu có số liệu trong đó, hãy chuyển lên trong bảng.`,
    en: `${formatNumber(rows.length, 'en')} row(s) at the end of the file (row ${lines(rows, 'en')}) are notes, sources, signatures or empty, and are skipped. If one holds figures, move it into the table.`,
  }),
  totalDiffers: (figure: 'plan' | 'actual', stated: number, sum: number, indicator: string, year: number, units: number): Localized => ({
    vi: `Dòng tổng ghi ${figure === 'plan' ? 'KH' : 'TH'} ${formatNumber(stated, 'vi')} nhưng cộng ${formatNumber(units, 'vi')} đơn vị của tệp được ${formatNumber(sum, 'vi', 2)} (${indicator}, ${year}). Kiểm tra dòng tổng hoặc số của các đơn vị.`,
    en: `The total row says ${figure === 'plan' ? 'plan' : 'actual'} ${formatNumber(stated, 'en')} but the file's ${formatNumber(units, 'en')} units add up to ${formatNumber(sum, 'en', 2)} (${indicator}, ${year}). Check the total row or the units' figures.`,
  }),
};
