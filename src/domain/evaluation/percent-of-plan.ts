import type { Direction } from '../model';
import { noValue, valueOrNone, type Measure } from '../numbers/measure';

/**
 * % of plan (% KH), direction-aware: actual / plan for higher-is-better,
 * plan / actual for lower-is-better levels (a poverty rate below its ceiling is over-achievement).
 */
export function percentOfPlan(direction: Direction, plan: number | null, actual: number | null): Measure {
  if (plan === null) return noValue('missing-plan');
  if (actual === null) return noValue('missing-actual');
  if (direction === 'higher_is_better') {
    if (plan === 0) return noValue('zero-plan');
    return valueOrNone((actual / plan) * 100, 'zero-plan');
  }
  if (actual === 0) return noValue('zero-actual');
  return valueOrNone((plan / actual) * 100, 'zero-actual');
}

/**
 * The plan a report implies when it prints only TH and "đạt X% KH": the inverse of percentOfPlan.
 * Callers must mark the result as derived wherever it is shown.
 */
export function derivePlanFromPercent(direction: Direction, actual: number | null, percent: number | null): Measure {
  if (actual === null) return noValue('missing-actual');
  if (percent === null) return noValue('missing-plan');
  if (direction === 'higher_is_better') {
    if (percent === 0) return noValue('zero-plan');
    return valueOrNone((actual / percent) * 100, 'zero-plan');
  }
  // percent / 100 first: actual × percent may overflow where the plan itself is finite.
  return valueOrNone(actual * (percent / 100), 'missing-plan');
}
