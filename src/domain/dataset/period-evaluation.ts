/**
 * A figure of part of the year read as the monthly meeting reads it, when a view shows a period instead of
 * the year (the overview, unit and indicator views' "Kỳ" choice):
 * - **The plan is the year's.** A period row's own plan when it has one (the file's "Kế hoạch năm"), else
 *   the year's row's, as written; never a plan cut to the period. % KH is then **% of the year's plan**
 *   ("lũy kế 6 tháng đạt 55% KH năm"), the figure the meeting quotes.
 * - **The status is against the time gone.** For an additive indicator (revenue, output, jobs) a figure of
 *   m months is on plan when it reaches m/12 of the year's plan ("vượt tiến độ" / "chậm tiến độ"): judged
 *   against the whole year's plan, June's 55% would read as missed when it is ahead. A rate, a level or an
 *   average (growth, poverty rate, income per head) is read against the year's target as it is: the
 *   six-month review compares "tăng trưởng 6 tháng 6,88%" with "mục tiêu cả năm 9%".
 */
import type { Indicator, Observation } from '../model';
import { evaluateObservation, type Evaluation } from '../evaluation/evaluate';
import { classifyStatus, DEFAULT_THRESHOLDS, type StatusThresholds } from '../evaluation/status';
import { periodSpan } from '../periods/period-code';

/** The share of the year a period's figure covers (3 months: 0,25); 1 for the year or a code that is none within it. */
export function shareOfYear(period: string | undefined): number {
  const span = period ? periodSpan(period) : null;
  return span ? (span.last - span.first + 1) / 12 : 1;
}

/** The period row with the year's plan where it has none of its own (the plan it is measured against). */
export function withYearPlan(row: Observation, yearRow: Observation | undefined): Observation {
  if (row.plan !== null || !yearRow || yearRow.plan === null) return row;
  return { ...row, plan: yearRow.plan, ...(yearRow.planText ? { planText: yearRow.planText } : {}) };
}

export function evaluatePeriodFigure(
  row: Observation,
  yearRow: Observation | undefined,
  indicator: Pick<Indicator, 'direction' | 'additive'>,
  thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
): Evaluation {
  const evaluation = evaluateObservation(withYearPlan(row, yearRow), indicator, thresholds);
  const share = shareOfYear(row.period);
  const { percent } = evaluation;
  if (!indicator.additive || share >= 1 || percent.kind !== 'value') return evaluation;
  // The year's plan × share: actual / (plan × share) = percent / share; plan × share / actual = percent × share.
  const paced = indicator.direction === 'higher_is_better' ? percent.value / share : percent.value * share;
  return { ...evaluation, status: classifyStatus({ kind: 'value', value: paced }, thresholds) };
}
