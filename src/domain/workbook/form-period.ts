/**
 * The year, or a period within it, from a form's title: "BIỂU 01: KẾT QUẢ THỰC HIỆN … NĂM 2025",
 * "6 THÁNG ĐẦU NĂM 2025", "QUÝ I/2025", "THÁNG 10 NĂM 2025". The date line under a letterhead
 * ("Lai Châu, ngày 10 tháng 01 năm 2026") is when the form was signed, never its period.
 */
import { foldText } from '../text/text-key';
import { isDateLine } from './form-words';
import { monthCode, quarterCode, toMonthCode, type PeriodCode } from '../periods/period-code';

/**
 * The periods of issue 25, kept small: the year; a month; a quarter; the first N months of the year
 * (6 and 9, cumulative from January, "6 tháng đầu năm").
 */
export type FormPeriod =
  | { kind: 'year' }
  | { kind: 'month'; month: number }
  | { kind: 'quarter'; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'first-months'; months: number };

export interface TitlePeriod {
  year: number;
  period: FormPeriod;
  /** The title's text as it stands, and where. */
  text: string;
  /** 1-based sheet row and 0-based column of the cell. */
  row: number;
  col: number;
}

const ROMAN: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const YEAR = '((?:19|20)\\d\\d)';

const RULES: readonly { pattern: RegExp; period: (m: RegExpExecArray) => FormPeriod | null }[] = [
  { pattern: new RegExp(`\\b(\\d{1,2}) thang (?:dau )?nam ${YEAR}\\b`), period: (m) => monthsOf(Number(m[1])) },
  { pattern: new RegExp(`\\bquy (iv|iii|ii|i|[1-4]) (?:nam )?${YEAR}\\b`), period: (m) => ({ kind: 'quarter', quarter: ROMAN[m[1] as string] as 1 | 2 | 3 | 4 }) },
  { pattern: new RegExp(`\\bthang (\\d{1,2}) (?:nam )?${YEAR}\\b`), period: (m) => monthOf(Number(m[1])) },
  { pattern: new RegExp(`\\bnam ${YEAR}\\b`), period: () => ({ kind: 'year' }) },
];
const monthOf = (month: number): FormPeriod | null => (month >= 1 && month <= 12 ? { kind: 'month', month } : null);
/** "6 tháng đầu năm": the first six months; "12 tháng" is the year. */
const monthsOf = (months: number): FormPeriod | null => (months === 12 ? { kind: 'year' } : months >= 2 && months <= 11 ? { kind: 'first-months', months } : null);

/** The period a text names, or null. "QUÝ I/2025" and "quý 1 năm 2025" alike. */
export function periodOf(text: string): { year: number; period: FormPeriod } | null {
  if (isDateLine(text)) return null;
  const folded = foldText(text);
  for (const rule of RULES) {
    const m = rule.pattern.exec(folded);
    if (!m) continue;
    const period = rule.period(m);
    if (period) return { year: Number(m.at(-1)), period };
  }
  return null;
}

/** The first cell of the title block naming a period: the form's title, above the header. */
export function periodFromTitle(cells: readonly { row: number; col: number; text: string }[]): TitlePeriod | null {
  for (const cell of cells) {
    const found = periodOf(cell.text);
    if (found) return { ...found, text: cell.text, row: cell.row, col: cell.col };
  }
  return null;
}

/** "6 tháng đầu năm 2025" / "first 6 months of 2025": the period as a person says it. */
export function periodLabel(year: number, period: FormPeriod): { vi: string; en: string } {
  switch (period.kind) {
    case 'year':
      return { vi: `năm ${year}`, en: `${year}` };
    case 'month':
      return { vi: `tháng ${period.month} năm ${year}`, en: `month ${period.month} of ${year}` };
    case 'quarter':
      return { vi: `quý ${['I', 'II', 'III', 'IV'][period.quarter - 1]} năm ${year}`, en: `Q${period.quarter} ${year}` };
    default:
      return { vi: `${period.months} tháng đầu năm ${year}`, en: `first ${period.months} months of ${year}` };
  }
}

/** The data's period code of a form's period: '' for the year, "month-10", "quarter-1", "to-month-06" (6 tháng đầu năm). */
export function formPeriodCode(period: FormPeriod): PeriodCode | '' {
  switch (period.kind) {
    case 'year':
      return '';
    case 'month':
      return monthCode(period.month);
    case 'quarter':
      return quarterCode(period.quarter);
    default:
      return period.months === 3 ? quarterCode(1) : toMonthCode(period.months);
  }
}
