import { describe, expect, it } from 'vitest';
import { evaluateObservation } from './evaluate';
import { buildObservation } from '../../testing/builders';

const higher = { direction: 'higher_is_better' } as const;
const lower = { direction: 'lower_is_better' } as const;

describe('evaluateObservation', () => {
  it('computes % KH from a printed plan and actual (province GRDP growth 2016)', () => {
    const e = evaluateObservation(buildObservation({ plan: 17.23, actual: 24.88 }), higher);
    expect(e.plan).toEqual({ kind: 'value', value: 17.23, origin: 'given' });
    expect(e.percent.kind === 'value' && e.percent.basis).toBe('computed');
    expect(e.percent.kind === 'value' && e.percent.value).toBeCloseTo(144.4, 1);
    expect(e.status).toBe('exceeded');
    expect(e.warnings).toEqual([]);
  });

  it('derives the plan from a printed % KH and marks it derived (Tân Uyên 2020)', () => {
    const e = evaluateObservation(buildObservation({ actual: 2.47, reportedPercent: 149.7 }), higher);
    expect(e.plan.kind === 'value' && e.plan.origin).toBe('derived');
    expect(e.plan.kind === 'value' && e.plan.value).toBeCloseTo(1.65, 2);
    expect(e.percent).toEqual({ kind: 'value', value: 149.7, basis: 'reported' });
    expect(e.status).toBe('exceeded');
  });

  it('derives a lower-is-better ceiling (TP Lai Châu 2019 poverty rate 0,65% at 200% KH)', () => {
    const e = evaluateObservation(buildObservation({ actual: 0.65, reportedPercent: 200 }), lower);
    expect(e.plan.kind === 'value' && e.plan.value).toBeCloseTo(1.3, 9);
  });

  it('keeps a percent-only report as reported, without inventing plan or actual', () => {
    const e = evaluateObservation(buildObservation({ reportedPercent: 203 }), higher);
    expect(e.plan).toEqual({ kind: 'none' });
    expect(e.actual).toBeNull();
    expect(e.percent).toEqual({ kind: 'value', value: 203, basis: 'reported' });
  });

  it.each([
    [100, 124, 124.5, 0],
    [100, 124, 125, 0],
    [100, 124, 125.01, 1],
    [1500, 1862, 120, 1],
  ] as const)('plan %d actual %d printed %d %% → %d warnings', (plan, actual, reportedPercent, count) => {
    const e = evaluateObservation(buildObservation({ plan, actual, reportedPercent }), higher);
    expect(e.warnings).toHaveLength(count);
    expect(e.percent.kind === 'value' && e.percent.basis).toBe('computed');
  });

  it.each([
    [{ plan: 0, actual: 5 }, 'zero-plan'],
    [{ plan: 5 }, 'missing-actual'],
    [{ actual: 5 }, 'missing-plan'],
    [{}, 'missing-plan'],
  ] as const)('%o → no data (%s)', (fields, reason) => {
    const e = evaluateObservation(buildObservation(fields), higher);
    expect(e.percent).toEqual({ kind: 'none', reason });
    expect(e.status).toBe('no-data');
  });
});
