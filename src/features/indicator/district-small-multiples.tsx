import { ChartFrame } from '../../components/chart-frame';
import { TrendChart } from '../../components/charts/trend-chart';
import { trendSeries } from '../../components/charts/trend-series';
import { evaluationColumns, evaluationRow } from '../../components/evaluation-rows';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { Area, Indicator } from '../../domain/model';
import { usePresenters } from '../../lib/use-presenters';

/** Each district's trend for the indicator, on the same years so they compare at a glance. */
export function DistrictSmallMultiples({ index, districts, indicator }: { index: DatasetIndex; districts: Area[]; indicator: Indicator }) {
  const { t, p } = usePresenters();
  const years = [...new Set(index.observationsFor({ indicator: indicator.id }).filter((o) => districts.some((d) => d.id === o.area)).map((o) => o.year))].sort((a, b) => a - b);
  if (years.length === 0) return null;
  return (
    <section aria-labelledby="small-multiples">
      <h2 id="small-multiples">{t('smallMultiplesTitle')}</h2>
      <p className="chart-caption">{t('gapsExplain')}</p>
      <ul className="small-multiples">
        {districts.map((area) => {
          const points = trendSeries(index, area.id, indicator.id, years);
          return (
            <li key={area.id}>
              <ChartFrame
                headingLevel={3}
                title={t('trendOf', { indicator: p.name(indicator), area: area.name })}
                columns={evaluationColumns(t, { key: 'year', label: t('year') })}
                rows={points.map((pt) => evaluationRow(p, ['year', String(pt.year)], pt.evaluation, indicator))}
              >
                <TrendChart points={points} indicator={indicator} areaName={area.name} height={180} compact />
              </ChartFrame>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
