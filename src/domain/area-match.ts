import type { Area } from './model';
import { closest, foldText, type Suggestion } from './text-key';

/** Administrative prefixes as written in reports, folded, longest first. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/^tp /, 'thanh pho '],
  [/^h /, 'huyen '],
  [/^tx /, 'thi xa '],
];
const PREFIXES = ['thanh pho ', 'thi xa ', 'huyen ', 'tinh ', 'quan '];
/** What a prefix says of the level: "tỉnh Lai Châu" is the province, "TP Lai Châu" the city. */
const PREFIX_LEVEL: Record<string, Area['level']> = { 'tinh ': 'province', 'huyen ': 'district', 'thanh pho ': 'district', 'thi xa ': 'district', 'quan ': 'district' };

function expand(folded: string): string {
  return ABBREVIATIONS.reduce((text, [pattern, full]) => text.replace(pattern, full), folded);
}

function stripPrefix(folded: string): string {
  const prefix = PREFIXES.find((p) => folded.startsWith(p));
  return prefix ? folded.slice(prefix.length) : folded;
}

export type AreaMatch =
  | { ok: true; area: Area }
  | { ok: false; reason: 'unknown' | 'ambiguous'; suggestions: Suggestion<Area>[] };

export interface AreaMatcher {
  match(name: string): AreaMatch;
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

  return {
    match(name) {
      const folded = expand(foldText(name));
      const exact = full.get(folded);
      if (exact?.length === 1 && exact[0]) return { ok: true, area: exact[0] };
      const level = PREFIX_LEVEL[PREFIXES.find((p) => folded.startsWith(p)) ?? ''];
      const coreMatches = core.get(stripPrefix(folded)) ?? [];
      const byCore = coreMatches.length > 1 && level ? coreMatches.filter((a) => a.level === level) : coreMatches;
      if (byCore.length === 1 && byCore[0]) return { ok: true, area: byCore[0] };
      const ambiguous = (exact?.length ?? 0) > 1 || byCore.length > 1;
      return { ok: false, reason: ambiguous ? 'ambiguous' : 'unknown', suggestions: closest(name, candidates) };
    },
  };
}
