/**
 * Bad arithmetic is a named value, never NaN, Infinity or a silent 0.
 * The UI renders each reason as words ("không có số liệu", "kế hoạch bằng 0").
 */
export type NoValueReason =
  | 'missing-plan'
  | 'missing-actual'
  | 'zero-plan'
  | 'zero-actual'
  | 'no-previous'
  | 'zero-previous'
  | 'not-additive'
  | 'incomplete'
  | 'no-data'
  /** A sum, difference or ratio beyond the largest finite number (~1.8 × 10^308): no figure, never "∞". */
  | 'too-large';

export interface NoValue {
  kind: 'none';
  reason: NoValueReason;
}

export interface Value {
  kind: 'value';
  value: number;
}

export type Measure = Value | NoValue;

export const noValue = (reason: NoValueReason): NoValue => ({ kind: 'none', reason });

/**
 * A finite number becomes a value. Infinity (an overflow: the inputs are finite) is 'too-large';
 * NaN is "no value" with the given reason.
 */
export const valueOrNone = (value: number, reason: NoValueReason): Measure =>
  Number.isFinite(value) ? { kind: 'value', value } : noValue(Number.isNaN(value) ? reason : 'too-large');

export const hasValue = <T extends { kind: string }>(m: T): m is Extract<T, { kind: 'value' }> =>
  m.kind === 'value';
