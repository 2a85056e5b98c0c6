import { describe, expect, it, vi } from 'vitest';
import { watchPendingUpdate } from './pending-update';

function fakeWorker(state: string) {
  const listeners: (() => void)[] = [];
  const worker = {
    state,
    addEventListener: (_type: 'statechange', listener: () => void) => listeners.push(listener),
    moveTo(next: string) {
      worker.state = next;
      listeners.forEach((listener) => listener());
    },
  };
  return worker;
}

describe('watchPendingUpdate', () => {
  it.each([
    { case: 'no registration', registration: undefined, hasController: true },
    { case: 'first visit, installing', registration: { installing: fakeWorker('installing'), waiting: null }, hasController: false },
    { case: 'first visit, waiting', registration: { installing: null, waiting: fakeWorker('installed') }, hasController: false },
    { case: 'nothing new', registration: { installing: null, waiting: null }, hasController: true },
  ])('stays quiet: $case', ({ registration, hasController }) => {
    const onWaiting = vi.fn();
    watchPendingUpdate(registration, hasController, onWaiting);
    (registration?.installing as ReturnType<typeof fakeWorker> | null)?.moveTo('installed');
    expect(onWaiting).not.toHaveBeenCalled();
  });

  it('reports a new build already waiting', () => {
    const onWaiting = vi.fn();
    watchPendingUpdate({ installing: null, waiting: fakeWorker('installed') }, true, onWaiting);
    expect(onWaiting).toHaveBeenCalledOnce();
  });

  it('reports a new build that was installing when the page registered, once it is installed', () => {
    const onWaiting = vi.fn();
    const worker = fakeWorker('installing');
    watchPendingUpdate({ installing: worker, waiting: null }, true, onWaiting);
    expect(onWaiting).not.toHaveBeenCalled();
    worker.moveTo('installed');
    expect(onWaiting).toHaveBeenCalledOnce();
  });

  it('does not report a build whose install failed', () => {
    const onWaiting = vi.fn();
    const worker = fakeWorker('installing');
    watchPendingUpdate({ installing: worker, waiting: null }, true, onWaiting);
    worker.moveTo('redundant');
    expect(onWaiting).not.toHaveBeenCalled();
  });
});
