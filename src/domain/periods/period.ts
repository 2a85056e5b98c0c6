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
import { foldText } from '../text/text-key';
import type { PeriodCode } from '../model';

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

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A period as a file writes it, read: "tháng 3", "Tháng 3/2023", "quý I", "Quý 2", "6 tháng", "6 tháng đầu
 * năm", "lũy kế 5 tháng", "luỹ kế đến tháng 5", "9 tháng", "March", "Q1", "H1", "year to May", "January–May", a code; '' for
 * the year ("năm", "cả năm", "year", empty); null for a text that names no period.
 */
export function readPeriod(text: string): PeriodCode | '' | null {
  const raw = text.trim().toLowerCase();
  if (periodSpan(raw)) return raw as PeriodCode;
  // foldText reads "3/2023" as "3 2023": a trailing year is dropped, the period is what is left.
  const t = foldText(text).replace(/\s+(?:nam\s+)?\d{4}$/, '').trim();
  if (t === '' || ['nam', 'ca nam', 'year', 'full year', 'annual', '12 thang', 'luy ke 12 thang', 'luy ke ca nam'].includes(t)) return '';
  let m = /^(?:thang|month|t)\s*(\d{1,2})$/.exec(t);
  if (m) return month(Number(m[1]), false);
  m = /^(?:luy ke|luy ke den|luy ke tu dau nam den|tu dau nam den)\s+(?:thang\s+)?(\d{1,2})(?:\s+thang)?$/.exec(t);
  if (m) return month(Number(m[1]), true);
  m = /^(?:luy ke\s+)?(\d{1,2})\s+thang(?:\s+dau(?:\s+nam)?)?$/.exec(t);
  if (m) return month(Number(m[1]), true);
  m = /^(?:quy|quarter|q)\s*(i{1,3}|iv|[1-4])$/.exec(t);
  if (m) return quarterCode((ROMAN[m[1]!] ?? Number(m[1])) as 1 | 2 | 3 | 4);
  if (['h1', 'first half', 'six months', '6 months', 'sau thang', 'sau thang dau', 'sau thang dau nam'].includes(t)) return toMonthCode(6);
  if (['nine months', '9 months', 'chin thang', '9m'].includes(t)) return toMonthCode(9);
  m = /^(?:year to|ytd|january to|january)\s+(\w+)$/.exec(t);
  if (m) return month(MONTH_NAMES.indexOf(m[1]!) + 1 || Number(m[1]), true);
  const name = MONTH_NAMES.indexOf(t);
  if (name >= 0) return monthCode(name + 1);
  return null;
}

/** Month n alone or January to n as a code; '' for the whole year; null for no month. */
function month(n: number, cumulative: boolean): PeriodCode | '' | null {
  if (!Number.isInteger(n) || n < 1 || n > 12) return null;
  if (cumulative) return n === 12 ? '' : n === 1 ? monthCode(1) : n === 3 ? quarterCode(1) : toMonthCode(n);
  return monthCode(n);
}

const ROMAN_OF = ['', 'I', 'II', 'III', 'IV'];

/** "tháng 3", "quý I", "lũy kế 5 tháng", "6 tháng", "9 tháng", "cả năm"; "March", "Q1", "January–May", "six months", "nine months", "year". */
export function formatPeriod(code: PeriodCode | '', language: 'vi' | 'en'): string {
  const span = code === '' ? null : periodSpan(code);
  if (!span) return language === 'vi' ? 'cả năm' : 'year';
  const q = /^quarter-(\d)$/.exec(code)?.[1];
  if (q) return language === 'vi' ? `quý ${ROMAN_OF[Number(q)]}` : `Q${q}`;
  if (span.first === span.last) return language === 'vi' ? `tháng ${span.last}` : MONTH_NAMES[span.last - 1]!.replace(/^./, (c) => c.toUpperCase());
  if (span.last === 6) return language === 'vi' ? '6 tháng' : 'six months';
  if (span.last === 9) return language === 'vi' ? '9 tháng' : 'nine months';
  return language === 'vi' ? `lũy kế ${span.last} tháng` : `January–${MONTH_NAMES[span.last - 1]!.replace(/^./, (c) => c.toUpperCase())}`;
}

/** How many slots a row's period takes in a key: the year (slot 0), then each code in PERIOD_CODES' order. */
export const PERIOD_SLOTS = PERIOD_CODES.length + 1;
const SLOT_OF = new Map<string, number>([['', 0], ...PERIOD_CODES.map((code, k) => [code, k + 1] as const)]);

/** A row's period as a small number for keys and sorting: 0 the year, 1… the codes in report order; -1 for a text that is no period code. */
export const periodSlot = (code: string): number => SLOT_OF.get(code) ?? -1;
/** The period of a slot: '' for the year. */
export const periodOfSlot = (slot: number): PeriodCode | '' => (slot === 0 ? '' : PERIOD_CODES[slot - 1]!);
