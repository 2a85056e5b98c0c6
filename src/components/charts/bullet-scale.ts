import type { Evaluation } from '../../domain/evaluation/evaluate';
import { DEFAULT_PLAN_RULE } from '../../domain/evaluation/plan-status';

/** How the plan line reads: a plain plan, a floor ("trên", "từ … trở lên") or a ceiling ("dưới", "không quá"). */
export type PlanMark = 'plan' | 'at-least' | 'above' | 'at-most' | 'below';

/**
 * What a bullet chart draws: the actual against its plan on the indicator's own scale,
 * or — when the report printed only "đạt X% KH" — the % against the 100 % line.
 */
export type BulletScale =
  | { kind: 'absolute'; actual: number | null; plan: number | null; planDerived: boolean; domain: [number, number]; band: [number, number] | null; mark: PlanMark }
  | { kind: 'percent'; actual: number; plan: 100; planDerived: false; domain: [number, number]; band: null; mark: 'plan' };

/**
 * The span a plan written as more than one number meets: a range from end to end, "khoảng" within the
 * rule's tolerance; null for a number or a bound (drawn as the line alone, marked floor or ceiling).
 */
function planBand(evaluation: Evaluation): { band: [number, number] | null; mark: PlanMark } {
  const form = evaluation.plan.kind === 'value' ? evaluation.plan.form : undefined;
  switch (form?.kind) {
    case 'range':
      return { band: [form.low, form.high], mark: 'plan' };
    case 'about': {
      const margin = Math.abs(form.value) * DEFAULT_PLAN_RULE.aboutTolerance;
      return { band: [form.value - margin, form.value + margin], mark: 'plan' };
    }
    case 'at-least':
      return { band: null, mark: form.strict ? 'above' : 'at-least' };
    case 'at-most':
      return { band: null, mark: form.strict ? 'below' : 'at-most' };
    default:
      return { band: null, mark: 'plan' };
  }
}

export function bulletScale(evaluation: Evaluation): BulletScale | null {
  const plan = evaluation.plan.kind === 'value' ? evaluation.plan.value : null;
  const actual = evaluation.actual;
  if (actual !== null || plan !== null) {
    const { band, mark } = planBand(evaluation);
    const values = [actual ?? 0, plan ?? 0, ...(band ?? [])];
    const max = Math.max(...values, 0);
    const min = Math.min(...values, 0);
    return { kind: 'absolute', actual, plan, planDerived: evaluation.plan.kind === 'value' && evaluation.plan.origin === 'derived', domain: [min * 1.12, max === 0 ? 1 : max * 1.12], band, mark };
  }
  if (evaluation.percent.kind === 'value') {
    const p = evaluation.percent.value;
    return { kind: 'percent', actual: p, plan: 100, planDerived: false, domain: [Math.min(0, p * 1.12), Math.max(100, p) * 1.12], band: null, mark: 'plan' };
  }
  return null;
}
