import { startTransition, useEffect, useMemo, useState } from 'react';
import { drain } from '../../domain/scoring/scoring';

/** How long one slice may take: well under a long task (50 ms). */
const SLICE_MS = 25;

/**
 * The value a generator of steps makes for `key`: drained in the render when `inRender` (small
 * inputs), else run a slice of steps per task and shown when whole; until then the one made before is
 * kept, marked pending (as a transition does), or null before the first. The figures are the same
 * either way: the same steps, drained. `key` must keep its identity while its inputs do (a memo).
 */
export function useSlicedSteps<K, R>(key: K | null, inRender: boolean, steps: (key: K) => Generator<void, R>): { value: R | null; pending: boolean } {
  const made = useMemo(() => (key !== null && inRender ? { value: drain(steps(key)) } : null), [key, inRender, steps]);
  const [sliced, setSliced] = useState<{ key: K; value: R } | null>(null);
  useEffect(() => {
    if (key === null || inRender) return;
    const running = steps(key);
    let timer = 0;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      for (;;) {
        const step = running.next();
        // A transition: React renders the page a few ms at a time, not in one task.
        if (step.done) return startTransition(() => setSliced({ key, value: step.value }));
        if (performance.now() >= until) break;
      }
      timer = window.setTimeout(slice, 0);
    };
    timer = window.setTimeout(slice, 0);
    return () => window.clearTimeout(timer);
  }, [key, inRender, steps]);
  if (made) return { value: made.value, pending: false };
  return { value: sliced?.value ?? null, pending: sliced?.key !== key };
}
