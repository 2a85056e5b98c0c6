import { DatasetGate } from '../../components/dataset-gate';
import { useIndicatorSubset } from '../../components/indicator-subset';
import { PageHeader } from '../../components/page-header';
import { YearPicker } from '../../components/year-picker';
import { useSelectedYear } from '../../components/use-selected-year';
import type { DatasetIndex } from '../../domain/dataset-index';
import { hasProvinceFigure, provinceSummary } from '../../domain/province-summary';
import { usePresenters } from '../../lib/use-presenters';
import { KpiCard } from './kpi-card';
import { StatusMatrix } from './status-matrix';

function Overview({ index }: { index: DatasetIndex }) {
  const { t } = usePresenters();
  const [year] = useSelectedYear(index);
  const province = index.province;
  const all = province ? provinceSummary(index, province, year) : [];
  const { shown, notice } = useIndicatorSubset(all.map((s) => s.indicator));
  if (!province) return <p className="page-status">{t('noIndicatorsForYear', { year })}</p>;
  const summaries = all.filter((s) => shown.some((i) => i.id === s.indicator.id));
  return (
    <>
      <PageHeader title={t('provinceTitle', { name: province.name, year })}>
        <YearPicker index={index} />
      </PageHeader>
      {notice}
      <section aria-labelledby="kpi-heading" data-slide={summaries.some(hasProvinceFigure) ? undefined : 'secondary'}>
        <h2 id="kpi-heading">{t('kpiTitle')}</h2>
        {summaries.length === 0 ? (
          <p className="no-data">{t('noIndicatorsForYear', { year })}</p>
        ) : (
          <ul className="kpi-grid">
            {summaries.map((s) => <KpiCard key={s.indicator.id} summary={s} year={year} districts={index.unitsOf(province.id, year).length} />)}
          </ul>
        )}
      </section>
      <StatusMatrix index={index} province={province} year={year} only={shown} />
    </>
  );
}

export function OverviewPage() {
  return <DatasetGate>{(index) => <Overview index={index} />}</DatasetGate>;
}
