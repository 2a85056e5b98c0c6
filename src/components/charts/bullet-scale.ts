import type { Evaluation } from '../../domain/evaluation/evaluate';

/**
 * What a bullet chart draws: the actual against its plan on the indicator's own scale,
 * or — when the report printed only "đạt X% KH" — the % against the 100 % line.
 */
export type BulletScale =
  | { kind: 'absolute'; actual: number | null; plan: number | null; planDerived: boolean; domain: [number, number] }
  | { kind: 'percent'; actual: number; plan: 100; planDerived: false; domain: [number, number] };

export function bulletScale(evaluation: Evaluation): BulletScale | null {
  const plan = evaluation.plan.kind === 'value' ? evaluation.plan.value : null;
  const actual = evaluation.actual;
  if (actual !== null || plan !== null) {
    const values = [actual ?? 0, plan ?? 0];
    const max = Math.max(...values, 0);
    const min = Math.min(...values, 0);
    return { kind: 'absolute', actual, plan, planDerived: evaluation.plan.kind === 'value' && evaluation.plan.origin === 'derived', domain: [min * 1.12, max === 0 ? 1 : max * 1.12] };
  }
  if (evaluation.percent.kind === 'value') {
    const p = evaluation.percent.value;
    return { kind: 'percent', actual: p, plan: 100, planDerived: false, domain: [Math.min(0, p * 1.12), Math.max(100, p) * 1.12] };
  }
  return null;
}
