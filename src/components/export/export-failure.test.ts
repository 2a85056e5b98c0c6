import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportFailure, exportFailureReason, withTimeout } from './export-failure';

afterEach(() => vi.useRealTimers());

describe('withTimeout', () => {
  it('passes a result through', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000)).resolves.toBe(7);
  });

  it('gives up after the time with a reason', async () => {
    vi.useFakeTimers();
    const never = new Promise<never>(() => undefined);
    const bounded = withTimeout(never, 15_000);
    const seen = expect(bounded).rejects.toMatchObject({ code: 'timeout', seconds: 15 });
    await vi.advanceTimersByTimeAsync(15_000);
    await seen;
  });

  it('passes a failure through', async () => {
    await expect(withTimeout(Promise.reject(new Error('bad')), 1000)).rejects.toThrow('bad');
  });
});

describe('exportFailureReason', () => {
  it.each<[unknown, string]>([
    [new ExportFailure('timeout', 15), 'ảnh chưa vẽ xong sau 15 giây'],
    [new ExportFailure('no-image'), 'không trả về ảnh'],
    [new ExportFailure('not-ready'), 'chưa tải xong'],
    [new Event('error'), 'không vẽ được ảnh'],
    [new Error('x'.repeat(500)), 'lỗi: xxx'],
    ['a string', 'lỗi: a string'],
  ])('%s', (error, text) => {
    const reason = exportFailureReason(error);
    expect(reason.vi).toContain(text);
    expect(reason.en).not.toBe('');
    expect(reason.vi.length).toBeLessThan(200);
  });
});
