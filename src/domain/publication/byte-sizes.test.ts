import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProgress, formatSize } from './byte-sizes';
import type { Progress } from './download-progress';

const MB = 1024 ** 2;

describe('progress in words', () => {
  it.each<[Progress, string, string]>([
    [{ received: 1.2 * MB, total: 10.7 * MB }, '1,2 / 10,7 MB', '1.2 / 10.7 MB'],
    [{ received: 0, total: 10.7 * MB }, '0,0 / 10,7 MB', '0.0 / 10.7 MB'],
    // What came is rounded down: the whole only once it is all here.
    [{ received: 10.69 * MB, total: 10.7 * MB }, '10,6 / 10,7 MB', '10.6 / 10.7 MB'],
    [{ received: 111 * MB, total: 111 * MB }, '111,0 / 111,0 MB', '111.0 / 111.0 MB'],
    [{ received: 512, total: 3 * 1024 }, '0,5 / 3,0 kB', '0.5 / 3.0 kB'],
    [{ received: 120, total: 800 }, '120 / 800 B', '120 / 800 B'],
    [{ received: 2.5 * 1024 ** 3, total: 3 * 1024 ** 3 }, '2,5 / 3,0 GB', '2.5 / 3.0 GB'],
    [{ received: 1.25 * MB, total: null }, '1,2 MB', '1.2 MB'],
    [{ received: 0, total: null }, '0 B', '0 B'],
  ])('%o', (progress, vi, en) => {
    expect(formatProgress(progress, 'vi')).toBe(vi);
    expect(formatProgress(progress, 'en')).toBe(en);
  });

  it('never says NaN, Infinity or more came than did, whatever the numbers', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 40), fc.option(fc.nat(2 ** 40)), (received, total) => {
        const text = formatProgress({ received, total }, 'en');
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
        const [shown = ''] = text.split(' ');
        const unit = text.split(' ').at(-1) ?? 'B';
        const scale = { B: 1, kB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[unit] ?? 1;
        expect(Number(shown.replace(/,/g, '')) * scale).toBeLessThanOrEqual(received);
      }),
    );
  });
});

describe('a size in words', () => {
  it.each<[number, string, string]>([
    [0, '0 B', '0 B'],
    [1023, '1.023 B', '1,023 B'],
    [1024, '1,0 kB', '1.0 kB'],
    [111.46 * MB, '111,5 MB', '111.5 MB'],
    [20 * MB, '20,0 MB', '20.0 MB'],
    [1.5 * 1024 ** 3, '1,5 GB', '1.5 GB'],
  ])('%d', (bytes, vi, en) => {
    expect(formatSize(bytes, 'vi')).toBe(vi);
    expect(formatSize(bytes, 'en')).toBe(en);
  });
});
