import type { Area } from '../model';
import { inForceIn, likelySuccessors } from './areas';
import { closest, foldText, type Suggestion } from '../text/text-key';

/** Administrative prefixes as written in reports, folded, longest first. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/^tp /, 'thanh pho '],
  [/^h /, 'huyen '],
  [/^tx /, 'thi xa '],
];
const PREFIXES = ['thanh pho ', 'thi xa ', 'thi tran ', 'huyen ', 'tinh ', 'quan ', 'phuong ', 'xa ', 'dac khu '];
/** What a prefix says of the level: "tỉnh Lai Châu" is the province, "TP Lai Châu" the city. */
const PREFIX_LEVEL: Record<string, Area['level']> = { 'tinh ': 'province', 'huyen ': 'district', 'thanh pho ': 'district', 'thi xa ': 'district', 'quan ': 'district', 'xa ': 'commune', 'phuong ': 'commune', 'dac khu ': 'commune', 'thi tran ': 'commune' };

function expand(folded: string): string {
  return ABBREVIATIONS.reduce((text, [pattern, full]) => text.replace(pattern, full), folded);
}

function stripPrefix(folded: string): string {
  const prefix = PREFIXES.find((p) => folded.startsWith(p));
  return prefix ? folded.slice(prefix.length) : folded;
}

/** A name as the matcher compares it: folded, abbreviations written out, the administrative prefix dropped ("H. Sìn Hồ" → "sin ho"). */
export const areaNameCore = (name: string): string => stripPrefix(expand(foldText(name)));

/** Names whose meaning a matcher remembers; beyond, each is worked out again (a file of a million made-up names). */
const REMEMBERED_NAMES = 100_000;

export type AreaMatch =
  | { ok: true; area: Area }
  | { ok: false; reason: 'unknown' | 'ambiguous'; suggestions: Suggestion<Area>[] }
  /** The name is a unit, but not one in force in the figure's year: the successors it likely means. */
  | { ok: false; reason: 'out-of-force'; area: Area; successors: Area[]; suggestions: Suggestion<Area>[] };

export interface AreaMatcher {
  /** With a year, only units in force at its end can match (the year rule); a unit out of force is said as such. */
  match(name: string, year?: number): AreaMatch;
  /** The area a name matches in every year alike (one unit, never out of force), or null: then ask `match` per year. */
  timeless(name: string): Area | null;
}

/**
 * Matches area names as reports write them: "Sin Ho", "SÌN HỒ", "H. Sìn Hồ", "huyện Sìn Hồ",
 * "TP Lai Châu". A full-name match wins ("Lai Châu" is the province, "TP Lai Châu" the city);
 * otherwise the name without its prefix must match exactly one area. Never a silent new area.
 */
export function createAreaMatcher(areas: readonly Area[]): AreaMatcher {
  const full = new Map<string, Area[]>();
  const core = new Map<string, Area[]>();
  const add = (map: Map<string, Area[]>, key: string, area: Area) => {
    const list = map.get(key) ?? [];
    if (!list.includes(area)) list.push(area);
    map.set(key, list);
  };
  for (const area of areas) {
    const name = expand(foldText(area.name));
    add(full, name, area);
    add(full, foldText(area.id), area);
    add(core, stripPrefix(name), area);
  }
  const candidates = areas.map((area) => ({
    item: area,
    label: area.name,
    keys: [foldText(area.name), stripPrefix(expand(foldText(area.name)))],
  }));

  const inYear = (list: readonly Area[] | undefined, year: number | undefined) => (list ?? []).filter((a) => year === undefined || inForceIn(a, year));

  // What a name can mean does not depend on the year: worked out once per name (a file repeats its names every year).
  const meanings = new Map<string, { exactAll: Area[]; coreAll: Area[] }>();
  const meaningOf = (name: string) => {
    let found = meanings.get(name);
    if (found) return found;
    const folded = expand(foldText(name));
    const level = PREFIX_LEVEL[PREFIXES.find((p) => folded.startsWith(p)) ?? ''];
    const pick = (list: readonly Area[] | undefined): Area[] => {
      const all = list ?? [];
      return all.length > 1 && level ? all.filter((a) => a.level === level) : [...all];
    };
    found = { exactAll: pick(full.get(folded)), coreAll: pick(core.get(stripPrefix(folded))) };
    // A copy of the name as the key: a cell of a file being read keeps the file's chunk alive.
    if (meanings.size < REMEMBERED_NAMES) meanings.set(` ${name}`.slice(1), found);
    return found;
  };

  const always = (a: Area | undefined) => (a && a.validFrom == null && a.validTo == null ? a : null);
  return {
    timeless(name) {
      const { exactAll, coreAll } = meaningOf(name);
      // What match does for any year: one exact unit in force wins; with no exact one, one unit by the core name.
      if (exactAll.length === 1) return always(exactAll[0]);
      return exactAll.length === 0 && coreAll.length === 1 ? always(coreAll[0]) : null;
    },
    match(name, year) {
      const { exactAll, coreAll } = meaningOf(name);
      const exact = inYear(exactAll, year);
      if (exact.length === 1 && exact[0]) return { ok: true, area: exact[0] };
      const byCore = inYear(coreAll, year);
      if (exact.length === 0 && byCore.length === 1 && byCore[0]) return { ok: true, area: byCore[0] };
      const ambiguous = exact.length > 1 || byCore.length > 1;
      const suggestions = closest(name, year === undefined ? candidates : candidates.filter((c) => inForceIn(c.item, year)));
      // Only units of another period answer to the name: say which period, and its successors.
      const outOfForce = exactAll[0] ?? coreAll[0];
      if (!ambiguous && exact.length === 0 && byCore.length === 0 && outOfForce && year !== undefined)
        return { ok: false, reason: 'out-of-force', area: outOfForce, successors: likelySuccessors(areas, outOfForce, year), suggestions };
      return { ok: false, reason: ambiguous ? 'ambiguous' : 'unknown', suggestions };
    },
  };
}
