import { PERIOD_SLOTS } from '../periods/period-code';

/**
 * The (area, year, indicator) keys already read: a bit each while the catalog's key space is at most
 * 2^27 (16 MB), else a set. "has" also records the key.
 */
export function seenKeys(space: number): { has(key: number): boolean } {
  if (space <= 1 << 27) {
    const bits = new Uint8Array(Math.ceil(space / 8));
    return {
      has(key) {
        const byte = key >>> 3;
        const bit = 1 << (key & 7);
        if ((bits[byte]! & bit) !== 0) return true;
        bits[byte]! |= bit;
        return false;
      },
    };
  }
  const keys = new Set<number>();
  return { has: (key) => keys.has(key) || (keys.add(key), false) };
}

/**
 * seenKeys over (key, period slot): the year's figures (slot 0) in `seenKeys(space)` as before periods,
 * a period's in a set made at the first one, so a file without periods costs no more.
 */
export function seenKeysWithPeriods(space: number): { has(key: number, slot: number): boolean } {
  const years = seenKeys(space);
  let periods: Set<number> | null = null;
  return {
    has(key, slot) {
      if (slot === 0) return years.has(key);
      periods ??= new Set();
      const k = key * PERIOD_SLOTS + slot;
      return periods.has(k) || (periods.add(k), false);
    },
  };
}
