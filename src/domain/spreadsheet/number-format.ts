import { plainNumber } from '../csv/csv-cell';

/** The most decimals a figure is shown with when nothing says otherwise: beyond it a double's noise shows (0.1 + 0.2). */
export const DEFAULT_MAX_DECIMALS = 6;

/** How many decimals a figure has as written in plain digits (28.25 → 2, 1e-7 → 7, 3 → 0); non-finite → 0. */
export function decimalsOf(value: number): number {
  const text = plainNumber(value);
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/**
 * An Excel number format code with thousands grouping: '#,##0' or '#,##0.0…' (without: '0', for a year). Codes are stored with
 * the invariant separators; Excel shows them in the reader's locale (1.234,5 in a Vietnamese Excel).
 */
export function numberFormat(decimals: number, grouping = true): string {
  const places = Math.max(0, Math.min(30, Math.trunc(decimals)));
  const whole = grouping ? '#,##0' : '0';
  return places === 0 ? whole : `${whole}.${'0'.repeat(places)}`;
}

/** A figure in the Vietnamese way for a CSV a Vietnamese Excel opens as a number: comma decimals, no grouping ("-1234,5"). */
export function vietnameseNumber(value: number): string {
  return plainNumber(value).replace('.', ',');
}
