import type { CSSProperties } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Evaluation } from '../../domain/evaluation/evaluate';
import type { Indicator } from '../../domain/model';
import { SERIES_COLORS } from '../status/status-style';
import { usePresenters } from '../../lib/language/use-presenters';
import { useChartText } from './chart-text';
import { observationTooltip } from './observation-tooltip';

export interface ComparisonRow {
  areaName: string;
  plan: number | null;
  planDerived: boolean;
  actual: number | null;
  percentLabel: string;
  evaluation: Evaluation;
}

/** Units side by side: plan and actual bars per unit, % of plan printed at the bar's end. */
export function ComparisonChart({ rows, indicator, max }: { rows: ComparisonRow[]; indicator: Indicator; /** One scale for several charts (a chart per former district): their bars compare. */ max?: number }) {
  const { t, p } = usePresenters();
  const text = useChartText();
  // The height is a CSS variable so a slide can cap it to the screen (present.css) instead of shrinking the type.
  // Many units (38 communes) get thinner bars, never smaller labels: every unit keeps its line.
  const dense = rows.length > 12;
  const barSize = text.size(dense ? 14 : 18);
  const height = { '--chart-height': `${Math.max(160, rows.length * text.size(dense ? 42 : 72) + 60)}px` } as CSSProperties;
  return (
    <div className="comparison-chart" style={height}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: text.size(96), bottom: 8, left: 8 }} barGap={2}>
          <CartesianGrid stroke={SERIES_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={max === undefined ? undefined : [0, max]} tickFormatter={(v: number) => p.number(v, 2)} tick={text.tick(14)} />
          <YAxis type="category" dataKey="areaName" width={text.size(170)} tick={text.tick(15)} interval={0} />
          <Tooltip content={observationTooltip(indicator, (row) => (row as ComparisonRow).areaName)} cursor={{ fill: SERIES_COLORS.cursor }} />
          <Legend wrapperStyle={{ fontSize: text.size(14) }} formatter={text.legendText} />
          <Bar dataKey="plan" name={t('legendPlan')} fill={SERIES_COLORS.planBar} barSize={barSize} isAnimationActive={false}>
            {rows.map((row) => <Cell key={row.areaName} fill={row.planDerived ? SERIES_COLORS.derivedPlanBar : SERIES_COLORS.planBar} stroke={row.planDerived ? SERIES_COLORS.derivedPlanLine : undefined} strokeDasharray={row.planDerived ? '3 2' : undefined} />)}
          </Bar>
          <Bar dataKey="actual" name={t('legendActual')} fill={SERIES_COLORS.actual} barSize={barSize} isAnimationActive={false}>
            <LabelList dataKey="percentLabel" position="right" style={{ fontSize: text.size(14), fontWeight: 600, fill: SERIES_COLORS.label }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
