import { BulletChart } from '../../components/charts/bullet-chart';
import { useChartText } from '../../components/charts/chart-text';
import { NearScreen } from '../../components/charts/near-screen';
import { ChartFrame } from '../../components/charts/chart-frame';
import { evaluationColumns, evaluationFigures, evaluationRow, sourcesOf, unitAfterFirst } from '../../components/charts/evaluation-rows';
import { FigureLine } from '../../components/status/figure-line';
import { TargetLine } from '../../components/status/target-line';
import { useIndicatorSubset } from '../../components/pickers/indicator-subset';
import { StatusBadge } from '../../components/status/status-badge';
import { usePeriodSuffix, type PeriodChoice } from '../../components/pickers/period-picker';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';

/** Every indicator of one area and year as a bullet: actual bar, plan marker, % of plan. */
export function DistrictBullets({ index, area, year, period }: { index: DatasetIndex; area: Area; year: number; period: PeriodChoice }) {
  const { t, p } = usePresenters();
  const text = useChartText();
  const { shown: indicators, notice } = useIndicatorSubset(index.indicatorsWithData([area.id], year));
  const title = t('bulletTitle', { year }) + usePeriodSuffix(period);
  if (indicators.length === 0)
    return (
      <section>
        <h2>{title}</h2>
        <p className="no-data">{t('noIndicatorsForYear', { year })}</p>
      </section>
    );
  return (
    <>
      {notice}
      <ChartFrame
        title={title}
        caption={t('bulletLegend')}
        columns={unitAfterFirst(evaluationColumns(t, { key: 'indicator', label: t('indicator') }, { unit: '', decimals: 0 }), t('unit'))}
        rows={indicators.map((i) => ({ ...evaluationRow(p, ['indicator', p.name(i)], index.evaluation(area.id, year, i.id), i), unitOfRow: p.unit(i) }))}
        figures={indicators.map((i) => evaluationFigures(index.evaluation(area.id, year, i.id)))}
        sources={sourcesOf(indicators.map((i) => index.evaluation(area.id, year, i.id)))}
      >
        <ul className="bullet-list">
          {indicators.map((indicator) => {
            const evaluation = index.evaluation(area.id, year, indicator.id);
            if (!evaluation) return null;
            return (
              <li key={indicator.id} className="bullet-row" data-indicator={indicator.id} data-slide-indicator={indicator.id}>
                <div className="bullet-head">
                  <h3>{p.name(indicator)}</h3>
                  <StatusBadge status={evaluation.status} />
                </div>
                <FigureLine evaluation={evaluation} indicator={indicator} />
                <TargetLine index={period.yearIndex} area={area.id} indicator={indicator} year={year} />
                <NearScreen height={text.size(70)} figures={<>{t('actualShort')} {p.figure(evaluation.actual, indicator)} · {t('planShort')} {p.plan(evaluation.plan, indicator)}</>}>
                  <BulletChart evaluation={evaluation} indicator={indicator} areaName={area.name} />
                </NearScreen>
              </li>
            );
          })}
        </ul>
      </ChartFrame>
    </>
  );
}
