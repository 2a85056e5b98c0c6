import { formerUnitOf } from '../../domain/areas/areas';
import type { Area } from '../../domain/model';
import { foldText } from '../../domain/text/text-key';

/**
 * How a view lists many units (38 communes after the 2025 reform): grouped by former district,
 * sorted by name or by % of plan, filtered by a search text and by former district. Pure: the
 * views pass the % of plan in, the URL holds the choices.
 */
export interface UnitGroup {
  /** The former district the units were formed from (their main predecessor), or null: not grouped. */
  former: Area | null;
  units: Area[];
}

export type UnitSort = 'name' | 'percent' | 'catalog';

/** The units under their former district, groups in the order their first unit comes; units without one form a group of their own. */
export function groupByFormer(units: readonly Area[], areaOf: (id: string) => Area | undefined): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  for (const unit of units) {
    const formerId = formerUnitOf(unit);
    const key = formerId ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { former: formerId ? (areaOf(formerId) ?? { id: formerId, name: formerId, level: 'district', parent: null }) : null, units: [] }));
    group.units.push(unit);
  }
  return [...groups.values()];
}

/** Whether grouping by former district means anything for these units (communes after a reform, not districts). */
export const hasFormerUnits = (units: readonly Area[]): boolean => units.some((u) => formerUnitOf(u) !== null);

/**
 * Units in the chosen order: by name (Vietnamese collation), by % of plan (highest first, no value
 * last, then by name), or as the catalog lists them.
 */
export function sortUnits(units: readonly Area[], sort: UnitSort, percentOf: (unit: Area) => number | null): Area[] {
  if (sort === 'catalog') return [...units];
  const byName = (a: Area, b: Area) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id);
  if (sort === 'name') return [...units].sort(byName);
  return [...units].sort((a, b) => {
    const x = percentOf(a);
    const y = percentOf(b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return y - x || byName(a, b);
  });
}

export interface UnitFilter {
  /** Typed text: matches a unit's name or its former district's, with or without diacritics. */
  query: string;
  /** Former districts to keep (empty: all). */
  former: readonly string[];
}

export const NO_FILTER: UnitFilter = { query: '', former: [] };

/** The units that pass the filter, in their order. */
export function filterUnits(units: readonly Area[], filter: UnitFilter, areaOf: (id: string) => Area | undefined): Area[] {
  const query = foldText(filter.query);
  return units.filter((unit) => {
    const formerId = formerUnitOf(unit);
    if (filter.former.length > 0 && !(formerId && filter.former.includes(formerId))) return false;
    if (!query) return true;
    const former = formerId ? areaOf(formerId) : undefined;
    return [unit.name, unit.kind ? `${unit.kind} ${unit.name}` : '', former?.name ?? ''].some((text) => text && foldText(text).includes(query));
  });
}

/**
 * The list a view shows: filtered, then sorted; grouped by former district when asked (each group
 * sorted on its own), else one group without a heading.
 */
export function arrangeUnits(
  units: readonly Area[],
  choice: { filter: UnitFilter; sort: UnitSort; grouped: boolean },
  areaOf: (id: string) => Area | undefined,
  percentOf: (unit: Area) => number | null,
): UnitGroup[] {
  const kept = filterUnits(units, choice.filter, areaOf);
  if (!choice.grouped) return kept.length > 0 ? [{ former: null, units: sortUnits(kept, choice.sort, percentOf) }] : [];
  return groupByFormer(kept, areaOf).map((g) => ({ ...g, units: sortUnits(g.units, choice.sort, percentOf) }));
}

/**
 * A long list of units split for slides: whole former-district groups together, as many as fit
 * `perSlide` units; a group larger than a slide takes a slide of its own. Each part names the former
 * districts it shows (the slide's ?former=…). Units without a former district make one part.
 */
export function unitSlideParts(groups: readonly UnitGroup[], perSlide: number): { former: string[]; units: number }[] {
  const parts: { former: string[]; units: number }[] = [];
  let current: { former: string[]; units: number } | null = null;
  for (const group of groups) {
    const id = group.former?.id;
    if (!id) continue;
    if (current && current.units + group.units.length <= perSlide) {
      current.former.push(id);
      current.units += group.units.length;
    } else {
      current = { former: [id], units: group.units.length };
      parts.push(current);
    }
  }
  return parts;
}

/** What a slide of some former districts shows: those districts, and how many of the units are theirs. Null when not a part. */
export function unitPart(units: readonly Area[], former: readonly string[], areaOf: (id: string) => Area | undefined): { former: Area[]; shown: number } | null {
  if (former.length === 0) return null;
  const kept = filterUnits(units, { query: '', former }, areaOf);
  return { former: former.flatMap((id) => areaOf(id) ?? []), shown: kept.length };
}

/** The units [from, to) of the groups in their order, still under their headings: one page of a long list. */
export function sliceGroups(groups: readonly UnitGroup[], from: number, to: number): UnitGroup[] {
  const sliced: UnitGroup[] = [];
  let start = 0;
  for (const group of groups) {
    const end = start + group.units.length;
    const units = group.units.slice(Math.max(0, from - start), Math.max(0, to - start));
    if (units.length > 0) sliced.push({ former: group.former, units });
    start = end;
  }
  return sliced;
}
