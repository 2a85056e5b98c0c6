import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { isPrintLayout, subscribePrintLayout } from '../../components/export/print-layout';
import { firstShown, nextShown, UNITS_PER_TASK } from './units-shown';

/**
 * How many of `total` units are shown: all at once when `all` (a short report, a slide) or while the
 * page is laid out for paper (print-layout.ts: the print button, or Ctrl+P's 'beforeprint', whose
 * microtasks render it before the paper layout), else a part more in each task until all are. `key` is
 * the model shown: a new one starts again from its first part.
 */
export function useUnitsShown(key: object | null, total: number, all: boolean): number {
  const [state, setState] = useState<{ key: object | null; shown: number }>({ key, shown: firstShown(total, UNITS_PER_TASK, all) });
  const onPaper = useSyncExternalStore(subscribePrintLayout, isPrintLayout, () => false);
  const shown = state.key === key ? state.shown : firstShown(total, UNITS_PER_TASK, all);
  if (state.key !== key) setState({ key, shown });
  useEffect(() => {
    if (shown >= total) return;
    const timer = window.setTimeout(() => startTransition(() => setState((s) => (s.key === key ? { key, shown: nextShown(s.shown, total, UNITS_PER_TASK) } : s))), 0);
    return () => window.clearTimeout(timer);
  }, [key, shown, total]);
  return onPaper ? total : Math.min(shown, total);
}
