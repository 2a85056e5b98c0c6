import { ReferenceArea, ReferenceDot, ReferenceLine } from 'recharts';
import type { MultiYearTarget } from '../../domain/dataset/multi-year-targets';
import { planPoint } from '../../domain/evaluation/plan-status';
import type { Direction } from '../../domain/model';
import { SERIES_COLORS } from '../status/status-style';

/**
 * A multi-year target drawn on a trend over its years: a range ("tăng bình quân 9 - 10%/năm") as a band, any
 * other yearly target as a line across its years, a level to reach ("3.000 tỷ đồng vào năm 2025") as a mark at
 * its last year. Each labelled with its period and words. Returned as elements (Recharts reads its children).
 */
export function targetMarks(targets: readonly MultiYearTarget[], direction: Direction, language: 'vi' | 'en', fontSize: number) {
  return targets.map((target) => {
    const { form, measure } = target.reading;
    // The band's and the line's label is short, above them (a plan's or actual's figure may sit at their edge); the level's mark says its words.
    const named = `${language === 'vi' ? 'Mục tiêu' : 'Target'} ${target.first}–${target.last}`;
    const label = { value: named, fontSize, fill: SERIES_COLORS.label };
    const key = target.observation.period!;
    if (measure === 'end-level') {
      const y = planPoint(form, direction).point;
      return <ReferenceDot key={key} x={target.last} y={y} r={7} fill={SERIES_COLORS.ground} stroke={SERIES_COLORS.plan} strokeWidth={3} ifOverflow="extendDomain" label={{ ...label, value: `${named}: ${target.observation.planText ?? ''}`, position: 'left' }} />;
    }
    if (form.kind === 'range')
      return <ReferenceArea key={key} x1={target.first} x2={target.last} y1={form.low} y2={form.high} fill={SERIES_COLORS.plan} fillOpacity={0.15} stroke={SERIES_COLORS.plan} strokeDasharray="4 4" ifOverflow="extendDomain" label={{ ...label, position: 'top' }} />;
    const y = planPoint(form, direction).point;
    return <ReferenceLine key={key} segment={[{ x: target.first, y }, { x: target.last, y }]} stroke={SERIES_COLORS.plan} strokeWidth={2} strokeDasharray="10 5" ifOverflow="extendDomain" label={{ ...label, position: 'top' }} />;
  });
}
