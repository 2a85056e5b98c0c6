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

  // The issue's own cases: the plan as printed decides, by its form (plan-status.ts), and keeps its form.
  it.each([
    { text: 'trên 57,5%', plan: 57.5, actual: 57.4, direction: higher, status: 'nearly-met', form: 'at-least' },
    { text: 'dưới 12%', plan: 12, actual: 11.4, direction: lower, status: 'met', form: 'at-most' },
    { text: '8 - 8,5%', plan: 8, actual: 8.3, direction: higher, status: 'met', form: 'range' },
    { text: '8 - 8,5%', plan: 8, actual: 8.7, direction: higher, status: 'exceeded', form: 'range' },
    { text: '8 - 8.5%', plan: 8, actual: 8.7, direction: higher, status: 'exceeded', form: 'range' },
    { text: 'khoảng 9%', plan: 9, actual: 8.8, direction: higher, status: 'met', form: 'about' },
    { text: 'khoảng 9%', plan: 9, actual: null, direction: higher, status: 'no-data', form: 'about' },
  ] as const)('$text with TH $actual: $status', ({ text, plan, actual, direction, status, form }) => {
    const e = evaluateObservation(buildObservation({ plan, actual, planText: text }), direction);
    expect(e.status).toBe(status);
    expect(e.plan.kind === 'value' && e.plan.form?.kind).toBe(form);
    expect(e.plan.kind === 'value' && e.plan.value).toBe(plan);
  });

  it('% KH of a range is against its worse end, and says so', () => {
    const e = evaluateObservation(buildObservation({ plan: 8, actual: 8.3, planText: '8 - 8,5%' }), higher);
    expect(e.percent.kind === 'value' && e.percent.value).toBeCloseTo(103.75, 9);
    expect(e.plan.kind === 'value' && e.plan.pointReason?.vi).toMatch(/mức thấp của KH 8–8,5/);
  });

  it('a plan text that names another point than the stored plan is not trusted: the number decides', () => {
    const e = evaluateObservation(buildObservation({ plan: 9, actual: 8.3, planText: '8 - 8,5%' }), higher);
    expect(e.plan).toEqual({ kind: 'value', value: 9, origin: 'given' });
    expect(e.status).toBe('nearly-met');
  });

  it('without TH a printed % KH still gives the status of a plan with a form', () => {
    const e = evaluateObservation(buildObservation({ plan: 12, actual: null, reportedPercent: 104, planText: 'dưới 12%' }), lower);
    expect(e.percent).toEqual({ kind: 'value', value: 104, basis: 'reported' });
    expect(e.status).toBe('exceeded');
  });
});
