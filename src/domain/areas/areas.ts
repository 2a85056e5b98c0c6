import type { Area, AreaLevel, Indicator, Observation } from '../model';

/**
 * The year rule, written once: a yearly figure belongs to the units in force at the end of its
 * year (the year-end report). A 2025 figure of Lai Châu is therefore a commune's: the districts
 * ended on 30 June 2025, the communes began on 1 July 2025.
 */
export const yearEnd = (year: number): string => `${String(year).padStart(4, '0')}-12-31`;

/** Whether the unit is in force on an ISO date (both ends included). */
export function inForceOn(area: Area, date: string): boolean {
  return (area.validFrom == null || area.validFrom <= date) && (area.validTo == null || date <= area.validTo);
}

/** Whether a figure for that year may belong to the unit: the year rule. */
export const inForceIn = (area: Area, year: number): boolean => inForceOn(area, yearEnd(year));

/** Why a unit cannot carry a figure of that year: it ended before the year's end, or begins after it. */
export function validityProblem(area: Area, year: number): { kind: 'ended'; date: string } | { kind: 'not-yet'; date: string } | null {
  const end = yearEnd(year);
  if (area.validTo != null && area.validTo < end) return { kind: 'ended', date: area.validTo };
  if (area.validFrom != null && end < area.validFrom) return { kind: 'not-yet', date: area.validFrom };
  return null;
}

const BELOW: Record<AreaLevel, AreaLevel[]> = { country: ['province'], cluster: ['province'], province: ['district', 'commune'], district: ['commune'], commune: [] };

/** The units directly under a parent that carry a year's figures, in catalog order. */
export function unitsOf(areas: readonly Area[], parentId: string, year: number): Area[] {
  const parent = areas.find((a) => a.id === parentId);
  const levels = parent ? BELOW[parent.level] : [];
  return areas.filter((a) => a.parent === parentId && levels.includes(a.level) && inForceIn(a, year));
}

/** The level a parent's units have in a year (districts before the reform, communes after), or null. */
export function unitLevelOf(areas: readonly Area[], parentId: string, year: number): AreaLevel | null {
  return unitsOf(areas, parentId, year)[0]?.level ?? null;
}

/** The units formed from this one, in catalog order. */
export function successorsOf(areas: readonly Area[], id: string): Area[] {
  return areas.filter((a) => a.predecessors?.includes(id));
}

/** The former unit a unit is grouped under (its main predecessor), or null. */
export const formerUnitOf = (area: Area): string | null => area.predecessors?.[0] ?? null;

/** A unit's successors in force in the year, for "did you mean…" when a figure names the old unit. */
export function likelySuccessors(areas: readonly Area[], area: Area, year: number): Area[] {
  return successorsOf(areas, area.id).filter((a) => inForceIn(a, year));
}

/**
 * A former unit's figure after a reform, "theo địa bàn huyện cũ": the sum of its successors,
 * only for an additive indicator, only when the successors lie wholly inside it (split from it
 * alone), and only when every one of them reported. Otherwise no value, and why.
 */
export type SuccessionSum =
  | { kind: 'sum'; value: number; parts: { area: Area; value: number }[] }
  | { kind: 'not-additive' }
  | { kind: 'no-successors' }
  | { kind: 'spans'; areas: Area[] }
  | { kind: 'missing'; areas: Area[] };

export function successionSum(
  areas: readonly Area[],
  formerId: string,
  year: number,
  indicator: Indicator,
  valueOf: (areaId: string) => number | null,
): SuccessionSum {
  if (!indicator.additive) return { kind: 'not-additive' };
  const successors = likelySuccessors(areas, { id: formerId } as Area, year);
  if (successors.length === 0) return { kind: 'no-successors' };
  // A successor that also took in another unit (in part, or whole by a merger) would add that unit to the sum.
  const spans = successors.filter((a) => (a.predecessors ?? []).some((p) => p !== formerId));
  if (spans.length > 0) return { kind: 'spans', areas: spans };
  const parts = successors.map((area) => ({ area, value: valueOf(area.id) }));
  const missing = parts.filter((p) => p.value === null).map((p) => p.area);
  if (missing.length > 0) return { kind: 'missing', areas: missing };
  const known = parts as { area: Area; value: number }[];
  return { kind: 'sum', value: known.reduce((sum, p) => sum + p.value, 0), parts: known };
}

/**
 * For merged provinces the other way round: the figure of a unit formed by merging, before the
 * merger, as the sum of the whole units it was merged from ("theo địa giới mới").
 */
export function mergedSum(
  areas: readonly Area[],
  mergedId: string,
  indicator: Indicator,
  valueOf: (areaId: string) => number | null,
): SuccessionSum {
  if (!indicator.additive) return { kind: 'not-additive' };
  const merged = areas.find((a) => a.id === mergedId);
  if (!merged || merged.succession !== 'merged_from' || !merged.predecessors?.length) return { kind: 'no-successors' };
  const byId = new Map(areas.map((a) => [a.id, a]));
  const parts = merged.predecessors.map((id) => ({ area: byId.get(id) ?? ({ id, name: id, level: merged.level, parent: null }), value: valueOf(id) }));
  const missing = parts.filter((p) => p.value === null).map((p) => p.area);
  if (missing.length > 0) return { kind: 'missing', areas: missing };
  const known = parts as { area: Area; value: number }[];
  return { kind: 'sum', value: known.reduce((sum, p) => sum + p.value, 0), parts: known };
}

/** An observation's actual value, for the sums above. */
export const actualOf = (observations: ReadonlyMap<string, Observation>, year: number, indicator: string) => (areaId: string): number | null =>
  observations.get(`${areaId}|${year}|${indicator}`)?.actual ?? null;

/** Display name with the kind the law gives it: "xã Mường Kim", "huyện Than Uyên", "Thành phố Lai Châu". */
export function fullName(area: Area): string {
  if (!area.kind || area.level === 'cluster') return area.name;
  const kind = area.kind.toLocaleLowerCase('vi');
  return area.name.toLocaleLowerCase('vi').startsWith(kind) ? area.name : `${area.kind} ${area.name}`;
}
