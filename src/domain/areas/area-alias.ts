import type { Area } from '../model';
import { createAreaMatcher, type AreaMatch } from './area-match';
import { inForceIn, likelySuccessors } from './areas';
import { foldText } from '../text/text-key';

/** Names are compared folded: "Huyen Tan Uyen" and "HUYỆN TÂN UYÊN" are one alias. */
export const areaAliasKey = (name: string): string => foldText(name);

/** A match, and whether it came from the analyst's alias rather than the catalog's names. */
export type AliasedAreaMatch = AreaMatch & { aliased?: boolean };

/**
 * The catalog's matcher, then the analyst's aliases (a name in the file → an area id) for a name
 * that matches no unit in force in the row's year. An alias still obeys the year rule: mapping
 * "Huyện Tân Uyên" to xã Tân Uyên for 2025 is fine, mapping a name to huyện Tân Uyên for 2025 is
 * out of force. A name that matches by itself keeps its match: a remembered alias for 2025 never
 * turns a 2024 row of the district into the commune.
 */
export function createAliasedAreaMatcher(areas: readonly Area[], aliases: Readonly<Record<string, string>> = {}) {
  const matcher = createAreaMatcher(areas);
  const byId = new Map(areas.map((a) => [a.id, a]));
  const chosen = new Map(Object.entries(aliases).flatMap(([name, id]) => {
    const area = byId.get(id);
    return area ? [[areaAliasKey(name), area] as const] : [];
  }));
  return {
    /** The area a name matches in every year alike; an alias is asked for only where the name matches nothing. */
    timeless: (name: string) => matcher.timeless(name),
    match(name: string, year?: number): AliasedAreaMatch {
      const direct = matcher.match(name, year);
      const area = direct.ok ? undefined : chosen.get(areaAliasKey(name));
      if (direct.ok || !area) return direct;
      if (year === undefined || inForceIn(area, year)) return { ok: true, area, aliased: true };
      return { ok: false, reason: 'out-of-force', area, successors: likelySuccessors(areas, area, year), suggestions: direct.suggestions, aliased: true };
    },
  };
}
