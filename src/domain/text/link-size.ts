import type { Localized } from '../issues';
import { LIMITS } from '../limits';
import { shortValue } from './safe-text';

/**
 * The longest query string the app reads: a scheme at its limit plus the selection beside it.
 * A longer one is not read at all — every hook that reads the URL would parse it again on each
 * render (a 50 MB link froze the tab) — its longest parameters are dropped until it fits.
 */
export const MAX_SEARCH_CHARS = LIMITS.schemeLinkChars + 1024;

export interface DroppedParam {
  param: string;
  length: number;
}

/** A parameter's name as the app reads it; a name that does not decode is shown as written. */
function nameOf(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * The query string within MAX_SEARCH_CHARS, and what was dropped to get there; null when it
 * already fits. Works on the raw "name=value" pairs: a huge value is measured, never decoded, and
 * the pairs kept are written back exactly as they came.
 */
export function trimLongSearch(search: string): { search: string; dropped: DroppedParam[] } | null {
  if (search.length <= MAX_SEARCH_CHARS) return null;
  const pairs = search.replace(/^\?/, '').split('&').map((raw, order) => {
    const equals = raw.indexOf('=');
    const rawName = equals === -1 ? raw : raw.slice(0, equals);
    return { raw, order, rawName, valueLength: equals === -1 ? 0 : raw.length - equals - 1 };
  });
  const dropped: DroppedParam[] = [];
  let total = search.length;
  const gone = new Set<number>();
  for (const pair of [...pairs].sort((a, b) => b.raw.length - a.raw.length)) {
    // A value over the scheme's limit never stays, whatever the total.
    if (total <= MAX_SEARCH_CHARS && pair.valueLength <= LIMITS.schemeLinkChars && pair.rawName.length <= 100) continue;
    gone.add(pair.order);
    dropped.push({ param: nameOf(pair.rawName.slice(0, 100)), length: pair.valueLength });
    total -= pair.raw.length + 1;
  }
  const kept = pairs.filter((p) => !gone.has(p.order) && p.raw !== '').map((p) => p.raw);
  return { search: kept.length > 0 ? `?${kept.join('&')}` : '', dropped };
}

/** What the reader is told about one dropped parameter: which, how long, the limit, and what to do instead. */
export function droppedParamMessage({ param, length }: DroppedParam): Localized {
  const name = shortValue(param, 40);
  const fix =
    param === 'scheme'
      ? { vi: 'Trang hiện bộ tiêu chí mặc định. Hãy chia sẻ bộ tiêu chí bằng tệp JSON (“Tải bộ tiêu chí”) thay cho đường dẫn.', en: 'The page shows the default scheme. Share the scheme as a JSON file (“Download the scheme”) instead of a link.' }
      : { vi: 'Trang hiện như không có tham số đó. Hãy xin người gửi một đường dẫn ngắn hơn.', en: 'The page is shown without it. Ask the sender for a shorter link.' };
  return {
    vi: `Đường dẫn có tham số “${name.vi}” dài ${length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${LIMITS.schemeLinkChars.toLocaleString('vi-VN')}, nên đã được bỏ khỏi đường dẫn. ${fix.vi}`,
    en: `The link has a parameter “${name.en}” of ${length.toLocaleString('en-GB')} characters, over the limit of ${LIMITS.schemeLinkChars.toLocaleString('en-GB')}, so it was removed from the link. ${fix.en}`,
  };
}
