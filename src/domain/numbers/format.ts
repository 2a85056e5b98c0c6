import type { Indicator } from '../model';

export type Language = 'vi' | 'en';

const LOCALE_TAG: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };
/**
 * One formatter per language and decimals, made once: looked up by numbers, not a string key (a
 * country's report formats some 50,000 figures, and building the key was a tenth of its time).
 */
const formatters: Record<Language, Map<number, Intl.NumberFormat>> = { vi: new Map(), en: new Map() };

function formatter(language: Language, maxDecimals: number, minDecimals: number): Intl.NumberFormat {
  const key = maxDecimals * 128 + minDecimals;
  let f = formatters[language].get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAG[language], { maximumFractionDigits: maxDecimals, minimumFractionDigits: minDecimals });
    formatters[language].set(key, f);
  }
  return f;
}

/** The words of the 'too-large' no value (NO_VALUE_LABELS uses them too): what an infinite figure reads as. */
export const TOO_LARGE_TEXT: Record<Language, string> = { vi: 'số quá lớn, không tính được', en: 'too large to compute' };
/** The words of "no data", for a NaN that reached formatting. */
const NO_DATA_TEXT: Record<Language, string> = { vi: 'không có số liệu', en: 'no data' };

/** Never "∞" or "NaN": a figure that is not finite reads as the words of its no value. */
const notFinite = (value: number, language: Language) => (Number.isNaN(value) ? NO_DATA_TEXT : TOO_LARGE_TEXT)[language];

/**
 * A figure as a report printed it: every stored digit kept (up to 6 decimals), in the locale's marks.
 * Computed figures pass `maxDecimals` to avoid false precision.
 */
export function formatNumber(value: number, language: Language, maxDecimals = 6, minDecimals = 0): string {
  if (!Number.isFinite(value)) return notFinite(value, language);
  return formatter(language, maxDecimals, Math.min(minDecimals, maxDecimals)).format(decimalIntended(value, maxDecimals));
}

/**
 * A value about to be rounded, to 15 significant digits first: a quotient's binary noise (8,7 ÷ 8 =
 * 108,74999999999999%) must not round the decimal it stands for (108,75 → 108,8) the other way. A value
 * shown whole (no rounding) or past 10^15 is left as it is: every stored digit is printed.
 */
function decimalIntended(value: number, maxDecimals: number): number {
  if (Math.abs(value) >= 1e15 || Number.isInteger(value * 10 ** maxDecimals)) return value;
  return Number(value.toPrecision(15));
}

const ATTACHED_UNITS = new Set(['%', '‰']);

export function unitOf(indicator: Pick<Indicator, 'unit' | 'unitEn'>, language: Language): string {
  return language === 'vi' ? indicator.unit : indicator.unitEn;
}

/** "1.862 tỷ đồng", "24,88%", "0,45‰". */
export function withUnit(formatted: string, unit: string): string {
  if (unit === '') return formatted;
  return ATTACHED_UNITS.has(unit) ? `${formatted}${unit}` : `${formatted} ${unit}`;
}

export function formatPercent(value: number, language: Language, maxDecimals = 1): string {
  if (!Number.isFinite(value)) return notFinite(value, language);
  return `${formatNumber(value, language, maxDecimals)}%`;
}

/** A signed change: "+2,1" / "−3,89" (a true minus sign, readable from the back of the hall). */
export function formatSigned(value: number, language: Language, maxDecimals: number): string {
  if (!Number.isFinite(value)) return notFinite(value, language);
  const text = formatNumber(Math.abs(value), language, maxDecimals);
  if (value > 0) return `+${text}`;
  if (value < 0 && text.replace(/[0.,]/g, '') !== '') return `−${text}`;
  return text;
}
