import { describe, expect, it } from 'vitest';
import { expectedFiles, isStalled, percentDone, STALL_AFTER_MS, sumProgress, type FileProgress, type Progress } from './download-progress';

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
