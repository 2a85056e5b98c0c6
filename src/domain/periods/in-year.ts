/**
 * The year as the monthly meeting reviews it: for one unit × year × indicator, the running total month by
 * month (lũy kế) from whatever the reports gave (months alone, quarters, running totals), then what the
 * meeting reads off it — % of the year's plan, the change on the same period of last year, what is left to
 * do in the months that remain. Nothing is invented: a running total is known at a month only when a report
 * gives it or the figures before it add up to it with none missing.
 */
import type { Direction } from '../model';
import { noValue, valueOrNone, type Measure } from '../numbers/measure';
import { percentOfPlan } from '../evaluation/percent-of-plan';
import { periodSpan, type PeriodCode } from './period';

/** A figure of one period, as a row gives it. */
export interface PeriodFigure {
  period: PeriodCode;
  value: number;
}

/** The running total at each month (index 0 = January): stated by a report, derived by adding, or unknown. */
export interface CumulativePoint {
  value: number | null;
  /** 'stated': a report gave the running total (or the month alone in January); 'added': summed from figures of shorter periods. */
  basis: 'stated' | 'added' | 'none';
}

/**
 * The running totals to each month. A stated running total wins; else the last known running total plus the
 * figures of the periods that follow it without a gap (a month, a quarter). Only for indicators whose
 * figures add up over time (revenue, jobs): a rate's months do not add, and its path is only what reports state.
 */
export function cumulativePath(figures: readonly PeriodFigure[], additive: boolean): CumulativePoint[] {
  const stated = new Array<number | null>(12).fill(null);
  // Figures of one period by their last month: a month alone or a quarter, the longest first tried last.
  const pieces: { first: number; last: number; value: number }[] = [];
  for (const { period, value } of figures) {
    const span = periodSpan(period);
    if (!span) continue;
    if (span.cumulative) stated[span.last - 1] = value;
    else pieces.push({ first: span.first, last: span.last, value });
  }
  const path: CumulativePoint[] = stated.map((value) => (value === null ? { value: null, basis: 'none' } : { value, basis: 'stated' }));
  if (!additive) return path;
  // Month by month: a month without a stated total is the total before its first month plus a piece ending at it.
  for (let last = 1; last <= 12; last++) {
    if (path[last - 1]!.basis === 'stated') continue;
    for (const piece of pieces) {
      if (piece.last !== last) continue;
      const before = piece.first === 1 ? 0 : path[piece.first - 2]!.value;
      if (before === null) continue;
      const sum = before + piece.value;
      if (Number.isFinite(sum)) path[last - 1] = { value: sum, basis: 'added' };
      break;
    }
  }
  return path;
}

/** Each month's own figure from the running totals: the difference of two known totals, else unknown. */
export function monthlyFromCumulative(path: readonly (number | null)[]): (number | null)[] {
  return path.map((value, k) => {
    if (value === null) return null;
    if (k === 0) return value;
    const before = path[k - 1];
    return before === null || before === undefined ? null : value - before;
  });
}

/**
 * % of the year's plan: for figures that add up, the share of the plan done so far ("đạt 55% KH năm");
 * for a rate, the period's figure against the year's plan, as % KH is for the year.
 */
export function percentOfYearPlan(direction: Direction, additive: boolean, plan: number | null, soFar: number | null): Measure {
  if (additive) {
    if (plan === null) return noValue('missing-plan');
    if (soFar === null) return noValue('missing-actual');
    if (plan === 0) return noValue('zero-plan');
    return valueOrNone((soFar / plan) * 100, 'zero-plan');
  }
  return percentOfPlan(direction, plan, soFar);
}

/**
 * The change on the same period of last year ("tăng 8,5% so với cùng kỳ"): for figures that add up, in % of
 * last year's; for a rate, the difference in points. No figure last year (a missing month) is no change.
 */
export function changeOnLastYear(additive: boolean, current: number | null, lastYear: number | null): Measure {
  if (current === null) return noValue('missing-actual');
  if (lastYear === null) return noValue('no-previous');
  if (!additive) return valueOrNone(current - lastYear, 'no-previous');
  if (lastYear === 0) return noValue('zero-previous');
  return valueOrNone((current / lastYear - 1) * 100, 'zero-previous');
}

/** What is left of the year's plan after `month` ("còn phải thực hiện … trong 5 tháng cuối năm"). */
export type GapToPlan =
  | { kind: 'remaining'; amount: number; monthsLeft: number; perMonth: number | null }
  | { kind: 'reached'; beyond: number }
  | { kind: 'none'; reason: 'missing-plan' | 'missing-actual' | 'not-additive' | 'lower-is-better' };

export function gapToPlan(direction: Direction, additive: boolean, plan: number | null, soFar: number | null, month: number): GapToPlan {
  if (!additive) return { kind: 'none', reason: 'not-additive' };
  // A ceiling that adds up (spending, accidents) is not "left to do".
  if (direction !== 'higher_is_better') return { kind: 'none', reason: 'lower-is-better' };
  if (plan === null) return { kind: 'none', reason: 'missing-plan' };
  if (soFar === null) return { kind: 'none', reason: 'missing-actual' };
  const amount = plan - soFar;
  if (amount <= 0) return { kind: 'reached', beyond: soFar - plan };
  const monthsLeft = 12 - month;
  return { kind: 'remaining', amount, monthsLeft, perMonth: monthsLeft > 0 ? amount / monthsLeft : null };
}
