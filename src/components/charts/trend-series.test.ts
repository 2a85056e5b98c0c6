import { describe, expect, it } from 'vitest';
import { labelPlacement, type TrendPoint } from './trend-series';

const point = (actual: number | null, plan: number | null, derivedPlan: number | null = null): TrendPoint => ({ year: 2020, actual, plan, derivedPlan });

describe('labelPlacement: the higher of actual and plan is labelled above, the lower below', () => {
  it.each([
    { case: 'actual above plan', pt: point(24.88, 17), actual: 'top', plan: 'bottom', derivedPlan: null },
    { case: 'actual below plan', pt: point(1.35, 1.43), actual: 'bottom', plan: 'top', derivedPlan: null },
    { case: 'a tie: actual above', pt: point(100, 100), actual: 'top', plan: 'bottom', derivedPlan: null },
    { case: 'actual only', pt: point(9, null), actual: 'top', plan: null, derivedPlan: null },
    { case: 'plan only', pt: point(null, 9), actual: null, plan: 'top', derivedPlan: null },
    { case: 'derived plan above actual', pt: point(1.35, null, 1.43), actual: 'bottom', plan: null, derivedPlan: 'top' },
    { case: 'derived plan below actual', pt: point(6.2, null, 4.3), actual: 'top', plan: null, derivedPlan: 'bottom' },
    { case: 'no figures', pt: point(null, null), actual: null, plan: null, derivedPlan: null },
  ] as const)('$case', ({ pt, actual, plan, derivedPlan }) => {
    expect(labelPlacement(pt, 'actual')).toBe(actual);
    expect(labelPlacement(pt, 'plan')).toBe(plan);
    expect(labelPlacement(pt, 'derivedPlan')).toBe(derivedPlan);
  });
});
