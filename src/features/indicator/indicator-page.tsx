import { useNavigate, useParams } from 'react-router';
import { ChartFrame } from '../../components/chart-frame';
import { ComparisonChart } from '../../components/charts/comparison-chart';
import { evaluationColumns, evaluationRow, sourcesOf } from '../../components/evaluation-rows';
import { PrintButton } from '../../components/export/print-button';
import { DatasetGate } from '../../components/dataset-gate';
import { IndicatorPicker } from '../../components/indicator-picker';
import { PageHeader } from '../../components/page-header';
import { YearPicker } from '../../components/year-picker';
import { useSelectedYear } from '../../components/use-selected-year';
import type { DatasetIndex } from '../../domain/dataset-index';
import { useCarriedSearch } from '../../lib/carried-search';
import { usePresenters } from '../../lib/use-presenters';
import { comparisonRows } from './comparison-rows';
import { DistrictSmallMultiples } from './district-small-multiples';

function IndicatorView({ index }: { index: DatasetIndex }) {
  const { t, p } = usePresenters();
  const params = useParams();
  const navigate = useNavigate();
  const search = useCarriedSearch();
  const [year] = useSelectedYear(index);
  const districts = index.province ? index.unitsOf(index.province.id, year) : [];
  const withData = index.indicatorsWithData(districts.map((d) => d.id), year);
  const indicatorId = params.indicator ?? withData[0]?.id ?? index.dataset.indicators[0]?.id ?? '';
  const indicator = index.indicator(indicatorId);
  if (!indicator) return <p className="page-status" role="alert">{t('unknownIndicator', { id: indicatorId })}</p>;
  const rows = comparisonRows(index, districts, indicator, year, p);
  const charted = rows.filter((r) => r.plan !== null || r.actual !== null);
  const percentOnly = rows.filter((r) => r.plan === null && r.actual === null);
  const title = t('comparisonTitle', { indicator: p.name(indicator), year });
  return (
    <>
      <PageHeader title={p.name(indicator)} subtitle={`${p.unit(indicator)} · ${year}`}>
        <IndicatorPicker indicators={index.dataset.indicators} value={indicator.id} onChange={(id) => void navigate(`/indicator/${id}${search}`)} />
        <YearPicker index={index} />
        <PrintButton />
      </PageHeader>
      <ChartFrame
        title={title}
        caption={<>{t('comparisonSorted')}{percentOnly.length > 0 && <><br />{t('percentOnlyAreas', { list: percentOnly.map((r) => `${r.areaName} (${r.percentLabel})`).join(', ') })}</>}</>}
        columns={evaluationColumns(t, { key: 'area', label: t('area') })}
        rows={rows.map((r) => evaluationRow(p, ['area', r.areaName], r.evaluation, indicator))}
        unit={p.unit(indicator)}
        sources={sourcesOf(rows.map((r) => r.evaluation))}
      >
        {charted.length > 0 ? <ComparisonChart rows={charted} indicator={indicator} /> : <p className="no-data">{rows.length === 0 ? t('noIndicatorsForYear', { year }) : t('noData')}</p>}
      </ChartFrame>
      <DistrictSmallMultiples index={index} districts={districts} indicator={indicator} />
    </>
  );
}

export function IndicatorPage() {
  return <DatasetGate>{(index) => <IndicatorView index={index} />}</DatasetGate>;
}
