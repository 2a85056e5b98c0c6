/**
 * Periods within the year, as the statistics office's monthly and quarterly reports give them: a month
 * ("tháng 3"), a quarter ("quý I"), or the running total from January ("lũy kế 5 tháng", "6 tháng đầu
 * năm", "9 tháng"). The year is no period code: a row without one is the year's figure, as every file
 * before periods wrote it.
 *
 * Codes, as the canonical file writes them: `month-03` (March alone), `quarter-1` (January–March as one
 * quarter; also "3 tháng", the running total to March), `to-month-05` (January to May, cumulative: "lũy kế 5 tháng"; `to-month-06` is "6 tháng",
 * `to-month-09` "9 tháng").
 */
import type { PeriodCode } from '../model';
import { capitalize } from '../text/capitalize';

export type { PeriodCode };

export interface PeriodSpan {
  /** First and last month the figure covers, 1–12. */
  first: number;
  last: number;
  /** A running total from January (lũy kế). */
  cumulative: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const monthCode = (m: number): PeriodCode => `month-${pad(m)}`;
export const toMonthCode = (m: number): PeriodCode => `to-month-${pad(m)}`;
export const quarterCode = (q: 1 | 2 | 3 | 4): PeriodCode => `quarter-${q}`;
/** January to month m as one code: the month itself for January, the first quarter for March, the year ('') for December. */
export const runningTotalCode = (m: number): PeriodCode | '' => (m === 1 ? monthCode(1) : m === 3 ? quarterCode(1) : m === 12 ? '' : toMonthCode(m));

const CODE = /^(month|to-month)-(0[1-9]|1[0-2])$|^quarter-([1-4])$/;

/** The months a period code covers; null for a text that is no code (the year is ''). */
export function periodSpan(code: string): PeriodSpan | null {
  const m = CODE.exec(code);
  if (!m) return null;
  if (m[3]) {
    const q = Number(m[3]);
    return { first: 3 * q - 2, last: 3 * q, cumulative: q === 1 };
  }
  const month = Number(m[2]);
  // January to January is the month, to March the first quarter, to December the year: none has a second code.
  if (m[1] === 'to-month' && (month === 1 || month === 3 || month === 12)) return null;
  return m[1] === 'month' ? { first: month, last: month, cumulative: month === 1 } : { first: 1, last: month, cumulative: true };
}

/** Every period code, in the order a report lists them within the year: by last month, the shorter first. */
export const PERIOD_CODES: readonly PeriodCode[] = [
  ...Array.from({ length: 12 }, (_, k) => monthCode(k + 1)),
  ...([1, 2, 3, 4] as const).map(quarterCode),
  ...[2, 4, 5, 6, 7, 8, 9, 10, 11].map(toMonthCode),
].sort((a, b) => periodSpan(a)!.last - periodSpan(b)!.last || periodSpan(b)!.first - periodSpan(a)!.first || a.localeCompare(b));

/**
 * Several years, as a multi-year plan names them: `years-2021-2025` (giai đoạn 2021–2025), 2 to 10 years. A row
 * of one keeps its last year as its year, so the year and the span's length tell it apart from any other.
 */
const YEARS_CODE = /^years-((?:19|20)\d\d)-((?:19|20)\d\d)$/;
export const MAX_PLAN_YEARS = 10;

/** The first and last year of a multi-year period code, or null for any other text. */
export function yearsSpan(code: string): { first: number; last: number } | null {
  const m = YEARS_CODE.exec(code);
  if (!m) return null;
  const first = Number(m[1]);
  const last = Number(m[2]);
  return last > first && last - first < MAX_PLAN_YEARS ? { first, last } : null;
}
export const yearsCode = (first: number, last: number): PeriodCode => `years-${first}-${last}`;
export const isMultiYear = (code: string): boolean => yearsSpan(code) !== null;

/** How many slots a row's period takes in a key: the year (slot 0), each code in PERIOD_CODES' order, then a multi-year span by its length. */
export const PERIOD_SLOTS = PERIOD_CODES.length + MAX_PLAN_YEARS;
const SLOT_OF = new Map<string, number>([['', 0], ...PERIOD_CODES.map((code, k) => [code, k + 1] as const)]);

/**
 * A row's period as a small number for keys and sorting: 0 the year, 1… the codes within the year in report
 * order, then a multi-year span by its length (with the row's year, its last, that names it); -1 for no period code.
 */
export function periodSlot(code: string): number {
  const slot = SLOT_OF.get(code);
  if (slot !== undefined) return slot;
  const span = yearsSpan(code);
  return span ? PERIOD_CODES.length + (span.last - span.first) : -1;
}
/** Whether a slot is a period within the year (the in-year view's). */
export const isInYearSlot = (slot: number): boolean => slot > 0 && slot <= PERIOD_CODES.length;
/** Whether a slot is a multi-year span's (a five-year plan's target). */
export const isMultiYearSlot = (slot: number): boolean => slot > PERIOD_CODES.length && slot < PERIOD_SLOTS;
/** The period of a slot in a row of that year: '' for the year's figure. */
export function periodOfSlot(slot: number, year: number): PeriodCode | '' {
  if (slot === 0) return '';
  return isInYearSlot(slot) ? PERIOD_CODES[slot - 1]! : yearsCode(year - (slot - PERIOD_CODES.length), year);
}

/** English month names, lower case: read in files (period.ts) and written in labels. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const ROMAN_OF = ['', 'I', 'II', 'III', 'IV'];

/** A period as a label or the start of a line: "Tháng 3", "6 tháng", "Cả năm"; "Q1", "Six months", "Year". */
export const periodLabel = (code: PeriodCode | '', language: 'vi' | 'en'): string => capitalize(formatPeriod(code, language));

/** "tháng 3", "quý I", "lũy kế 5 tháng", "6 tháng", "9 tháng", "cả năm", "giai đoạn 2021–2025"; "March", "Q1", "January–May", "six months", "nine months", "year", "2021–2025". */
export function formatPeriod(code: PeriodCode | '', language: 'vi' | 'en'): string {
  const years = code === '' ? null : yearsSpan(code);
  if (years) return language === 'vi' ? `giai đoạn ${years.first}–${years.last}` : `${years.first}–${years.last}`;
  const span = code === '' ? null : periodSpan(code);
  if (!span) return language === 'vi' ? 'cả năm' : 'year';
  const q = /^quarter-(\d)$/.exec(code)?.[1];
  if (q) return language === 'vi' ? `quý ${ROMAN_OF[Number(q)]}` : `Q${q}`;
  if (span.first === span.last) return language === 'vi' ? `tháng ${span.last}` : MONTH_NAMES[span.last - 1]!.replace(/^./, (c) => c.toUpperCase());
  if (span.last === 6) return language === 'vi' ? '6 tháng' : 'six months';
  if (span.last === 9) return language === 'vi' ? '9 tháng' : 'nine months';
  return language === 'vi' ? `lũy kế ${span.last} tháng` : `January–${MONTH_NAMES[span.last - 1]!.replace(/^./, (c) => c.toUpperCase())}`;
}

