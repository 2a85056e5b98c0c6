import { AreaPicker } from '../../components/area-picker';
import { ChartFrame } from '../../components/chart-frame';
import { TrendChart } from '../../components/charts/trend-chart';
import { trendSeries, yearsWithFigures } from '../../components/charts/trend-series';
import { DatasetGate } from '../../components/dataset-gate';
import { evaluationColumns, evaluationRow, sourcesOf } from '../../components/evaluation-rows';
import { PrintButton } from '../../components/export/print-button';
import { IndicatorPicker } from '../../components/indicator-picker';
import { PageHeader } from '../../components/page-header';
import type { DatasetIndex } from '../../domain/dataset-index';
import { useAreaParam, useIndicatorParam } from '../../lib/use-selection';
import { usePresenters } from '../../lib/use-presenters';

function Trend({ index }: { index: DatasetIndex }) {
  const { t, p } = usePresenters();
  const [areaParam, setArea] = useAreaParam();
  const [indicatorParam, setIndicator] = useIndicatorParam();
  const areas = index.dataset.areas.filter((a) => a.level !== 'cluster');
  const area = index.area(areaParam ?? '') ?? index.province ?? areas[0];
  if (!area) return null;
  const available = index.indicatorsWithData([area.id]);
  // Open on the indicator with the longest history for the area.
  const longest = [...available].sort((a, b) => yearsWithFigures(index, area.id, b.id).length - yearsWithFigures(index, area.id, a.id).length)[0];
  const indicator = index.indicator(indicatorParam ?? '') ?? longest ?? index.dataset.indicators[0];
  if (!indicator) return null;
  const years = yearsWithFigures(index, area.id, indicator.id);
  const points = trendSeries(index, area.id, indicator.id, years);
  const title = t('trendOf', { indicator: p.name(indicator), area: area.name });
  const choices = available.some((i) => i.id === indicator.id) ? available : [indicator, ...available];
  return (
    <>
      <PageHeader title={title}>
        <AreaPicker areas={areas} value={area.id} onChange={(id) => void setArea(id)} />
        <IndicatorPicker indicators={choices} value={indicator.id} onChange={(id) => void setIndicator(id)} />
        <PrintButton />
      </PageHeader>
      <ChartFrame
        title={title}
        className="repeats-page-title"
        caption={t('gapsExplain')}
        columns={evaluationColumns(t, { key: 'year', label: t('year') })}
        rows={points.map((pt) => evaluationRow(p, ['year', String(pt.year)], pt.evaluation, indicator))}
        unit={p.unit(indicator)}
        sources={sourcesOf(points.map((pt) => pt.evaluation))}
      >
        {points.length > 0 ? <TrendChart points={points} indicator={indicator} areaName={area.name} height={460} /> : <p className="no-data">{t('noData')}</p>}
      </ChartFrame>
    </>
  );
}

export function TrendPage() {
  return <DatasetGate>{(index) => <Trend index={index} />}</DatasetGate>;
}
