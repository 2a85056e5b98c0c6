import type { Indicator, Observation } from '../model';
import type { Measure } from '../numbers/measure';
import { derivePlanFromPercent, percentOfPlan } from './percent-of-plan';
import { classifyStatus, DEFAULT_THRESHOLDS, type Status, type StatusThresholds } from './status';
import { formatPlan, type PlanForm } from './plan-form';
import type { Language } from '../numbers/format';
import { DEFAULT_PLAN_RULE, planFormOf, planVerdict } from './plan-status';
import type { Localized } from '../issues';

/**
 * A plan as printed (given) or implied by "đạt X% KH" (derived) — always shown as such. A given plan
 * printed as more than one number ("8–8,5%", "dưới 12%") keeps its `form`; `value` is then its point.
 */
export type PlanValue =
  | { kind: 'value'; value: number; origin: 'given' | 'derived'; form?: PlanForm; pointReason?: Localized; pointWhy?: Localized }
  | { kind: 'none' };

/** A given plan's words when it is more than one number ("khoảng 9%", "8–8,5%"), else null: for a cell or column that also holds the number. */
export function writtenPlan(plan: PlanValue, language: Language, unit = ''): string | null {
  return plan.kind === 'value' && plan.origin === 'given' && plan.form ? formatPlan(plan.form, language, unit) : null;
}

/** % KH computed from plan and actual, or taken as the report printed it. */
export type PercentValue =
  | { kind: 'value'; value: number; basis: 'computed' | 'reported' }
  | Extract<Measure, { kind: 'none' }>;

export interface ConsistencyWarning {
  code: 'percent-mismatch';
  computed: number;
  reported: number;
}

export interface Evaluation {
  observation: Observation;
  plan: PlanValue;
  actual: number | null;
  percent: PercentValue;
  status: Status;
  warnings: ConsistencyWarning[];
}

/** Largest disagreement between a computed and a printed % KH that is not worth a warning. */
export const PERCENT_TOLERANCE_POINTS = 1;

export function evaluateObservation(
  observation: Observation,
  indicator: Pick<Indicator, 'direction'>,
  thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
): Evaluation {
  const { plan, actual, reportedPercent } = observation;
  const warnings: ConsistencyWarning[] = [];
  const form = observation.planText && plan !== null ? planFormOf(observation.planText, plan, indicator.direction) : null;
  if (form !== null && plan !== null) {
    // A range, a bound or "khoảng": the plan's own rule decides (plan-status.ts).
    const verdict = planVerdict(form, indicator.direction, actual, { ...DEFAULT_PLAN_RULE, thresholds });
    const given: PlanValue = { kind: 'value', value: plan, origin: 'given', form, pointReason: verdict.pointReason, pointWhy: verdict.pointWhy };
    // Without TH, a printed % KH is all there is: it says the status, as for any plan.
    if (actual === null && reportedPercent !== null) {
      const reported: PercentValue = { kind: 'value', value: reportedPercent, basis: 'reported' };
      return { observation, plan: given, actual, percent: reported, status: classifyStatus(reported, thresholds), warnings };
    }
    const percent: PercentValue = verdict.percent.kind === 'value' ? { ...verdict.percent, basis: 'computed' } : verdict.percent;
    if (percent.kind === 'value' && reportedPercent !== null && Math.abs(percent.value - reportedPercent) > PERCENT_TOLERANCE_POINTS)
      warnings.push({ code: 'percent-mismatch', computed: percent.value, reported: reportedPercent });
    return { observation, plan: given, actual, percent, status: verdict.status, warnings };
  }
  let planValue: PlanValue = plan === null ? { kind: 'none' } : { kind: 'value', value: plan, origin: 'given' };
  let percent: PercentValue;

  const computed = percentOfPlan(indicator.direction, plan, actual);
  if (computed.kind === 'value') {
    percent = { ...computed, basis: 'computed' };
    if (reportedPercent !== null && Math.abs(computed.value - reportedPercent) > PERCENT_TOLERANCE_POINTS) {
      warnings.push({ code: 'percent-mismatch', computed: computed.value, reported: reportedPercent });
    }
  } else if (reportedPercent !== null) {
    percent = { kind: 'value', value: reportedPercent, basis: 'reported' };
    if (plan === null) {
      const derived = derivePlanFromPercent(indicator.direction, actual, reportedPercent);
      if (derived.kind === 'value') planValue = { kind: 'value', value: derived.value, origin: 'derived' };
    }
  } else {
    percent = computed;
  }

  return { observation, plan: planValue, actual, percent, status: classifyStatus(percent, thresholds), warnings };
}
