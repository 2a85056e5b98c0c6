import { useMemo } from 'react';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { multiYearTargets, type MultiYearTarget } from '../../domain/dataset/multi-year-targets';
import type { Indicator } from '../../domain/model';
import { formatPercent } from '../../domain/numbers/format';
import { formatPeriod } from '../../domain/periods/period-code';
import type { Presenters } from '../../lib/language/presenters';
import { usePresenters } from '../../lib/language/use-presenters';
import type { Translate } from '../../lib/language/use-language';

type T = Translate;

/** "Mục tiêu giai đoạn 2021–2025: tăng bình quân 9 - 10%/năm": the target as the resolution writes it. */
export function targetHead(target: MultiYearTarget, indicator: Indicator, t: T, p: Presenters): string {
  const { observation } = target;
  return t('targetOf', { period: formatPeriod(observation.period!, p.language), plan: observation.planText ?? p.figure(observation.plan, indicator) });
}

/** "2021–2024 tăng bình quân 6,9%/năm; chưa đạt mục tiêu; các năm còn lại cần 13,2%/năm": the progress so far. */
export function targetProgress(target: MultiYearTarget, indicator: Indicator, t: T, p: Presenters): string {
  const { progress, reading } = target;
  const rate = reading.measure === 'average-growth';
  const value = (v: number) => (rate ? formatPercent(v, p.language, 2) : p.computed(v, indicator));
  const parts: string[] = [];
  if (progress.achieved.kind === 'value') {
    const v = value(progress.achieved.value);
    parts.push(reading.measure === 'end-level' ? t('targetLevel', { year: progress.to, value: v })
      : t(rate ? 'targetGrowth' : reading.measure === 'total' ? 'targetTotal' : 'targetAverage', { from: progress.from, to: progress.to, value: v }));
    if (progress.status !== 'no-data') parts.push(t(progress.status === 'missed' || progress.status === 'nearly-met' ? 'targetNotYet' : 'targetMet'));
    if (progress.neededPerYear.kind === 'value' && progress.yearsLeft > 0) parts.push(t('targetNeeded', { value: value(progress.neededPerYear.value) }));
  } else parts.push(t('targetNoFigures', { missing: progress.missing.length > 0 ? ` (${p.language === 'vi' ? 'thiếu năm' : 'missing'} ${progress.missing.join(', ')})` : '' }));
  return parts.join('; ');
}

/** "Mục tiêu giai đoạn 2021–2025: tăng bình quân 9 - 10%/năm — 2021–2024 tăng bình quân 6,9%/năm, chưa đạt mục tiêu; các năm còn lại cần 13,2%/năm". */
export function targetText(target: MultiYearTarget, indicator: Indicator, t: T, p: Presenters): string {
  return `${targetHead(target, indicator, t, p)} — ${targetProgress(target, indicator, t, p)}`;
}

/** A unit's multi-year targets of an indicator whose span holds the year, each with its progress through it. */
export const targetsInForce = (index: DatasetIndex, area: string, indicator: Indicator, year: number): MultiYearTarget[] =>
  multiYearTargets(index, area, indicator, year).filter((x) => x.first <= year && year <= x.last);

/** The unit's multi-year targets of an indicator whose years include `year`, each with its progress so far. */
export function TargetLine({ index, area, indicator, year }: { index: DatasetIndex; area: string; indicator: Indicator; year: number }) {
  const { t, p } = usePresenters();
  const targets = useMemo(() => targetsInForce(index, area, indicator, year), [index, area, indicator, year]);
  if (targets.length === 0) return null;
  return <>{targets.map((x) => <p key={x.observation.period} className="target-line" data-testid="target-line">{targetText(x, indicator, t, p)}</p>)}</>;
}
