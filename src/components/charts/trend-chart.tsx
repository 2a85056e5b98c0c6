import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Indicator } from '../../domain/model';
import { SERIES_COLORS } from '../status-style';
import { usePresenters } from '../../lib/use-presenters';
import { useChartText } from './chart-text';
import { observationTooltip } from './observation-tooltip';
import type { TrendPoint } from './trend-series';

/** Actual line, plan line; derived plans as hollow markers; gaps stay gaps (no connectNulls). */
export function TrendChart({ points, indicator, areaName, height = 320, compact = false }: { points: TrendPoint[]; indicator: Indicator; areaName: string; height?: number; compact?: boolean }) {
  const { t, p } = usePresenters();
  const text = useChartText();
  const fontSize = text.size(compact ? 12 : 14);
  const hasDerived = points.some((pt) => pt.derivedPlan !== null);
  return (
    <ResponsiveContainer width="100%" height={compact ? text.size(height) : height}>
      <LineChart data={points} margin={{ top: 12, right: 24, bottom: 4, left: compact ? 0 : 12 }}>
        <CartesianGrid stroke={SERIES_COLORS.grid} strokeDasharray="3 3" />
        <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} ticks={points.map((pt) => pt.year)} tickFormatter={String} tick={text.tick(compact ? 12 : 14)} padding={{ left: 16, right: 16 }} />
        <YAxis tickFormatter={(v: number) => p.number(v, 2)} tick={text.tick(compact ? 12 : 14)} width={text.size(compact ? 48 : 72)} />
        <Tooltip content={observationTooltip(indicator, () => areaName)} cursor={{ stroke: SERIES_COLORS.grid }} />
        {!compact && <Legend wrapperStyle={{ fontSize }} formatter={text.legendText} />}
        <Line dataKey="actual" name={t('legendActual')} stroke={SERIES_COLORS.actual} strokeWidth={3} dot={{ r: 5, fill: SERIES_COLORS.actual }} isAnimationActive={false} connectNulls={false} />
        <Line dataKey="plan" name={t('legendPlan')} stroke={SERIES_COLORS.plan} strokeWidth={2} strokeDasharray="6 4" dot={{ r: 5, fill: SERIES_COLORS.plan, strokeWidth: 0 }} isAnimationActive={false} connectNulls={false} />
        {hasDerived && (
          <Line dataKey="derivedPlan" name={t('legendDerivedPlan')} stroke="none" legendType="circle" dot={{ r: 6, fill: SERIES_COLORS.ground, stroke: SERIES_COLORS.derivedPlan, strokeWidth: 2.5 }} activeDot={{ r: 7 }} isAnimationActive={false} />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
