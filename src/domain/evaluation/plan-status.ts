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
import { formatPlan, type PlanForm } from './plan-form';

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
}

/** The point % KH is computed against: the value, a range's worse end (the level that meets it), the bound. */
export function planPoint(form: PlanForm, direction: Direction): { point: number; reason: Localized } {
  const n = (v: number, language: 'vi' | 'en') => formatNumber(v, language);
  switch (form.kind) {
    case 'range': {
      const higher = direction === 'higher_is_better';
      const point = higher ? form.low : form.high;
      return {
        point,
        reason: higher
          ? { vi: `so với mức thấp của KH ${formatPlan(form, 'vi')} (${n(point, 'vi')}): mức đủ để đạt KH`, en: `against the low end of the plan ${formatPlan(form, 'en')} (${n(point, 'en')}): the level that meets it` }
          : { vi: `so với mức cao của KH ${formatPlan(form, 'vi')} (${n(point, 'vi')}): mức đủ để đạt KH với chỉ tiêu càng thấp càng tốt`, en: `against the high end of the plan ${formatPlan(form, 'en')} (${n(point, 'en')}): the level that meets it for a lower-is-better indicator` },
      };
    }
    case 'at-least':
    case 'at-most':
      return { point: form.value, reason: { vi: `so với ngưỡng của KH ${formatPlan(form, 'vi')}`, en: `against the plan's bound ${formatPlan(form, 'en')}` } };
    default:
      return { point: form.value, reason: { vi: 'so với KH', en: 'against the plan' } };
  }
}

/** A miss judged by how close it came: nearly met or missed, never met (the plan's own test said no). */
const shortOf = (percent: Measure, thresholds: StatusThresholds): Status => (percent.kind === 'value' && percent.value >= thresholds.nearlyMet ? 'nearly-met' : 'missed');

/** A bound's own sense: a floor reads as higher-is-better, a ceiling as lower-is-better, whatever the indicator. */
const senseOf = (form: PlanForm, direction: Direction): Direction => (form.kind === 'at-least' ? 'higher_is_better' : form.kind === 'at-most' ? 'lower_is_better' : direction);

export function planVerdict(form: PlanForm, direction: Direction, actual: number | null, rule: PlanRule = DEFAULT_PLAN_RULE): PlanVerdict {
  const { point, reason } = planPoint(form, direction);
  const percent = percentOfPlan(senseOf(form, direction), point, actual);
  const verdict = (status: Status): PlanVerdict => ({ status: actual === null ? 'no-data' : status, percent, point, pointReason: reason });
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
