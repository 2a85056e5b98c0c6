import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `stages` parts that may wait are shown: all at once when `later` is false; else one
 * more in each task after a commit, until all are (then for good, so an editor among them keeps its
 * state and focus). A country's page mounted whole was one task of 200–400 ms; a part per task, the
 * page answers between them.
 */
export function useStagesShown(stages: number, later: boolean): number {
  const [shown, setShown] = useState(later ? 0 : stages);
  useEffect(() => {
    if (shown >= stages) return;
    const timer = window.setTimeout(() => startTransition(() => setShown(shown + 1)), 0);
    return () => window.clearTimeout(timer);
  }, [shown, stages]);
  return later ? shown : stages;
}
