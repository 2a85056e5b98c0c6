/** Periods as reports write them, read and written back (the codes themselves: period-code.ts, small enough for every page). */
import { foldText } from '../text/text-key';
import type { PeriodCode } from '../model';
import { MONTH_NAMES, monthCode, periodSpan, quarterCode, runningTotalCode, toMonthCode, yearsCode, yearsSpan } from './period-code';

export * from './period-code';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * A period as a file writes it, read: "tháng 3", "Tháng 3/2023", "quý I", "Quý 2", "6 tháng", "6 tháng đầu
 * năm", "lũy kế 5 tháng", "luỹ kế đến tháng 5", "9 tháng", "March", "Q1", "H1", "year to May", "January–May", a code; '' for
 * the year ("năm", "cả năm", "year", empty); null for a text that names no period.
 */
export function readPeriod(text: string): PeriodCode | '' | null {
  const raw = text.trim().toLowerCase();
  if (periodSpan(raw) || yearsSpan(raw)) return raw as PeriodCode;
  // "2021-2025", "giai đoạn 2021–2025", "5 năm 2021 - 2025", "2021–2025 period".
  const years = /^(?:(?:giai đoạn|thời kỳ|kế hoạch|\d+ năm|period)\s+)*((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?:\s+period)?$/u.exec(raw);
  if (years) return yearsSpan(yearsCode(Number(years[1]), Number(years[2]))) ? yearsCode(Number(years[1]), Number(years[2])) : null;
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
  if (cumulative) return runningTotalCode(n);
  return monthCode(n);
}
