import { noValue, valueOrNone, type Measure } from '../numbers/measure';

export interface YearOverYear {
  /** Difference in the indicator's own unit (points for rates). */
  absolute: Measure;
  /** Relative change in %, meaningless (no value) when last year was 0. */
  relative: Measure;
}

export function yearOverYearChange(current: number | null, previous: number | null): YearOverYear {
  if (current === null) return { absolute: noValue('missing-actual'), relative: noValue('missing-actual') };
  if (previous === null) return { absolute: noValue('no-previous'), relative: noValue('no-previous') };
  const difference = current - previous;
  const absolute = valueOrNone(difference, 'no-data');
  // When the difference overflows (10^308 after −10^308) the ratio may still be finite: divide first.
  const ratio = Number.isFinite(difference) ? difference / Math.abs(previous) : current / Math.abs(previous) - Math.sign(previous);
  const relative = previous === 0 ? noValue('zero-previous') : valueOrNone(ratio * 100, 'zero-previous');
  return { absolute, relative };
}
