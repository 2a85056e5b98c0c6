import { Link } from 'react-router';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { Area, Indicator } from '../../domain/model';
import { useCarriedSearch } from '../../lib/carried-search';
import { usePresenters } from '../../lib/use-presenters';
import { MatrixCell } from './matrix-cell';

/** Indicators × districts for one year: % of plan with status colour and icon in each cell. */
export function StatusMatrix({ index, province, year, only }: { index: DatasetIndex; province: Area; year: number; only: Indicator[] }) {
  const { t, p } = usePresenters();
  const search = useCarriedSearch({ year: String(year) });
  const districts = index.unitsOf(province.id, year);
  const indicators = index.indicatorsWithData(districts.map((d) => d.id), year).filter((i) => only.some((o) => o.id === i.id));
  if (indicators.length === 0) return null;
  return (
    <section aria-labelledby="matrix-heading" className="matrix-section">
      <h2 id="matrix-heading">{t('matrixTitle', { year })}</h2>
      <p className="chart-caption">{t('matrixCaption')}</p>
      <div className="table-scroll">
        <table className="status-matrix">
          <thead>
            <tr>
              <th scope="col">{t('indicator')}</th>
              {districts.map((d) => <th key={d.id} scope="col"><Link to={`/district/${d.id}${search}`}>{d.name}</Link></th>)}
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => (
              <tr key={indicator.id} data-slide-indicator={indicator.id}>
                <th scope="row"><Link to={`/indicator/${indicator.id}${search}`}>{p.name(indicator)}</Link></th>
                {districts.map((d) => (
                  <MatrixCell key={d.id} evaluation={index.evaluation(d.id, year, indicator.id)} indicator={indicator} area={d} href={`/trend${trendSearch(search, d.id, indicator.id)}`} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The trend link for a cell: the carried year/lang plus the cell's area and indicator. */
function trendSearch(search: string, area: string, indicator: string): string {
  const params = new URLSearchParams(search);
  params.set('area', area);
  params.set('indicator', indicator);
  return `?${params.toString()}`;
}
