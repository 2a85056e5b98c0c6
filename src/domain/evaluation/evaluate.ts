import type { Indicator, Observation } from '../model';
import type { Measure } from '../numbers/measure';
import { derivePlanFromPercent, percentOfPlan } from './percent-of-plan';
import { classifyStatus, DEFAULT_THRESHOLDS, type Status, type StatusThresholds } from './status';

/** A plan as printed (given) or implied by "đạt X% KH" (derived) — always shown as such. */
export type PlanValue = { kind: 'value'; value: number; origin: 'given' | 'derived' } | { kind: 'none' };

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
