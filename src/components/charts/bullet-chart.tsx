import { Bar, BarChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Evaluation } from '../../domain/evaluation/evaluate';
import type { Indicator } from '../../domain/model';
import { SERIES_COLORS } from '../status/status-style';
import { usePresenters } from '../../lib/language/use-presenters';
import { bulletScale, type PlanMark } from './bullet-scale';
import { useChartText } from './chart-text';
import { observationTooltip } from './observation-tooltip';

/** The plan line's label: "KH", or a floor "≥ KH" / "> KH", a ceiling "≤ KH" / "< KH". */
const MARKS: Record<PlanMark, string> = { 'plan': '', 'at-least': '≥ ', 'above': '> ', 'at-most': '≤ ', 'below': '< ' };

/** One indicator's bullet: actual bar, plan marker (with the span a range or "khoảng" meets); tick labels in the active locale. */
export function BulletChart({ evaluation, indicator, areaName, height = 70 }: { evaluation: Evaluation; indicator: Indicator; areaName: string; height?: number }) {
  const { p, t } = usePresenters();
  const text = useChartText();
  const scale = bulletScale(evaluation);
  if (!scale) return <p className="no-data">{p.percent(evaluation.percent)}</p>;
  const data = [{ name: p.name(indicator), value: scale.actual, evaluation }];
  const tick = (v: number) => (scale.kind === 'percent' ? `${p.number(v, 0)}%` : p.number(v, 2));
  return (
    <ResponsiveContainer width="100%" height={text.size(height)}>
      <BarChart data={data} layout="vertical" margin={{ top: text.size(20), right: 24, bottom: 0, left: 8 }}>
        <XAxis type="number" domain={scale.domain} tickFormatter={tick} tick={text.tick(13)} tickCount={5} allowDataOverflow />
        <YAxis type="category" dataKey="name" hide />
        <Tooltip content={observationTooltip(indicator, () => areaName)} cursor={false} />
        {scale.band && <ReferenceArea x1={scale.band[0]} x2={scale.band[1]} fill={SERIES_COLORS.plan} fillOpacity={0.2} stroke="none" ifOverflow="extendDomain" className="plan-band" />}
        <Bar dataKey="value" fill={SERIES_COLORS.actual} barSize={text.size(22)} isAnimationActive={false} name={scale.kind === 'percent' ? t('percentOfPlan') : t('actual')} />
        {scale.plan !== null && (
          <ReferenceLine
            x={scale.plan}
            stroke={scale.planDerived ? SERIES_COLORS.derivedPlan : SERIES_COLORS.plan}
            strokeWidth={3}
            strokeDasharray={scale.planDerived ? '4 3' : undefined}
            ifOverflow="extendDomain"
            label={{ value: scale.kind === 'percent' ? '100%' : `${MARKS[scale.mark]}${t('planShort')}`, position: 'top', fontSize: text.size(12), fill: SERIES_COLORS.plan }}
          />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
