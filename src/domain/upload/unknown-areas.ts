import type { Area } from '../model';
import type { ParseIssue } from '../issues';
import type { AreaYearRows } from '../validation/validate-observations';
import { createAreaMatcher } from '../areas/area-match';
import { inForceIn } from '../areas/areas';

/** An area name of the file that matched no unit in force, with what the analyst may map it to. */
export interface UnknownArea {
  name: string;
  /** `area-out-of-force`: a unit of another period (its successors are offered); `invalid-area`: no unit at all. */
  code: 'invalid-area' | 'area-out-of-force';
  /** The years the name's rows carry, ascending: a mapping must be in force in each of them. */
  years: number[];
  /** Ids to offer first: for a unit out of force, its successors in force in those years. */
  successors: string[];
  /** Then the closest names among units in force in those years. */
  closest: string[];
}

const UNKNOWN_CODES = new Set(['invalid-area', 'area-out-of-force']);
const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * The names behind `invalid-area` and `area-out-of-force` issues, each once (at most `limit`),
 * with the years they appear with and the units to offer first.
 */
export function unknownAreasOf(rows: AreaYearRows, issues: readonly ParseIssue[], areas: readonly Area[], limit: number): UnknownArea[] {
  const codes = new Map<string, UnknownArea['code']>();
  for (const i of issues)
    if (UNKNOWN_CODES.has(i.code) && i.value && !codes.has(i.value) && codes.size < limit) codes.set(i.value, i.code as UnknownArea['code']);
  if (codes.size === 0) return [];
  const years = new Map<string, Set<number>>([...codes.keys()].map((name) => [name, new Set()]));
  for (let r = 0; r < rows.length; r++) {
    const found = years.get(text(rows.area(r)));
    if (!found) continue;
    const yearText = text(rows.year(r));
    if (/^\d{4}$/.test(yearText)) found.add(Number(yearText));
  }
  const matcher = createAreaMatcher(areas);
  return [...codes].map(([name, code]) => {
    const inYears = [...(years.get(name) ?? [])].sort((a, b) => a - b);
    const successors = new Set<string>();
    const closest = new Set<string>();
    for (const year of inYears.length > 0 ? inYears : [undefined]) {
      const match = matcher.match(name, year);
      if (match.ok) continue;
      if (match.reason === 'out-of-force') for (const a of match.successors) successors.add(a.id);
      for (const s of match.suggestions) if (!successors.has(s.item.id)) closest.add(s.item.id);
    }
    const inForce = (id: string) => {
      const area = areas.find((a) => a.id === id);
      return area !== undefined && inYears.every((y) => inForceIn(area, y));
    };
    return { name, code, years: inYears, successors: [...successors].filter(inForce), closest: [...closest].filter((id) => inForce(id) && !successors.has(id)) };
  });
}

/**
 * What a name may be mapped to, in the order to offer it: the successors, then the closest names,
 * then every other unit (below the cluster) in force in each of the name's years, in catalog order.
 */
export function mappingChoices(areas: readonly Area[], unknown: Pick<UnknownArea, 'years' | 'successors' | 'closest'>): { successors: Area[]; closest: Area[]; others: Area[] } {
  const usable = (a: Area) => a.level !== 'cluster' && unknown.years.every((y) => inForceIn(a, y));
  const byId = new Map(areas.map((a) => [a.id, a]));
  const pick = (ids: readonly string[]) => ids.flatMap((id) => {
    const area = byId.get(id);
    return area && usable(area) ? [area] : [];
  });
  const successors = pick(unknown.successors);
  const closest = pick(unknown.closest);
  const first = new Set([...successors, ...closest].map((a) => a.id));
  return { successors, closest, others: areas.filter((a) => usable(a) && !first.has(a.id)) };
}
