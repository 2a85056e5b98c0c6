/**
 * A wide form's % KH columns checked against their group's plan and actual, in both directions: the form
 * does not know whether the indicator is better higher or lower, the caller does and picks its check. A
 * column refused in both directions is a warning already here (no indicator makes it % KH).
 */
import type { IndicatorGroup } from './form-columns';
import type { FormRow } from './form-rows';
import { figureOf } from './form-totals';
import { checkPercentColumn, type PercentCheck } from './percent-verdict';

export interface GroupPercentCheck {
  /** 0-based column of the % KH figures. */
  col: number;
  indicator: string;
  /** actual / plan × 100 for an indicator better higher; plan / actual × 100 for one better lower. */
  higherIsBetter: PercentCheck;
  lowerIsBetter: PercentCheck;
}

export function groupPercentChecks(groups: readonly IndicatorGroup[], rows: readonly FormRow[], headerOf: (col: number) => string): GroupPercentCheck[] {
  const checks: GroupPercentCheck[] = [];
  for (const group of groups) {
    const { plan, actual, percentOfPlan: col } = group;
    if (plan === null || actual === null || col === null) continue;
    const figures = rows.map((r) => ({ row: r.row, plan: figureOf(r.cells[plan]), actual: figureOf(r.cells[actual]), percent: figureOf(r.cells[col]) }));
    const header = headerOf(col);
    checks.push({ col, indicator: group.indicator, higherIsBetter: checkPercentColumn(figures, 'higher_is_better', header), lowerIsBetter: checkPercentColumn(figures, 'lower_is_better', header) });
  }
  return checks;
}
