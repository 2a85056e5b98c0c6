import { formerUnitOf } from '../../domain/areas';
import type { Area } from '../../domain/model';
import { foldText } from '../../domain/text-key';

/**
 * 38 communes stay readable when a reader can narrow and group them: by name or by former
 * district (a commune's main predecessor), in the order given (rank order) within each group.
 */
export interface UnitGroup<T> {
  /** The former district, or null for units without one (districts, provinces). */
  former: Area | null;
  rows: T[];
}

/** Whether a unit matches the filter text: its name or its former district's, without regard to diacritics or case. */
export function matchesUnit(area: Area, former: Area | undefined, query: string): boolean {
  const wanted = foldText(query.trim());
  if (wanted === '') return true;
  return [area.name, former?.name ?? ''].some((name) => foldText(name).includes(wanted));
}

/** Rows grouped by former district, groups in catalog order of the districts, rows in the order given. */
export function groupByFormer<T>(rows: readonly T[], areaOf: (row: T) => Area | undefined, areas: readonly Area[]): UnitGroup<T>[] {
  const order = new Map(areas.map((a, i) => [a.id, i]));
  const groups = new Map<string, UnitGroup<T>>();
  for (const row of rows) {
    const area = areaOf(row);
    const formerId = area ? formerUnitOf(area) : null;
    const key = formerId ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { former: formerId ? (areas.find((a) => a.id === formerId) ?? null) : null, rows: [] }));
    group.rows.push(row);
  }
  const rank = (g: UnitGroup<T>) => (g.former ? (order.get(g.former.id) ?? Infinity) : Infinity);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/** Whether the units have former districts to group by (communes after the reform; a merged province is not grouped). */
export const hasFormerUnits = (areas: readonly Area[]): boolean => areas.some((a) => a.level === 'commune' && formerUnitOf(a) !== null);
