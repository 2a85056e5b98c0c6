/**
 * A % KH column judged whole: every printed % KH is already checked against its own plan and actual
 * (the percent-mismatch warning); a column most of whose rows disagree is not a % KH at all (a plan
 * or an actual mapped as % KH, which would print every unit "không đạt"), and its mapping is refused.
 */
import { issue, type Localized, type ParseIssue } from '../issues';
import { formatNumber } from '../numbers/format';

export interface PercentExample {
  row: number;
  plan: number;
  actual: number;
  reported: number;
  computed: number;
}

/** One % KH column's rows that had all three figures, and those that disagreed (> 1 point). */
export interface PercentColumnCheck {
  column: string;
  checked: number;
  disagreeing: number;
  example: PercentExample | null;
}

/** Counts, per % KH column, the rows checked and the rows that disagree. */
export class PercentColumnTally {
  private readonly byColumn = new Map<string, PercentColumnCheck>();

  add(column: string, disagrees: boolean, example: () => PercentExample): void {
    let check = this.byColumn.get(column);
    if (!check) this.byColumn.set(column, (check = { column, checked: 0, disagreeing: 0, example: null }));
    check.checked++;
    if (!disagrees) return;
    check.disagreeing++;
    check.example ??= example();
  }

  result(): PercentColumnCheck[] {
    return [...this.byColumn.values()];
  }
}

/** A column is refused when more than half of its checked rows disagree with their own plan and actual. */
export const isRefused = (check: PercentColumnCheck): boolean => check.disagreeing * 2 > check.checked;

const n = (value: number, language: 'vi' | 'en') => formatNumber(value, language, 2);

export function percentColumnRefusedMessage(check: PercentColumnCheck): Localized {
  const e = check.example;
  const example = (language: 'vi' | 'en') =>
    !e ? '' : language === 'vi'
      ? ` Ví dụ dòng ${e.row}: KH ${n(e.plan, 'vi')}, TH ${n(e.actual, 'vi')}, cột ghi ${n(e.reported, 'vi')}% nhưng tính được ${n(e.computed, 'vi')}%.`
      : ` For example row ${e.row}: plan ${n(e.plan, 'en')}, actual ${n(e.actual, 'en')}, the column says ${n(e.reported, 'en')}% but they give ${n(e.computed, 'en')}%.`;
  return {
    vi: `Cột "${check.column}" không phải % KH: ${formatNumber(check.disagreeing, 'vi')}/${formatNumber(check.checked, 'vi')} dòng lệch hơn 1 điểm so với KH và TH của chính dòng đó.${example('vi')} Hãy gán cột này là Kế hoạch / Thực hiện, hoặc bỏ qua cột.`,
    en: `Column "${check.column}" is not a % of plan: ${formatNumber(check.disagreeing, 'en')} of ${formatNumber(check.checked, 'en')} rows differ by more than 1 point from their own plan and actual.${example('en')} Map this column to Plan / Actual, or leave it out.`,
  };
}

/** The refused columns, each an error of the header row naming the column, the count and one example. */
export function percentColumnIssues(checks: readonly PercentColumnCheck[]): ParseIssue[] {
  return checks.filter(isRefused).map((check) =>
    issue('error', 'percent-column-refused', { row: 1, column: check.column, value: check.example ? String(check.example.reported) : null }, percentColumnRefusedMessage(check)));
}
