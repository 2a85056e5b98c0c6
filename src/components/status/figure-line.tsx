import type { Evaluation } from '../../domain/evaluation/evaluate';
import type { Indicator } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';

/** "TH 2,47 điểm % · KH ≈ 1,65 điểm % (KH suy ra) · 149,7% KH" — the numbers behind a chart, as text; below, the figures TH replaced. */
export function FigureLine({ evaluation, indicator }: { evaluation: Evaluation; indicator: Indicator }) {
  const { t, p } = usePresenters();
  const derived = evaluation.plan.kind === 'value' && evaluation.plan.origin === 'derived';
  const reported = evaluation.percent.kind === 'value' && evaluation.percent.basis === 'reported';
  const history = p.figureHistory(evaluation.observation, indicator);
  return (
    <>
      <p className="bullet-figures">
        {t('actualShort')} <strong>{p.figure(evaluation.actual, indicator)}</strong>
        {evaluation.actual !== null && p.figureMark(evaluation.observation) && <> <span className="flag figure-kind" title={t('provisionalExplain')}>{p.figureMark(evaluation.observation)}</span></>}
        {' · '}{t('planShort')} <strong>{p.plan(evaluation.plan, indicator)}</strong>
        {derived && <> <span className="flag" title={t('derivedPlanExplain')}>{t('derivedPlan')}</span></>}
        {evaluation.percent.kind === 'value' && (
          <>
            {' · '}<strong>{p.percent(evaluation.percent)}</strong>{' '}
            {evaluation.percent.basis === 'computed' && p.planPoint(evaluation.plan) ? <span title={p.planPointWhy(evaluation.plan)}>{p.planPoint(evaluation.plan)}</span> : t('ofPlan')}
          </>
        )}
        {reported && evaluation.actual === null && <> <span className="flag" title={t('reportedPercentExplain')}>{t('reportedPercent')}</span></>}
        {evaluation.warnings.length > 0 && <> <span className="flag">⚠ {t('inconsistent')}</span></>}
      </p>
      {history && <p className="figure-history">{t('figureHistory')}: {history}</p>}
    </>
  );
}
