import { areaNameCore } from './area-match';
import type { Area, AreaLevel } from '../model';
import { foldText } from '../text/text-key';

/**
 * Find an area by typing its name, with or without diacritics ("muong kim", "Xã Mường Kim", "H. Sìn Hồ"):
 * provinces before districts before communes, best match first. Built once per dataset version.
 */
export interface AreaHit {
  area: Area;
  /** Its parent, named beside it: "Xã Đông 12" is in every province. */
  parent: Area | undefined;
}

interface Entry {
  area: Area;
  keys: string[];
}

const LEVEL_ORDER: Record<AreaLevel, number> = { country: 0, province: 1, cluster: 2, district: 3, commune: 4 };

export interface AreaSearch {
  search(query: string, limit?: number): { hits: AreaHit[]; total: number };
}

export function createAreaSearch(areas: readonly Area[]): AreaSearch {
  const byId = new Map(areas.map((a) => [a.id, a]));
  // Clusters are emulation groups, chosen on the ranking, not places to drill into.
  const entries: Entry[] = areas.filter((a) => a.level !== 'cluster').map((area) => ({ area, keys: [...new Set([foldText(area.name), areaNameCore(area.name), foldText(`${area.kind ?? ''} ${area.name}`)])] }));
  /** 0: the whole name; 1: its beginning; 2: a word's beginning; 3: anywhere; null: no match. */
  const rankOf = (entry: Entry, query: string): number | null => {
    let best: number | null = null;
    for (const key of entry.keys) {
      const rank = key === query ? 0 : key.startsWith(query) ? 1 : key.includes(` ${query}`) ? 2 : key.includes(query) ? 3 : null;
      if (rank !== null && (best === null || rank < best)) best = rank;
    }
    return best;
  };
  return {
    search(query, limit = 12) {
      const folded = foldText(query);
      const core = areaNameCore(query);
      if (!folded) return { hits: [], total: 0 };
      const found: { entry: Entry; rank: number }[] = [];
      for (const entry of entries) {
        const a = rankOf(entry, folded);
        const b = core && core !== folded ? rankOf(entry, core) : null;
        const rank = a === null ? b : b === null ? a : Math.min(a, b);
        if (rank !== null) found.push({ entry, rank });
      }
      found.sort((x, y) => x.rank - y.rank || LEVEL_ORDER[x.entry.area.level] - LEVEL_ORDER[y.entry.area.level] || x.entry.area.name.localeCompare(y.entry.area.name, 'vi') || x.entry.area.id.localeCompare(y.entry.area.id));
      return {
        hits: found.slice(0, limit).map(({ entry }) => ({ area: entry.area, parent: entry.area.parent ? byId.get(entry.area.parent) : undefined })),
        total: found.length,
      };
    },
  };
}
