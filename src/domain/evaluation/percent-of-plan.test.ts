import { describe, expect, it } from 'vitest';
import { derivePlanFromPercent, percentOfPlan } from './percent-of-plan';

describe('percentOfPlan', () => {
  it.each([
    // direction, plan, actual, expected
    ['higher_is_better', 17.23, 24.88, 144.3993],
    ['higher_is_better', 1500, 1862, 124.1333],
    ['higher_is_better', 150, 195.5, 130.3333],
    ['higher_is_better', 100, 100, 100],
    ['higher_is_better', 10, -2, -20],
    ['lower_is_better', 1.3, 0.65, 200],
    ['lower_is_better', 30, 40, 75],
  ] as const)('%s plan %d actual %d → %d %%', (direction, plan, actual, expected) => {
    const result = percentOfPlan(direction, plan, actual);
    expect(result.kind).toBe('value');
    if (result.kind === 'value') expect(result.value).toBeCloseTo(expected, 3);
  });

  it.each([
    ['higher_is_better', null, 5, 'missing-plan'],
    ['higher_is_better', 5, null, 'missing-actual'],
    ['higher_is_better', null, null, 'missing-plan'],
    ['higher_is_better', 0, 5, 'zero-plan'],
    ['higher_is_better', 0, 0, 'zero-plan'],
    ['lower_is_better', 2, 0, 'zero-actual'],
    ['lower_is_better', null, 3, 'missing-plan'],
  ] as const)('%s plan %s actual %s → no value (%s)', (direction, plan, actual, reason) => {
    expect(percentOfPlan(direction, plan, actual)).toEqual({ kind: 'none', reason });
  });

  it('never returns NaN or Infinity, whatever the input', () => {
    const numbers = [0, -0, 1, -1, 1e-300, 1e300, null];
    for (const direction of ['higher_is_better', 'lower_is_better'] as const)
      for (const plan of numbers)
        for (const actual of numbers) {
          const result = percentOfPlan(direction, plan, actual);
          if (result.kind === 'value') expect(Number.isFinite(result.value)).toBe(true);
        }
  });
});

describe('derivePlanFromPercent', () => {
  it.each([
    // Tân Uyên 2020: poverty reduction 2,47 at 149,7% KH → plan ≈ 1,65
    ['higher_is_better', 2.47, 149.7, 1.64996],
    // TP Lai Châu 2016 budget: 220,863 tỷ at 127,54% KH
    ['higher_is_better', 220.863, 127.54, 173.1716],
    // TP Lai Châu 2019 poverty rate 0,65% at 200% KH (lower is better) → ceiling 1,3%
    ['lower_is_better', 0.65, 200, 1.3],
  ] as const)('%s actual %d at %d %% → plan %d', (direction, actual, percent, plan) => {
    const result = derivePlanFromPercent(direction, actual, percent);
    expect(result.kind).toBe('value');
    if (result.kind === 'value') expect(result.value).toBeCloseTo(plan, 3);
  });

  it.each([
    ['higher_is_better', null, 120, 'missing-actual'],
    ['higher_is_better', 5, null, 'missing-plan'],
    ['higher_is_better', 5, 0, 'zero-plan'],
  ] as const)('%s actual %s percent %s → no value (%s)', (direction, actual, percent, reason) => {
    expect(derivePlanFromPercent(direction, actual, percent)).toEqual({ kind: 'none', reason });
  });

  it('is the inverse of percentOfPlan', () => {
    for (const direction of ['higher_is_better', 'lower_is_better'] as const) {
      const plan = derivePlanFromPercent(direction, 42, 87.5);
      expect(plan.kind).toBe('value');
      if (plan.kind !== 'value') continue;
      const percent = percentOfPlan(direction, plan.value, 42);
      expect(percent.kind === 'value' && percent.value).toBeCloseTo(87.5, 9);
    }
  });
});
