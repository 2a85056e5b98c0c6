import { ChartFrame } from '../../components/chart-frame';
import { TrendChart } from '../../components/charts/trend-chart';
import { hasPlottedPoint, trendSeries } from '../../components/charts/trend-series';
import { evaluationColumns, evaluationRow, sourcesOf } from '../../components/evaluation-rows';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { Area, Indicator } from '../../domain/model';
import type { TrendPoint } from '../../components/charts/trend-series';
import type { Presenters } from '../../lib/presenters';
import { usePresenters } from '../../lib/use-presenters';

/** "2019: 203% KH" for a district whose reports printed only a % of plan. */
function percentOnlySummary(points: TrendPoint[], p: Presenters): string | null {
  const printed = points.flatMap((pt) => (pt.evaluation?.percent.kind === 'value' ? [`${pt.year}: ${p.percent(pt.evaluation.percent)}`] : []));
  return printed.length > 0 ? printed.join(' · ') : null;
}

/** Each district's trend for the indicator, on the same years so they compare at a glance. */
export function DistrictSmallMultiples({ index, districts, indicator }: { index: DatasetIndex; districts: Area[]; indicator: Indicator }) {
  const { t, p } = usePresenters();
  const years = [...new Set(index.observationsFor({ indicator: indicator.id }).filter((o) => districts.some((d) => d.id === o.area)).map((o) => o.year))].sort((a, b) => a - b);
  if (years.length === 0) return null;
  return (
    <section aria-labelledby="small-multiples" data-slide="secondary">
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
                unit={p.unit(indicator)}
                showUnit={false}
                sources={sourcesOf(points.map((pt) => pt.evaluation))}
              >
                {hasPlottedPoint(points) ? (
                  <TrendChart points={points} indicator={indicator} areaName={area.name} height={180} compact />
                ) : (
                  <p className="no-data small-multiple-empty">{percentOnlySummary(points, p) ?? t('noData')}</p>
                )}
              </ChartFrame>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
