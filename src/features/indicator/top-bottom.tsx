import { useState } from 'react';
import { ComparisonChart, type ComparisonRow } from '../../components/charts/comparison-chart';
import type { Indicator } from '../../domain/model';
import { topAndBottom } from '../../domain/numbers/paging';
import { useStagesShown } from '../../components/tables/use-stages-shown';
import { ComparisonList } from './comparison-list';
import { useIndicatorT } from './indicator-messages';

/** How many units at each end a national comparison charts. */
export const TOP_N = 10;
/** Up to this many units the comparison charts them all (a province's 38 communes). */
export const CHART_ALL_UP_TO = 60;

/**
 * Hundreds of units compared: the top and bottom N charted on one scale, said so, and a toggle that
 * lists all of them sorted (never hundreds of bars squeezed into one chart).
 */
export function TopBottomComparison({ rows, indicator }: { rows: ComparisonRow[]; indicator: Indicator }) {
  const it = useIndicatorT();
  const [all, setAll] = useState(false);
  // Two Recharts charts in one commit were one task of 200–350 ms at 3,300 communes: the bottom comes a task after the top.
  const charts = useStagesShown(1, true);
  // The bottom are the lowest % of plan, not the units without one (they stay in the full list, last).
  const valued = rows.filter((r) => r.evaluation.percent.kind === 'value');
  const { top, bottom } = topAndBottom(valued, TOP_N);
  const max = Math.max(0, ...rows.flatMap((r) => [r.plan ?? 0, r.actual ?? 0]));
  return (
    <div className="top-bottom">
      <p className="chart-caption top-bottom-caption">
        {all ? it('allCaption', { total: rows.length }) : it('topBottomCaption', { n: TOP_N, total: valued.length })}{' '}
        <button type="button" className="button secondary" aria-pressed={all} onClick={() => setAll(!all)}>
          {all ? it('showTopBottom', { n: TOP_N }) : it('showAll', { total: rows.length })}
        </button>
      </p>
      {all ? (
        <ComparisonList rows={rows} indicator={indicator} />
      ) : (
        <>
          <section className="comparison-group" aria-label={it('topHeading', { n: TOP_N })}>
            <h3>{it('topHeading', { n: TOP_N })}</h3>
            <ComparisonChart rows={top} indicator={indicator} max={max} />
          </section>
          <section className="comparison-group" aria-label={it('bottomHeading', { n: TOP_N })}>
            <h3>{it('bottomHeading', { n: TOP_N })}</h3>
            {charts > 0 && <ComparisonChart rows={bottom} indicator={indicator} max={max} />}
          </section>
        </>
      )}
    </div>
  );
}
