import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPlan, parsePlanText, type PlanForm } from './plan-form';

/** Figures as plans print them: up to two decimals, within what a report writes. */
const figure = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
const form: fc.Arbitrary<PlanForm> = fc.oneof(
  figure.map((value) => ({ kind: 'exact' as const, value })),
  fc.tuple(figure, figure).filter(([a, b]) => a !== b).map(([a, b]) => ({ kind: 'range' as const, low: Math.min(a, b), high: Math.max(a, b) })),
  fc.tuple(figure, fc.boolean()).map(([value, strict]) => ({ kind: 'at-least' as const, value, strict })),
  fc.tuple(figure, fc.boolean()).map(([value, strict]) => ({ kind: 'at-most' as const, value, strict })),
  figure.map((value) => ({ kind: 'about' as const, value })),
);
const unit = fc.constantFrom('', '%', '‰', 'tỷ đồng', 'triệu đồng/người', 'ha');

describe('a plan\'s text round-trips through format and parse', () => {
  it.each(['vi', 'en'] as const)('in %s', (language) => {
    fc.assert(
      fc.property(form, unit, (f, u) => {
        const text = formatPlan(f, language, u);
        expect(parsePlanText(text, language)).toEqual({ ok: true, form: f, unit: u === '' ? null : u });
      }),
      { numRuns: 500 },
    );
  });
});
