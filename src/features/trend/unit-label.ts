import { fullName } from '../../domain/areas/areas';
import type { Area } from '../../domain/model';
import type { TrendMessageKey } from './trend-messages';
import { shownDate } from './shown-date';

type Translate = (key: TrendMessageKey, params?: Record<string, string>) => string;

/**
 * How the trend names a unit where names repeat across the reform (huyện Than Uyên and xã Than
 * Uyên; Lào Cai before and after the merger): communes with their kind, a province formed by a
 * merger as new. Other units keep their plain name (links and tests name districts so; the
 * notes under the chart say when a district ended).
 */
export function unitTitle(area: Area, tt: Translate): string {
  if (area.level === 'commune') return fullName(area);
  if (area.succession === 'merged_from' && area.validFrom) return tt('newProvince', { name: area.name, date: shownDate(area.validFrom) });
  return area.name;
}
