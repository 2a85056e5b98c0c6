import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedFiles, formatProgress, isStalled, percentDone, STALL_AFTER_MS, sumProgress, type FileProgress, type Progress } from './download-progress';

const MB = 1024 ** 2;

describe('the files of a download together', () => {
  it.each<[string, Record<string, FileProgress>, Progress]>([
    ['nothing yet', {}, { received: 0, total: 0 }],
    ['one file of known size', { 'observations.csv': { received: 10, total: 100 } }, { received: 10, total: 100 }],
    ['three files', { a: { received: 1, total: 2 }, b: { received: 3, total: 4 }, c: { received: 0, total: 5 } }, { received: 4, total: 11 }],
    ['a size not known yet: no total is invented', { a: { received: 5, total: 10 }, b: { received: 7, total: null } }, { received: 12, total: null }],
  ])('%s', (_, files, expected) => {
    expect(sumProgress(files)).toEqual(expected);
  });

  it('takes the sizes the manifest gives, and none it does not', () => {
    const files = [{ name: 'areas.csv', bytes: 2000 }, { name: 'observations.csv', bytes: 11 * MB }];
    expect(expectedFiles(files, ['observations.csv', 'awards.csv'])).toEqual({ 'observations.csv': { received: 0, total: 11 * MB }, 'awards.csv': { received: 0, total: null } });
  });
});

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

describe('the share done', () => {
  it.each<[Progress, number | null]>([
    [{ received: 0, total: 100 }, 0],
    [{ received: 50, total: 100 }, 50],
    [{ received: 99.9, total: 100 }, 99],
    [{ received: 100, total: 100 }, 100],
    [{ received: 150, total: 100 }, 100],
    [{ received: 0, total: 0 }, 100],
    [{ received: 5, total: null }, null],
  ])('%o → %s', (progress, expected) => {
    expect(percentDone(progress)).toBe(expected);
  });
});

describe('a stalled download', () => {
  it.each<[string, number, number, boolean]>([
    ['a byte just came', 1000, 1000, false],
    ['just under the limit', 0, STALL_AFTER_MS - 1, false],
    ['at the limit', 0, STALL_AFTER_MS, true],
    ['headers never came: nothing since the start a minute ago', 0, 60_000, true],
  ])('%s', (_, last, now, stalled) => {
    expect(isStalled(last, now)).toBe(stalled);
  });
});
