import { fullName } from '../../domain/areas/areas';
import type { Language } from '../../domain/numbers/format';
import type { Area, AreaLevel } from '../../domain/model';
import type { Translate } from '../../lib/language/use-language';
import type { MessageKey } from '../../lib/language/messages';

const LEVEL_KEY: Record<AreaLevel, MessageKey> = { district: 'levelDistrict', commune: 'levelCommune', province: 'levelProvince', cluster: 'levelCluster', country: 'levelCountry' };

/** "huyện, thành phố" / "xã, phường": what a level's units are called, plural, lower case. */
export const levelName = (level: AreaLevel | null, t: Translate): string => t(LEVEL_KEY[level ?? 'district']);

// A Map: a kind is data, and must never reach an object's own machinery ("constructor").
const KIND_EN = new Map([['huyện', 'district'], ['xã', 'commune'], ['phường', 'ward'], ['đặc khu', 'special zone']]);

/** A unit's name with its kind, so a commune and the district it took its name from never read alike: "xã Than Uyên" / "Than Uyên commune". */
export function unitName(area: Area, language: Language): string {
  if (language === 'vi') return fullName(area);
  const kind = area.kind ? KIND_EN.get(area.kind.toLocaleLowerCase('vi')) : undefined;
  return kind ? `${area.name} ${kind}` : area.name;
}

/** A group heading: "huyện Than Uyên cũ" / "former Than Uyên district". */
export function formerLabel(area: Area, language: Language, t: Translate): string {
  if (language === 'vi') return t('formerOf', { name: fullName(area) });
  return t('formerOf', { name: unitName(area, language) });
}
