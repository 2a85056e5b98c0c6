/**
 * What validate-observations says about a row, in Vietnamese and English: each message names the value
 * and the fix. Built only for the rows that have something to say.
 */
import type { Area } from '../model';
import type { Localized } from '../issues';
import { fullName, validityProblem } from '../areas/areas';
import { formatNumber } from '../numbers/format';
import type { NumberReading } from '../numbers/numbers';

const viDate = (iso: string) => iso.split('-').reverse().join('/');
const orList = (names: string[], or: string) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${or} ${names.at(-1)}`);
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** "huyện Than Uyên không còn từ 01/07/2025 — có phải xã Than Uyên, Mường Kim, Khoen On hoặc Mường Than?" */
export function outOfForceMessage(area: Area, successors: readonly Area[], year: number): Localized {
  const problem = validityProblem(area, year);
  const name = fullName(area);
  const successorNames = successors.map((a, i) => (i === 0 ? fullName(a) : a.name));
  if (problem?.kind === 'not-yet')
    return { vi: `${name} có từ ${viDate(problem.date)}, chưa có số liệu năm ${year}. Cách sửa: kiểm tra năm hoặc ghi đơn vị cũ.`, en: `${name} exists from ${problem.date}, not in ${year}. Fix: check the year or name the former unit.` };
  const since = problem ? viDate(nextDay(problem.date)) : '';
  const ask = successorNames.length > 0 ? { vi: ` — có phải ${orList(successorNames, 'hoặc')}?`, en: ` — did you mean ${orList(successorNames, 'or')}?` } : { vi: '.', en: '.' };
  return {
    vi: `${name} không còn từ ${since}${ask.vi} Số liệu năm ${year} thuộc đơn vị còn hiệu lực cuối năm đó; chọn đơn vị kế tục ở mục «Đơn vị chưa có trong danh mục».`,
    en: `${name} no longer exists from ${problem ? nextDay(problem.date) : ''}${ask.en} A ${year} figure belongs to the units in force at the end of that year; choose the successor under "Areas not in the catalog".`,
  };
}

export const aliasedOutOfForceMessage = (areaText: string, area: Area, message: Localized): Localized => ({
  vi: `"${areaText}" được gán cho ${fullName(area)}, nhưng ${message.vi}`, en: `"${areaText}" is mapped to ${fullName(area)}, but ${message.en}`,
});

export const emptyAreaMessage = (names: string): Localized => ({ vi: `Thiếu tên đơn vị. Hãy điền một trong: ${names}…`, en: `The area is empty. Fill in an area such as ${names}…` });
export const unknownAreaMessage = (areaText: string, names: string): Localized => ({ vi: `"${areaText}" không phải đơn vị đã biết. Có phải: ${names}?`, en: `"${areaText}" is not a known area. Did you mean: ${names}?` });
export const yearMessage = (yearText: string): Localized => ({
  vi: `Năm "${yearText}" không hợp lệ. Ghi năm bằng 4 chữ số, ví dụ 2020.`, en: `Year "${yearText}" is not valid. Write a four-digit year such as 2020.`,
});
export const unknownIndicatorMessage = (indicatorText: string, names: string): Localized => ({
  vi: `"${indicatorText}" không có trong danh mục chỉ tiêu. Có phải: ${names}?`, en: `"${indicatorText}" is not in the indicator catalog. Did you mean: ${names}?`,
});
export const NOT_FINITE: Localized = { vi: 'Không phải số hữu hạn.', en: 'Not a finite number.' };
export const NO_FIGURE: Localized = { vi: 'Dòng không có số liệu: hãy điền kế hoạch, thực hiện hoặc % KH, hoặc xoá dòng.', en: 'The row has no figure: fill in the plan, the actual or the % of plan, or delete the row.' };

/** Why a cell is not a number in the file's locale. */
export function numberMessage(value: string, reading: Exclude<NumberReading, { ok: true }>): Localized {
  if (reading.code === 'ambiguous') {
    const { vi, en } = reading.readings;
    return {
      vi: `"${value}" đọc được hai cách: ${formatNumber(vi, 'vi')} (kiểu Việt Nam) hoặc ${formatNumber(en, 'vi')} (kiểu Anh). Hãy chọn định dạng số của tệp.`,
      en: `"${value}" reads two ways: ${formatNumber(vi, 'en')} (Vietnamese style) or ${formatNumber(en, 'en')} (English style). Choose the file's number format.`,
    };
  }
  if (reading.code === 'wrong-locale') {
    const other = formatNumber(reading.otherReading, reading.locale);
    return {
      vi: `"${value}" không đúng định dạng số ${reading.locale === 'vi' ? 'Việt Nam' : 'tiếng Anh'} của tệp. Nếu là ${formatNumber(reading.otherReading, 'vi')}, hãy ghi ${other}.`,
      en: `"${value}" is not in the file's ${reading.locale === 'vi' ? 'Vietnamese' : 'English'} number format. If you mean ${formatNumber(reading.otherReading, 'en')}, write ${other}.`,
    };
  }
  return { vi: `"${value}" không phải là số. Chỉ ghi số (ví dụ 1.862 hoặc 24,88) hoặc để trống.`, en: `"${value}" is not a number. Write a number (e.g. 1.862 or 24,88) or leave the cell empty.` };
}

export const unitMessage = (unit: string, catalogUnit: string): Localized => ({
  vi: `Đơn vị "${unit}" khác danh mục (${catalogUnit}). Kiểm tra số liệu có cùng đơn vị.`,
  en: `Unit "${unit}" differs from the catalog (${catalogUnit}). Check the figures use the same unit.`,
});

export const percentMismatchMessage = (reported: number, computed: number): Localized => ({
  vi: `% KH in trong báo cáo (${formatNumber(reported, 'vi')}%) lệch hơn 1 điểm so với tính từ KH và TH (${formatNumber(computed, 'vi', 2)}%). Kiểm tra lại một trong ba số.`,
  en: `The printed % of plan (${formatNumber(reported, 'en')}%) differs by more than 1 point from plan and actual (${formatNumber(computed, 'en', 2)}%). Check one of the three figures.`,
});

const MAGNITUDE_RATIO = 300;

/** A figure ~300× off its own history (the median of its area × indicator) is probably in the wrong unit. */
export function magnitudeMessage(value: number | null, typical: number | undefined): Localized | null {
  if (!typical || value === null || value === 0) return null;
  const ratio = Math.abs(value) / typical;
  if (ratio < MAGNITUDE_RATIO && ratio > 1 / MAGNITUDE_RATIO) return null;
  const times = ratio >= 1 ? Math.round(ratio) : Math.round(1 / ratio);
  const direction = ratio >= 1 ? { vi: 'lớn hơn', en: 'larger' } : { vi: 'nhỏ hơn', en: 'smaller' };
  return {
    vi: `Số này ${direction.vi} khoảng ${formatNumber(times, 'vi')} lần so với các năm khác của đơn vị (${formatNumber(typical, 'vi')}). Có nhầm triệu đồng với tỷ đồng không?`,
    en: `This figure is about ${formatNumber(times, 'en')} times ${direction.en} than the area's other years (${formatNumber(typical, 'en')}). Million and billion mixed up?`,
  };
}
