import type { Evaluation } from '../../domain/evaluation/evaluate';
import type { Indicator } from '../../domain/model';
import { StatusBadge } from '../status/status-badge';
import { usePresenters } from '../../lib/language/use-presenters';

/** What a leader sees on hover: value with unit, plan, % of plan, status and the source. */
export function ObservationDetails({ evaluation, indicator, areaName }: { evaluation: Evaluation; indicator: Indicator; areaName: string }) {
  const { t, p } = usePresenters();
  const { observation } = evaluation;
  return (
    <div className="observation-tooltip">
      <div className="tooltip-title">{areaName} · {observation.year}</div>
      <div className="tooltip-subtitle">{p.name(indicator)}</div>
      <dl>
        <dt>{t('actual')}</dt>
        <dd>{p.figure(evaluation.actual, indicator)}{evaluation.actual !== null && p.figureMark(observation) ? ` (${p.figureMark(observation)})` : ''}</dd>
        <dt>{t('plan')}</dt>
        <dd>{p.plan(evaluation.plan, indicator)}{evaluation.plan.kind === 'value' && evaluation.plan.origin === 'derived' ? ` (${t('derivedPlan')})` : ''}</dd>
        <dt>{t('percentOfPlan')}</dt>
        <dd>
          {p.percent(evaluation.percent)}
          {evaluation.percent.kind === 'value' && evaluation.percent.basis === 'reported' ? ` (${t('reportedPercent')})` : ''}
          {evaluation.percent.kind === 'value' && evaluation.percent.basis === 'computed' && p.planPoint(evaluation.plan) ? ` ${p.planPoint(evaluation.plan)}` : ''}
        </dd>
        <dt>{t('status')}</dt>
        <dd><StatusBadge status={evaluation.status} /></dd>
      </dl>
      {evaluation.warnings.length > 0 && <p className="tooltip-warning">⚠ {t('inconsistent')}</p>}
      {p.figureHistory(observation, indicator) && <p className="tooltip-history">{t('figureHistory')}: {p.figureHistory(observation, indicator)}</p>}
      {observation.note && <p className="tooltip-note">{observation.note}</p>}
      <p className="tooltip-source">{t('source')}: {observation.source}</p>
    </div>
  );
}

/** Adapts ObservationDetails to Recharts' tooltip, which passes the hovered row as payload. */
export function observationTooltip(indicator: Indicator, areaName: (row: { evaluation?: Evaluation }) => string) {
  return function TooltipContent({ active, payload }: { active?: boolean; payload?: readonly { payload?: { evaluation?: Evaluation } }[] }) {
    const row = payload?.[0]?.payload;
    if (!active || !row?.evaluation) return null;
    return <ObservationDetails evaluation={row.evaluation} indicator={indicator} areaName={areaName(row)} />;
  };
}
