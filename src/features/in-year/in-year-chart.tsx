import { CartesianGrid, LabelList, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartText } from '../../components/charts/chart-text';
import { SERIES_COLORS } from '../../components/status/status-style';
import type { InYearSeries } from '../../domain/dataset/in-year';
import type { Indicator } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import { useInYearT } from './in-year-messages';

const MONTHS = Array.from({ length: 12 }, (_, k) => k + 1);

/**
 * The year's running total month by month against the year's plan, last year's beside it: the monthly
 * meeting's chart. Each known month prints its figure; an unknown month stays a gap (never joined).
 */
export function InYearChart({ series, indicator, year, height }: { series: InYearSeries; indicator: Indicator; year: number; height: number }) {
  const { p } = usePresenters();
  const it = useInYearT();
  const text = useChartText();
  const labelSize = text.size(14);
  const data = series.months.map((m) => ({ month: m.month, current: m.current.value, lastYear: m.lastYear.value }));
  const values = data.flatMap((d) => [d.current, d.lastYear]).filter((v): v is number => v !== null);
  if (series.plan !== null) values.push(series.plan);
  const bottom = values.length > 0 ? Math.min(0, ...values) : 0;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: labelSize + 16, right: 32, bottom: 4, left: 12 }}>
        <CartesianGrid stroke={SERIES_COLORS.grid} strokeDasharray="3 3" />
        <XAxis dataKey="month" type="number" domain={[1, 12]} ticks={MONTHS} tickFormatter={(m: number) => it('monthShort', { m })} tick={text.tick(14)} padding={{ left: 24, right: 24 }} />
        <YAxis domain={[bottom, 'auto']} tickFormatter={(v: number) => p.number(v, 2)} tick={text.tick(14)} width={text.size(72)} />
        <Tooltip
          formatter={(value: unknown, name: unknown) => [typeof value === 'number' ? p.figure(value, indicator) : '', String(name)]}
          labelFormatter={(m: unknown) => `${it('month')} ${String(m)}`}
          cursor={{ stroke: SERIES_COLORS.cursor }}
        />
        <Legend wrapperStyle={{ fontSize: text.size(14) }} formatter={text.legendText} />
        {series.plan !== null && (
          <ReferenceLine
            y={series.plan}
            stroke={SERIES_COLORS.plan}
            strokeWidth={2}
            strokeDasharray="8 5"
            ifOverflow="extendDomain"
            label={{ value: it('planLine', { plan: p.figure(series.plan, indicator) }), position: 'insideTopLeft', fontSize: labelSize, fill: SERIES_COLORS.label }}
          />
        )}
        <Line dataKey="lastYear" name={it('legendLast', { year: year - 1 })} stroke={SERIES_COLORS.derivedPlanLine} strokeWidth={2} strokeDasharray="6 4" dot={{ r: 5, fill: SERIES_COLORS.ground, stroke: SERIES_COLORS.derivedPlanLine, strokeWidth: 2.5, strokeDasharray: 'none' }} isAnimationActive={false} connectNulls={false}>
          <LabelList dataKey="lastYear" position="bottom" offset={10} formatter={(v: unknown) => (typeof v === 'number' ? p.number(v) : '')} style={{ fontSize: text.size(13), fill: SERIES_COLORS.label }} />
        </Line>
        <Line dataKey="current" name={it('legendCurrent', { year })} stroke={SERIES_COLORS.actual} strokeWidth={3} dot={{ r: 6, fill: SERIES_COLORS.actual }} isAnimationActive={false} connectNulls={false}>
          <LabelList dataKey="current" position="top" offset={12} formatter={(v: unknown) => (typeof v === 'number' ? p.number(v) : '')} style={{ fontSize: labelSize, fontWeight: 700, fill: SERIES_COLORS.label }} />
        </Line>
      </LineChart>
    </ResponsiveContainer>
  );
}
