import { ChartFrame } from '../../components/charts/chart-frame';
import { useChartText } from '../../components/charts/chart-text';
import { NearScreen } from '../../components/charts/near-screen';
import { TrendChart } from '../../components/charts/trend-chart';
import { TrendFigures } from '../../components/charts/trend-figures';
import { hasPlottedPoint, trendSeries, yearsWithFigures } from '../../components/charts/trend-series';
import { evaluationColumns, evaluationFigures, evaluationRow, sourcesOf } from '../../components/charts/evaluation-rows';
import { usePeriodSuffix, type PeriodChoice } from '../../components/pickers/period-picker';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';

/** One small trend chart per indicator the area has figures for, across all its years. */
export function DistrictTrends({ index, area, period }: { index: DatasetIndex; area: Area; period: PeriodChoice }) {
  const { t, p } = usePresenters();
  const suffix = usePeriodSuffix(period);
  const text = useChartText();
  const series = index
    .indicatorsWithData([area.id])
    .map((indicator) => ({ indicator, points: trendSeries(index, area.id, indicator.id, yearsWithFigures(index, area.id, indicator.id)) }))
    .filter((s) => hasPlottedPoint(s.points))
    .sort((a, b) => b.points.length - a.points.length);
  if (series.length === 0) return null;
  return (
    <section aria-labelledby="district-trends" data-slide="secondary">
      <h2 id="district-trends">{t('trendTitle') + suffix}</h2>
      <p className="chart-caption">{t('gapsExplain')}</p>
      <ul className="small-multiples">
        {series.map(({ indicator, points }) => {
          return (
            <li key={indicator.id}>
              <ChartFrame
                headingLevel={3}
                title={t('trendOf', { indicator: p.name(indicator), area: area.name }) + suffix}
                unit={p.unit(indicator)}
                sources={sourcesOf(points.map((pt) => pt.evaluation))}
                columns={evaluationColumns(t, { key: 'year', label: t('year') }, { unit: p.unit(indicator), decimals: indicator.decimals })}
                rows={points.filter((pt) => pt.evaluation).map((pt) => evaluationRow(p, ['year', String(pt.year)], pt.evaluation, indicator))}
                figures={points.filter((pt) => pt.evaluation).map((pt) => evaluationFigures(pt.evaluation))}
              >
                <NearScreen height={text.size(200)} figures={<TrendFigures points={points} indicator={indicator} />}>
                  <TrendChart points={points} indicator={indicator} areaName={area.name} height={200} compact />
                </NearScreen>
              </ChartFrame>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
