import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Evaluation } from '../../domain/evaluate';
import type { Indicator } from '../../domain/model';
import { SERIES_COLORS } from '../status-style';
import { usePresenters } from '../../lib/use-presenters';
import { observationTooltip } from './observation-tooltip';

export interface ComparisonRow {
  areaName: string;
  plan: number | null;
  planDerived: boolean;
  actual: number | null;
  percentLabel: string;
  evaluation: Evaluation;
}

/** Districts side by side: plan and actual bars per district, % of plan printed at the bar's end. */
export function ComparisonChart({ rows, indicator }: { rows: ComparisonRow[]; indicator: Indicator }) {
  const { t, p } = usePresenters();
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 72 + 60)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 96, bottom: 8, left: 8 }} barGap={2}>
        <CartesianGrid stroke={SERIES_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={(v: number) => p.number(v, 2)} tick={{ fontSize: 14, fill: SERIES_COLORS.axis }} />
        <YAxis type="category" dataKey="areaName" width={170} tick={{ fontSize: 15, fill: SERIES_COLORS.axis }} />
        <Tooltip content={observationTooltip(indicator, (row) => (row as ComparisonRow).areaName)} />
        <Legend wrapperStyle={{ fontSize: 14 }} formatter={(value: string) => <span style={{ color: SERIES_COLORS.axis }}>{value}</span>} />
        <Bar dataKey="plan" name={t('legendPlan')} fill="#9a9a9a" barSize={18} isAnimationActive={false}>
          {rows.map((row) => <Cell key={row.areaName} fill={row.planDerived ? '#d4d4d4' : '#8a8a8a'} stroke={row.planDerived ? '#555' : undefined} strokeDasharray={row.planDerived ? '3 2' : undefined} />)}
        </Bar>
        <Bar dataKey="actual" name={t('legendActual')} fill={SERIES_COLORS.actual} barSize={18} isAnimationActive={false}>
          <LabelList dataKey="percentLabel" position="right" style={{ fontSize: 14, fontWeight: 600, fill: '#1a1a1a' }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
