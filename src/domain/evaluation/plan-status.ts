/**
 * The status of an actual against a plan as written, by one rule (pure domain: the data contract, views and exports take it up next):
 *
 * - **exact** "9%": as always — % KH against the value, direction-aware; exceeded, met, nearly met, missed.
 * - **range** "8–8,5%": met inside (both ends included); exceeded beyond the better end (the high end when
 *   higher is better, the low end when lower is better); short of the worse end, nearly met or missed by
 *   the % KH against that end. % KH is computed against the worse end: the level that meets the plan.
 * - **at least** "trên 57,5%" (strict: the bound itself does not meet it) / "từ 8% trở lên": met when
 *   the bound holds, never "exceeded" (a floor is held or not); else nearly met or missed by % KH against
 *   the bound. **at most** "dưới 12%" / "không quá 3%": the same, as a ceiling. The bound's own sense
 *   decides, whatever the indicator's direction: % KH against a floor is actual ÷ bound, against a ceiling
 *   bound ÷ actual.
 * - **about** "khoảng 9%": met within the tolerance (±5% of the value by default, configurable), exceeded
 *   beyond it on the better side, nearly met or missed beyond it on the worse side; % KH against the value.
 */
import type { Direction } from '../model';
import type { Localized } from '../issues';
import type { Measure } from '../numbers/measure';
import { formatNumber } from '../numbers/format';
import { percentOfPlan } from './percent-of-plan';
import { classifyStatus, DEFAULT_THRESHOLDS, type Status, type StatusThresholds } from './status';
import { formatPlan, parsePlanText, type PlanForm } from './plan-form';

export interface PlanRule {
  thresholds: StatusThresholds;
  /** "khoảng X" is met within ± this share of X (0.05: ±5%). */
  aboutTolerance: number;
}

export const DEFAULT_PLAN_RULE: PlanRule = { thresholds: DEFAULT_THRESHOLDS, aboutTolerance: 0.05 };

export interface PlanVerdict {
  status: Status;
  /** % KH against `point`, direction-aware; none without an actual (or at a zero point). */
  percent: Measure;
  /** The point of the plan % KH is computed against, and why it is that one. */
  point: number;
  pointReason: Localized;
  pointWhy: Localized;
}

/**
 * The point % KH is computed against: the value, a range's worse end (the level that meets it), the bound.
 * `reason` follows the percent as the report writes it ("đạt 103,8% so với mức thấp của KH 8–8,5");
 * `why` says why that point.
 */
export function planPoint(form: PlanForm, direction: Direction): { point: number; reason: Localized; why: Localized } {
  const vi = formatPlan(form, 'vi');
  const en = formatPlan(form, 'en');
  switch (form.kind) {
    case 'range': {
      const higher = direction === 'higher_is_better';
      return higher
        ? { point: form.low, reason: { vi: `so với mức thấp của KH ${vi}`, en: `of the low end of the plan ${en}` }, why: { vi: 'mức thấp là mức đủ để đạt KH', en: 'the low end is the level that meets the plan' } }
        : { point: form.high, reason: { vi: `so với mức cao của KH ${vi}`, en: `of the high end of the plan ${en}` }, why: { vi: 'với chỉ tiêu càng thấp càng tốt, mức cao là mức đủ để đạt KH', en: 'for a lower-is-better indicator the high end is the level that meets the plan' } };
    }
    case 'at-least':
    case 'at-most':
      return { point: form.value, reason: { vi: `so với ngưỡng KH ${vi}`, en: `of the plan's bound ${en}` }, why: { vi: 'KH là một ngưỡng: đạt khi vượt qua ngưỡng, không có mức "vượt KH"', en: 'the plan is a bound: met when it holds, never "exceeded"' } };
    case 'about':
      return { point: form.value, reason: { vi: `so với KH ${vi}`, en: `of the plan ${en}` }, why: { vi: `đạt khi trong khoảng ±${formatNumber(DEFAULT_PLAN_RULE.aboutTolerance * 100, 'vi')}% quanh mức KH`, en: `met within ±${formatNumber(DEFAULT_PLAN_RULE.aboutTolerance * 100, 'en')}% of the plan's value` } };
    default:
      return { point: form.value, reason: { vi: 'so với KH', en: 'of plan' }, why: { vi: '', en: '' } };
  }
}

/** A miss judged by how close it came: nearly met or missed, never met (the plan's own test said no). */
const shortOf = (percent: Measure, thresholds: StatusThresholds): Status => (percent.kind === 'value' && percent.value >= thresholds.nearlyMet ? 'nearly-met' : 'missed');

/** A bound's own sense: a floor reads as higher-is-better, a ceiling as lower-is-better, whatever the indicator. */
const senseOf = (form: PlanForm, direction: Direction): Direction => (form.kind === 'at-least' ? 'higher_is_better' : form.kind === 'at-most' ? 'lower_is_better' : direction);

export function planVerdict(form: PlanForm, direction: Direction, actual: number | null, rule: PlanRule = DEFAULT_PLAN_RULE): PlanVerdict {
  const { point, reason, why } = planPoint(form, direction);
  const percent = percentOfPlan(senseOf(form, direction), point, actual);
  const verdict = (status: Status): PlanVerdict => ({ status: actual === null ? 'no-data' : status, percent, point, pointReason: reason, pointWhy: why });
  if (actual === null) return verdict('no-data');
  const better = (a: number, b: number) => (direction === 'higher_is_better' ? a > b : a < b);
  switch (form.kind) {
    case 'exact':
      return verdict(classifyStatus(percent, rule.thresholds));
    case 'range': {
      if (actual >= form.low && actual <= form.high) return verdict('met');
      const betterEnd = direction === 'higher_is_better' ? form.high : form.low;
      return verdict(better(actual, betterEnd) ? 'exceeded' : shortOf(percent, rule.thresholds));
    }
    case 'at-least': {
      const holds = form.strict ? actual > form.value : actual >= form.value;
      return verdict(holds ? 'met' : shortOf(percent, rule.thresholds));
    }
    case 'at-most': {
      const holds = form.strict ? actual < form.value : actual <= form.value;
      return verdict(holds ? 'met' : shortOf(percent, rule.thresholds));
    }
    case 'about': {
      const margin = Math.abs(form.value) * rule.aboutTolerance;
      if (Math.abs(actual - form.value) <= margin + 1e-9) return verdict('met');
      return verdict(better(actual, form.value) ? 'exceeded' : shortOf(percent, rule.thresholds));
    }
  }
}

/** Plans closer than this to their point are the same plan (a file's rounding of the point it wrote). */
const SAME_POINT = 1e-9;

/** Whether a plan column's number is the point a plan's words give (within a file's rounding of it). */
export const samePoint = (plan: number, point: number): boolean => Math.abs(point - plan) <= SAME_POINT * Math.max(1, Math.abs(plan));

/**
 * A plan as printed read back beside its stored point: the form whose point is `plan` (read as Vietnamese
 * writes numbers, else as English does: "8,5" and "8.5" are both the file's), or null when the text is no
 * plan or names another point. A plain number ("9%") is null too: it is the number itself.
 */
export function planFormOf(text: string, plan: number | null, direction: Direction): PlanForm | null {
  for (const locale of ['vi', 'en'] as const) {
    const reading = parsePlanText(text, locale);
    if (!reading.ok || reading.form.kind === 'exact') continue;
    const { point } = planPoint(reading.form, direction);
    if (plan === null || samePoint(plan, point)) return reading.form;
  }
  return null;
}
