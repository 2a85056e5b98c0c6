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
