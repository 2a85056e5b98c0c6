import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { firstShown, nextShown, UNITS_PER_TASK } from './units-shown';

// While the page prints (Ctrl+P or the print dialog), every unit is in it: paper has the whole report.
let printing = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const setPrinting = (on: boolean) => {
  printing = on;
  // At once, inside the event: the browser lays the page out for paper right after 'beforeprint'.
  flushSync(() => listeners.forEach((listener) => listener()));
};
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => setPrinting(true));
  window.addEventListener('afterprint', () => setPrinting(false));
}

/**
 * How many of `total` units are shown: all at once when `all` (a short report, a slide) or while
 * printing, else a part more in each task until all are. `key` is the model shown: a new one starts
 * again from its first part.
 */
export function useUnitsShown(key: object | null, total: number, all: boolean): number {
  const [state, setState] = useState<{ key: object | null; shown: number }>({ key, shown: firstShown(total, UNITS_PER_TASK, all) });
  const onPaper = useSyncExternalStore(subscribe, () => printing, () => false);
  const shown = state.key === key ? state.shown : firstShown(total, UNITS_PER_TASK, all);
  if (state.key !== key) setState({ key, shown });
  useEffect(() => {
    if (shown >= total) return;
    const timer = window.setTimeout(() => startTransition(() => setState((s) => (s.key === key ? { key, shown: nextShown(s.shown, total, UNITS_PER_TASK) } : s))), 0);
    return () => window.clearTimeout(timer);
  }, [key, shown, total]);
  return onPaper ? total : Math.min(shown, total);
}
