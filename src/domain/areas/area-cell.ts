import { createAreaMatcher } from './area-match';
import { inForceIn } from './areas';
import type { Localized } from '../issues';
import type { Area } from '../model';

export type AreaCell = { ok: true; id: string } | { ok: false; message: Localized };

/**
 * An area cell of a catalog file (awards.csv, main-targets.csv): an id or a name in force that
 * year, or a message with the closest names when it is neither.
 */
export function createAreaCellReader(areas: readonly Area[]): (text: string, year: number | undefined) => AreaCell {
  const matcher = createAreaMatcher(areas);
  const byId = new Map(areas.map((a) => [a.id, a]));
  return (text, year) => {
    const known = byId.get(text);
    if (known && (year === undefined || inForceIn(known, year))) return { ok: true, id: text };
    const found = text ? matcher.match(text, year) : null;
    if (found?.ok) return { ok: true, id: found.area.id };
    const names = found && 'suggestions' in found ? found.suggestions.map((s) => s.label).join(', ') : '';
    const hint = names ? { vi: ` Có phải: ${names}?`, en: ` Did you mean: ${names}?` } : { vi: '', en: '' };
    return { ok: false, message: { vi: `Đơn vị "${text}" không có trong danh mục (hoặc không còn hiệu lực năm đó).${hint.vi} Ghi mã hoặc tên trong areas.csv.`, en: `Area "${text}" is not in the catalog (or not in force that year).${hint.en} Write an id or name from areas.csv.` } };
  };
}
