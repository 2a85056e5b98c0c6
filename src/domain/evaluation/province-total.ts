import type { Area, Indicator, Observation } from '../model';
import { noValue, valueOrNone, type Measure, type NoValue } from '../numbers/measure';

export type ProvinceTotal =
  /** `plan`: the sum of the districts' printed plans, or why there is none. */
  | { kind: 'value'; plan: Measure; actual: number; districts: number }
  | (NoValue & { reporting: number; districts: number });

/**
 * The province total as the sum of its districts — only for additive indicators
 * (revenue, people, hectares; never rates) and only when every district reported an actual:
 * a partial sum would be quoted as the province's figure.
 * The plan total is given only when every district's plan was printed (no derived plans summed).
 * A sum beyond the largest finite number is no value ('too-large'), never Infinity.
 */
export function provinceTotal(
  indicator: Pick<Indicator, 'additive'>,
  districts: readonly Area[],
  observations: readonly Pick<Observation, 'area' | 'plan' | 'actual'>[],
): ProvinceTotal {
  const count = districts.length;
  if (!indicator.additive) return { ...noValue('not-additive'), reporting: 0, districts: count };
  const byArea = new Map(observations.map((o) => [o.area, o]));
  const reported = districts.map((d) => byArea.get(d.id)).filter((o) => o?.actual != null);
  if (count === 0 || reported.length === 0) return { ...noValue('no-data'), reporting: 0, districts: count };
  if (reported.length < count) return { ...noValue('incomplete'), reporting: reported.length, districts: count };
  const actual = reported.reduce((sum, o) => sum + (o?.actual ?? 0), 0);
  if (!Number.isFinite(actual)) return { ...noValue('too-large'), reporting: reported.length, districts: count };
  const plans = reported.map((o) => o?.plan ?? null);
  const plan = plans.every((p) => p !== null) ? valueOrNone(plans.reduce<number>((s, p) => s + (p ?? 0), 0), 'missing-plan') : noValue('missing-plan');
  return { kind: 'value', plan, actual, districts: count };
}
