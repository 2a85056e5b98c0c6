import { describe, expect, it } from 'vitest';
import { RowSizes } from './row-sizes';

/** The same answers by summing every row, for comparison. */
const naive = (heights: number[]) => ({
  start: (i: number) => heights.slice(0, i).reduce((a, b) => a + b, 0),
  indexAt: (y: number) => {
    let sum = 0;
    for (let i = 0; i < heights.length; i++) {
      sum += heights[i]!;
      if (sum > y) return i;
    }
    return heights.length - 1;
  },
});

describe('RowSizes', () => {
  it.each([1, 2, 7, 64, 1000])('agrees with summing every row (%i rows)', (count) => {
    const sizes = new RowSizes(count, 44);
    const heights = Array.from({ length: count }, () => 44);
    for (let k = 0; k < count; k += 3) {
      const h = 30 + ((k * 37) % 50);
      sizes.set(k, h);
      heights[k] = h;
    }
    const check = naive(heights);
    for (let i = 0; i <= count; i += Math.max(1, Math.floor(count / 50))) expect(sizes.start(i)).toBeCloseTo(check.start(i), 3);
    expect(sizes.total).toBeCloseTo(check.start(count), 3);
    for (let y = 0; y < check.start(count) + 100; y += 17) expect(sizes.indexAt(y)).toBe(check.indexAt(y));
  });

  it('says whether a measurement changed anything, and ignores rows outside the table', () => {
    const sizes = new RowSizes(10, 44);
    expect(sizes.set(3, 44)).toBe(false);
    expect(sizes.set(3, 60)).toBe(true);
    expect(sizes.set(3, 60.2)).toBe(false);
    expect(sizes.set(10, 60)).toBe(false);
    expect(sizes.set(-1, 60)).toBe(false);
    expect(sizes.set(4, 0)).toBe(false);
    expect(sizes.total).toBe(10 * 44 + 16);
  });

  it('has no rows to find in an empty table', () => {
    expect(new RowSizes(0, 44).total).toBe(0);
    expect(new RowSizes(0, 44).indexAt(100)).toBe(0);
  });
});
