import type { ReactNode } from 'react';
import { CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Indicator } from '../../domain/model';
import { SERIES_COLORS } from '../status/status-style';
import { usePresenters } from '../../lib/language/use-presenters';
import { useChartText } from './chart-text';
import { observationTooltip } from './observation-tooltip';
import { labelPlacement, type TrendPoint, type TrendSeriesKey } from './trend-series';

/**
 * Actual line, plan line; derived plans as hollow markers; gaps stay gaps (no connectNulls).
 * The full chart prints every figure at its point (a leader reads the number, not the height);
 * the compact small multiples leave that to their table.
 */
export function TrendChart({ points, indicator, areaName, height = 320, compact = false, children }: { points: TrendPoint[]; indicator: Indicator; areaName: string; height?: number; compact?: boolean; children?: ReactNode }) {
  const { t, p } = usePresenters();
  const text = useChartText();
  const fontSize = text.size(compact ? 12 : 14);
  const hasDerived = points.some((pt) => pt.derivedPlan !== null);
  const labelSize = text.size(14);
  /** The series' figures, the higher of actual and plan above its point, the lower below. */
  const labels = (series: TrendSeriesKey) =>
    compact
      ? null
      : (['top', 'bottom'] as const).map((position) => (
          <LabelList
            key={position}
            position={position}
            offset={10}
            valueAccessor={(_entry: unknown, i: number) => {
              const pt = points[i];
              const value = pt?.[series];
              if (!pt || value == null || labelPlacement(pt, series) !== position) return undefined;
              return series === 'derivedPlan' ? `≈ ${p.number(value, indicator.decimals)}` : p.number(value);
            }}
            style={{ fontSize: labelSize, fontWeight: series === 'actual' ? 700 : 500, fill: SERIES_COLORS.label }}
          />
        ));
  return (
    <ResponsiveContainer width="100%" height={compact ? text.size(height) : height}>
      <LineChart data={points} margin={{ top: compact ? 12 : labelSize + 16, right: 24, bottom: 4, left: compact ? 0 : 12 }}>
        <CartesianGrid stroke={SERIES_COLORS.grid} strokeDasharray="3 3" />
        <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} ticks={points.map((pt) => pt.year)} tickFormatter={String} tick={text.tick(compact ? 12 : 14)} padding={compact ? { left: 16, right: 16 } : { left: 40, right: 40 }} />
        <YAxis tickFormatter={(v: number) => p.number(v, 2)} tick={text.tick(compact ? 12 : 14)} width={text.size(compact ? 48 : 72)} />
        <Tooltip content={observationTooltip(indicator, () => areaName)} cursor={{ stroke: SERIES_COLORS.grid }} />
        {!compact && <Legend wrapperStyle={{ fontSize }} formatter={text.legendText} />}
        <Line dataKey="actual" name={t('legendActual')} stroke={SERIES_COLORS.actual} strokeWidth={3} dot={{ r: 5, fill: SERIES_COLORS.actual }} isAnimationActive={false} connectNulls={false}>
          {labels('actual')}
        </Line>
        <Line dataKey="plan" name={t('legendPlan')} stroke={SERIES_COLORS.plan} strokeWidth={2} strokeDasharray="6 4" dot={{ r: 5, fill: SERIES_COLORS.plan, strokeWidth: 0 }} isAnimationActive={false} connectNulls={false}>
          {labels('plan')}
        </Line>
        {hasDerived && (
          <Line dataKey="derivedPlan" name={t('legendDerivedPlan')} stroke="none" legendType="circle" dot={{ r: 6, fill: SERIES_COLORS.ground, stroke: SERIES_COLORS.derivedPlan, strokeWidth: 2.5 }} activeDot={{ r: 7 }} isAnimationActive={false}>
            {labels('derivedPlan')}
          </Line>
        )}
        {/* A view's own further series (the trend's figure by territory across the 2025 reform). */}
        {children}
      </LineChart>
    </ResponsiveContainer>
  );
}
