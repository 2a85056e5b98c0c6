import { describe, expect, it } from 'vitest';
import { availableBytes, keepFailure, worthTrying, type SpaceEstimate } from './keep-space';

const MB = 1024 ** 2;

describe('what is left for this site', () => {
  it.each<[string, SpaceEstimate | null, number | null]>([
    ['no estimate', null, null],
    ['no quota said', { quota: null, usage: 10 }, null],
    ['room left', { quota: 100 * MB, usage: 30 * MB }, 70 * MB],
    ['no usage said', { quota: 100 * MB, usage: null }, 100 * MB],
    ['over the quota already', { quota: 10 * MB, usage: 12 * MB }, 0],
    ['an infinite quota is not a number of bytes', { quota: Infinity, usage: 0 }, null],
  ])('%s', (_, estimate, expected) => {
    expect(availableBytes(estimate)).toBe(expected);
  });
});

describe('whether a copy is worth writing', () => {
  it.each<[string, number, SpaceEstimate | null, boolean]>([
    ['nothing known: try', 111 * MB, null, true],
    ['fits the quota', 111 * MB, { quota: 500 * MB, usage: 450 * MB }, true],
    ['larger than the whole quota: never fits', 111 * MB, { quota: 20 * MB, usage: 0 }, false],
    ['exactly the quota', 20 * MB, { quota: 20 * MB, usage: 0 }, true],
    ['no quota said', 111 * MB, { quota: null, usage: null }, true],
  ])('%s', (_, needed, estimate, expected) => {
    expect(worthTrying(needed, estimate)).toBe(expected);
  });
});

describe('why a copy was not kept', () => {
  const estimate = { quota: 20 * MB, usage: 2 * MB };
  it.each<[string, { name?: unknown; message?: unknown } | null, string, string]>([
    ['not tried: no room by the estimate', null, 'quota', ''],
    ['the browser refused the write: quota', new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'quota', 'The quota has been exceeded.'],
    ['an error as it crossed from the worker (a plain object)', { name: 'QuotaExceededError', message: 'full' }, 'quota', 'full'],
    ['no IndexedDB here', { name: 'NotIndexedDB', message: 'IndexedDB is not available' }, 'no-storage', 'IndexedDB is not available'],
    ['storage blocked', new DOMException('denied', 'SecurityError'), 'no-storage', 'denied'],
    ['something else', new Error('disk I/O'), 'error', 'disk I/O'],
    ['a hostile error with no strings', { name: 42, message: { x: 1 } }, 'error', ''],
  ])('%s', (_, error, reason, detail) => {
    expect(keepFailure(111 * MB, estimate, error)).toEqual({ kept: false, reason, needed: 111 * MB, available: 18 * MB, detail });
  });

  it.each<[string, SpaceEstimate | null, { name: string } | null, number | null]>([
    ['refused, though the estimate says there is room: the estimate is not repeated', { quota: 10 * 1024 * MB, usage: 0 }, { name: 'QuotaExceededError' }, null],
    ['refused, the estimate agrees', { quota: 50 * MB, usage: 10 * MB }, { name: 'QuotaExceededError' }, 40 * MB],
    ['another error keeps what the estimate said', { quota: 500 * MB, usage: 0 }, { name: 'UnknownError' }, 500 * MB],
  ])('%s', (_, said, error, available) => {
    expect(keepFailure(111 * MB, said, error)).toMatchObject({ available });
  });
});
