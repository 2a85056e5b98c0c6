import { describe, expect, it } from 'vitest';
import { evaluateObservation } from '../../domain/evaluation/evaluate';
import { buildIndicator, buildObservation } from '../../testing/builders';
import { bulletScale } from './bullet-scale';

describe('what a bullet draws of a plan written as more than one number', () => {
  const scale = (plan: number, planText: string | undefined, actual: number, direction: 'higher_is_better' | 'lower_is_better' = 'higher_is_better') =>
    bulletScale(evaluateObservation(buildObservation({ plan, actual, ...(planText ? { planText } : {}) }), buildIndicator({ direction })));

  it.each([
    ['a number: the line alone', 9, undefined, 8.7, null, 'plan'],
    ['a range: the span from end to end, the line at its worse end', 8, '8 - 8,5%', 8.3, [8, 8.5], 'plan'],
    ['"khoảng": the span the rule meets (±5%)', 9, 'khoảng 9%', 9.1, [8.55, 9.45], 'plan'],
    ['"trên": a floor the line marks', 57.5, 'trên 57,5%', 57.4, null, 'above'],
    ['"từ … trở lên": a floor met at it', 8, 'từ 8% trở lên', 8, null, 'at-least'],
    ['"dưới": a ceiling', 12, 'dưới 12%', 11.4, null, 'below'],
    ['"không quá": a ceiling met at it', 3, 'không quá 3%', 3, null, 'at-most'],
  ] as const)('%s', (_, plan, planText, actual, band, mark) => {
    const s = scale(plan, planText, actual, planText?.includes('dưới') || planText?.includes('quá') ? 'lower_is_better' : 'higher_is_better');
    expect(s?.kind).toBe('absolute');
    expect(s!.band?.map((v) => Math.round(v * 1e9) / 1e9) ?? null).toEqual(band);
    expect(s!.mark).toBe(mark);
    expect(s!.plan).toBe(plan);
    // The axis holds the whole span.
    expect(s!.domain[1]).toBeGreaterThanOrEqual(Math.max(actual, plan, ...(band ?? [])));
  });
});
