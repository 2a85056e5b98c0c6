import { useEffect, useMemo, useState } from 'react';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area, Indicator } from '../../domain/model';
import { indicatorSummary, summaryIndicators, type IndicatorSummary } from '../../domain/dataset/province-summary';

/** Up to this many cells (units × indicators) the cards are made in the render; beyond (700 districts × 20 indicators, 3,300 communes × 50) a slice at a time. */
const IN_RENDER_CELLS = 10_000;
/** How long one slice may take: well under a frame budget of long-task size (50 ms). */
const SLICE_MS = 25;

export interface ProvinceSummary {
  /** The indicators with a card, at once. */
  indicators: Indicator[];
  /** The cards; null while a large summary is still being made (between slices, the page stays responsive). */
  summaries: IndicatorSummary[] | null;
}

/**
 * The overview's KPI cards. A country's (3,300 units × 50 indicators, each an evaluation) took one
 * task of 150–300 ms on a cold load and on each year switch; it is now made a few indicators per
 * task, and the cards appear when all are made. The figures are the same: each card is
 * `indicatorSummary`, what `provinceSummary` makes.
 */
export function useProvinceSummary(index: DatasetIndex, province: Area | undefined, year: number, units: readonly Area[]): ProvinceSummary {
  const indicators = useMemo(() => (province ? summaryIndicators(index, province, year, units) : []), [index, province, year, units]);
  const inRender = (units.length + 1) * indicators.length <= IN_RENDER_CELLS;
  const made = useMemo(() => (inRender && province ? indicators.map((i) => indicatorSummary(index, province, year, units, i)) : null), [inRender, index, province, year, units, indicators]);
  const [sliced, setSliced] = useState<{ indicators: Indicator[]; summaries: IndicatorSummary[] } | null>(null);
  useEffect(() => {
    if (inRender || !province) return;
    const out: IndicatorSummary[] = [];
    let k = 0;
    let timer = 0;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      while (k < indicators.length && performance.now() < until) out.push(indicatorSummary(index, province, year, units, indicators[k++]!));
      if (k < indicators.length) timer = window.setTimeout(slice, 0);
      else setSliced({ indicators, summaries: out });
    };
    timer = window.setTimeout(slice, 0);
    return () => window.clearTimeout(timer);
  }, [inRender, index, province, year, units, indicators]);
  return { indicators, summaries: made ?? (sliced?.indicators === indicators ? sliced.summaries : null) };
}
