import { describe, expect, it } from 'vitest';
import { failureOf } from './worker-failure';

describe('a worker that cannot start', () => {
  it('fails a call raced with it, with the message, once the worker reports an error', async () => {
    const worker = new EventTarget() as Worker;
    const never = new Promise<string>(() => undefined);
    const call = Promise.race([never, failureOf(worker, 'không khởi động được')]);
    worker.dispatchEvent(new Event('error'));
    await expect(call).rejects.toThrow('không khởi động được');
  });

  it('lets a call that answers win', async () => {
    const worker = new EventTarget() as Worker;
    await expect(Promise.race([Promise.resolve('xong'), failureOf(worker, 'x')])).resolves.toBe('xong');
  });
});
