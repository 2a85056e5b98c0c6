import type { DatasetIndex } from './dataset-index';
import type { Area, AreaLevel } from '../model';

/**
 * Drill-down by the hierarchy (country → province → district/commune): which area's units a view
 * shows. Pure: the views pass the ?in= of the link, the index answers.
 */
type Tree = Pick<DatasetIndex, 'dataset' | 'area' | 'province' | 'unitsOf' | 'indicatorsWithData'>;

/** Whether any area names this one as its parent (a commune has none; a cluster's provinces are not its units). */
export const hasUnits = (index: Pick<DatasetIndex, 'dataset'>, id: string): boolean => index.dataset.areas.some((a) => a.parent === id && a.level !== 'cluster');

/**
 * The area a view opens on: the province for a one-province dataset; when several provinces have
 * units, the country (or the topmost area above them) — a national dataset opens on the whole.
 */
export function defaultParent(index: Tree): Area | undefined {
  const withUnits = new Set(index.dataset.areas.filter((a) => a.level === 'district' || a.level === 'commune').map((a) => a.parent));
  const provinces = index.dataset.areas.filter((a) => a.level === 'province' && withUnits.has(a.id));
  if (provinces.length <= 1) return index.province;
  return index.dataset.areas.find((a) => a.level === 'country') ?? topOf(index, provinces[0]) ?? index.province;
}

/** The chain from the top of the hierarchy down to the area (clusters are emulation groups, not part of it). */
export function ancestry(index: Pick<DatasetIndex, 'area'>, area: Area): Area[] {
  const chain = [area];
  let current = area;
  // A catalog with a cycle must not hang the view: no real hierarchy is deeper than a few levels.
  while (current.parent && chain.length < 8) {
    const parent = index.area(current.parent);
    if (!parent || parent.level === 'cluster' || chain.includes(parent)) break;
    chain.unshift(parent);
    current = parent;
  }
  return chain;
}

const topOf = (index: Pick<DatasetIndex, 'area'>, area: Area | undefined): Area | undefined => (area ? ancestry(index, area)[0] : undefined);

export type ParentProblem =
  /** ?in= names no area of the dataset. */
  | { kind: 'unknown'; id: string }
  /** ?in= names a unit without units of its own (a commune): its parent is shown, and the unit offered. */
  | { kind: 'unit'; area: Area };

export interface ParentChoice {
  parent: Area | undefined;
  /** Whether the parent is the view's default (the link need not name it). */
  isDefault: boolean;
  problem: ParentProblem | null;
}

/** The parent a link asks for (?in=), checked: an unknown id or a unit without units falls back, and says so. */
export function resolveParent(index: Tree, asked: string | null): ParentChoice {
  const fallback = defaultParent(index);
  if (asked === null || asked === '') return { parent: fallback, isDefault: true, problem: null };
  const area = index.area(asked);
  if (!area || area.level === 'cluster') return { parent: fallback, isDefault: true, problem: { kind: 'unknown', id: asked } };
  if (hasUnits(index, area.id)) return { parent: area, isDefault: area.id === fallback?.id, problem: null };
  const parent = area.parent ? index.area(area.parent) : undefined;
  const shown = parent && parent.level !== 'cluster' ? parent : fallback;
  return { parent: shown, isDefault: shown?.id === fallback?.id, problem: { kind: 'unit', area } };
}

export interface UnitsUnder {
  units: Area[];
  level: AreaLevel | null;
  /** The areas between the parent and its units when the units are its grandchildren (a country's districts, by province), else null. */
  via: AreaLevel | null;
}

/**
 * The units a view lists under a parent in a year: its own units, or — when those carry no figures
 * that year (the provinces of a national dataset reported only by district) — their units, so a
 * ministry compares the 700 districts, each named with its province.
 */
export function unitsUnder(index: Tree, parentId: string, year: number): UnitsUnder {
  // Once per index, parent and year: every render of a national view asks (a pass over the year's rows), and views memoise on the same list.
  let known = unitsUnderOf.get(index);
  if (!known) unitsUnderOf.set(index, (known = new Map<string, UnitsUnder>()));
  const key = `${year}|${parentId}`;
  let under = known.get(key);
  if (!under) known.set(key, (under = findUnitsUnder(index, parentId, year)));
  return under;
}

const unitsUnderOf = new WeakMap<Tree, Map<string, UnitsUnder>>();

function findUnitsUnder(index: Tree, parentId: string, year: number): UnitsUnder {
  const children = index.unitsOf(parentId, year);
  const own = { units: children, level: children[0]?.level ?? null, via: null };
  if (children.length === 0 || index.indicatorsWithData(children.map((c) => c.id), year).length > 0) return own;
  const grandchildren = children.flatMap((c) => index.unitsOf(c.id, year));
  if (grandchildren.length === 0) return own;
  return { units: grandchildren, level: grandchildren[0]?.level ?? null, via: children[0]?.level ?? null };
}
