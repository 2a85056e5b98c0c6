/**
 * Plans as the province writes them, read where a file gives them: a plan cell that is no number
 * ("8 - 8,5", "Dưới 12", "khoảng 9%") and the `plan_text` column (the plan as printed beside its point).
 * The plan stored is the point % KH is computed against (plan-status.ts); the text is kept as written.
 */
import type { Direction } from '../model';
import type { Localized } from '../issues';
import type { NumberLocale } from '../numbers/numbers';
import { formatNumber } from '../numbers/format';
import { parsePlanText, type PlanReading } from '../evaluation/plan-form';
import { planPoint, samePoint } from '../evaluation/plan-status';
import { readMultiYearPlan } from '../periods/multi-year';

type Parse = (written: string, locale: NumberLocale) => PlanReading;
/** A multi-year target's words ("tăng bình quân 9 - 10%/năm", "3.000 tỷ đồng vào năm 2025") read for its form; the measure stays in the text. */
const parseMultiYear: Parse = (written, locale) => {
  const reading = readMultiYearPlan(written, locale);
  return reading.ok ? { ok: true, form: reading.form, unit: reading.unit } : reading;
};

export interface PlanCell {
  /** The plan's point; NaN for none. */
  point: number;
  /** The plan as written, or the empty text when it is one number. */
  text: string;
}

/**
 * The text read in the file's number format, or in the other when it reads only that way ("8 - 8,5" in a
 * sheet whose numbers are cells of dot decimals: the words are a person's, in Vietnamese). When the file's
 * format is not known yet, in both, and only when they agree ("8 - 9.500" reads two ways: none — the
 * number's own error asks).
 */
function read(written: string, locale: NumberLocale | 'auto', parse: Parse = parsePlanText): PlanReading {
  const vi = parse(written, 'vi');
  const en = parse(written, 'en');
  if (locale === 'vi') return vi.ok ? vi : en.ok ? en : vi;
  if (locale === 'en') return en.ok ? en : vi.ok ? vi : en;
  if (vi.ok && en.ok) return JSON.stringify(vi.form) === JSON.stringify(en.form) ? vi : { ok: false, reason: 'not-a-plan' };
  return vi.ok ? vi : en.ok ? en : vi;
}

/** A multi-year target keeps its words even for one number: they say how it is measured ("… vào năm 2025"). */
const cellOf = (reading: Extract<PlanReading, { ok: true }>, written: string, direction: Direction, multiYear = false): PlanCell =>
  reading.form.kind === 'exact' ? { point: reading.form.value, text: multiYear ? written : '' } : { point: planPoint(reading.form, direction).point, text: written };

/**
 * A plan cell that is not a number, read as a range, bound or approximation ("8 - 8,5" → 8 for a
 * higher-is-better indicator), or null: a cell that reads as one number only is the number reader's to judge.
 */
export function readPlanCell(written: string, locale: NumberLocale | 'auto', direction: Direction, multiYear = false): PlanCell | null {
  const reading = read(written, locale, multiYear ? parseMultiYear : parsePlanText);
  return reading.ok && (multiYear || reading.form.kind !== 'exact') ? cellOf(reading, written, direction, multiYear) : null;
}

const EXAMPLES: Localized = { vi: '"8 - 8,5", "trên 57,5", "từ 8 trở lên", "dưới 12", "khoảng 9" hoặc một số', en: '"8 - 8.5", "above 57.5", "8 or more", "below 12", "about 9" or a number' };

/**
 * The `plan_text` cell beside the plan column: the plan as printed, so in the document's number format
 * whatever the file's ("khoảng 51,5" in a file of dot decimals): read both ways, the reading whose point
 * is the plan column's number taken (the file's own format first). The point fills an empty plan column;
 * a plan column that names another point is an error, said with the point the text gives and why.
 */
export function checkPlanText(written: string, plan: number, locale: NumberLocale | 'auto', direction: Direction, multiYear = false): ({ ok: true } & PlanCell) | { ok: false; message: Localized } {
  const order: readonly NumberLocale[] = locale === 'en' ? ['en', 'vi'] : ['vi', 'en'];
  const readings = order.map((one) => (multiYear ? parseMultiYear : parsePlanText)(written, one));
  const read = readings.filter((r): r is Extract<PlanReading, { ok: true }> => r.ok);
  if (read.length === 0)
    return readings.some((r) => !r.ok && r.reason === 'reversed-range')
      ? { ok: false, message: { vi: `Khoảng kế hoạch "${written}" ghi mức cao trước. Cách sửa: ghi mức thấp trước, ví dụ "8 - 8,5".`, en: `The plan range "${written}" puts the high end first. Fix: write the low end first, e.g. "8 - 8.5".` } }
      : { ok: false, message: { vi: `"${written}" không đọc được thành kế hoạch. Cách sửa: ghi như ${EXAMPLES.vi}.`, en: `"${written}" does not read as a plan. Fix: write it as ${EXAMPLES.en}.` } };
  const cells = read.map((reading) => cellOf(reading, written, direction, multiYear));
  if (Number.isNaN(plan)) {
    // No number beside it: two readings that differ ("8 - 1.862") need the file's format to choose.
    if (locale === 'auto' && cells.length === 2 && cells[0]!.point !== cells[1]!.point)
      return { ok: false, message: { vi: `"${written}" đọc được hai cách (kiểu Việt Nam và kiểu Anh). Cách sửa: ghi số ở cột kế hoạch, hoặc chọn định dạng số của tệp.`, en: `"${written}" reads two ways (Vietnamese and English numbers). Fix: write the number in the plan column, or choose the file's number format.` } };
    return { ok: true, ...cells[0]! };
  }
  const same = cells.find((cell) => samePoint(plan, cell.point));
  if (same) return { ok: true, ...same };
  const reading = read[0]!;
  const cell = cells[0]!;
  const why = reading.form.kind === 'exact' ? { vi: '', en: '' } : planPoint(reading.form, direction).reason;
  const point = (language: 'vi' | 'en') => formatNumber(cell.point, language);
  return {
    ok: false,
    message: {
      vi: `Cột kế hoạch ghi ${formatNumber(plan, 'vi')} nhưng kế hoạch nguyên văn "${written}" cho mức ${point('vi')}${why.vi ? ` (% KH tính ${why.vi})` : ''}. Cách sửa: ghi ${point('vi')} ở cột kế hoạch, hoặc để trống cột đó.`,
      en: `The plan column says ${formatNumber(plan, 'en')} but the plan as written "${written}" gives ${point('en')}${why.en ? ` (% of plan is computed ${why.en})` : ''}. Fix: write ${point('en')} in the plan column, or leave it empty.`,
    },
  };
}
