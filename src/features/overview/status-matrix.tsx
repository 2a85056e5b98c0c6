import { Link } from 'react-router';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area, AreaLevel, Indicator } from '../../domain/model';
import { arrangeUnits, groupByFormer, hasFormerUnits } from '../../components/units/unit-list';
import { UnitListTools } from '../../components/units/unit-list-tools';
import { levelName } from '../../components/units/unit-names';
import type { useUnitList } from '../../components/units/use-unit-list';
import { useTableLinks } from '../../components/tables/table-links';
import { useCarriedSearch } from '../../lib/state/carried-search';
import { usePresenters } from '../../lib/language/use-presenters';
import { MatrixCell } from './matrix-cell';
import { percentSort, UnitMatrix } from './unit-matrix';

/** The overview's unit list: grouped by former district, in catalog order, until the reader chooses otherwise. */
export const MATRIX_LIST_DEFAULTS = { sort: 'catalog', grouped: true };

/** Up to this many units are columns (a province's 8 districts); more are rows, with the list's tools. */
const FEW_UNITS = 12;

/**
 * Units × indicators for one year: % of plan with status colour and icon in each cell. A few
 * districts are columns (indicators as rows); many communes are rows, grouped, sortable, filterable.
 */
export function StatusMatrix({ index, units, level, placeOf, year, only, list }: { index: DatasetIndex; units: Area[]; level: AreaLevel | null; placeOf: (unit: Area) => string | null; year: number; only: Indicator[]; list: ReturnType<typeof useUnitList> }) {
  const { t, p } = usePresenters();
  const search = useCarriedSearch({ year: String(year) });
  const indicators = index.indicatorsWithData(units.map((d) => d.id), year).filter((i) => only.some((o) => o.id === i.id));
  const [choice, setChoice] = list;
  const onLinkClick = useTableLinks();
  if (indicators.length === 0) return null;
  // A link per cell (1,500 on a country's screen): the carried part (year, lang, in) is encoded once; `extra` names other keys (area, indicator).
  const carried = search.slice(1);
  const linkOf = (path: string, extra: Record<string, string> = {}) => {
    const tail = new URLSearchParams(extra).toString();
    return `${path}?${carried}${carried && tail ? '&' : ''}${tail}`;
  };
  const heading = (
    <>
      <h2 id="matrix-heading">{t('matrixTitle', { year, units: levelName(level, t) })}</h2>
      <p className="chart-caption">{t('matrixCaption')}</p>
    </>
  );
  if (!hasFormerUnits(units) && units.length <= FEW_UNITS) {
    return (
      <section aria-labelledby="matrix-heading" className="matrix-section">
        {heading}
        <div className="table-scroll">
          <table className="status-matrix" onClick={onLinkClick}>
            <thead>
              <tr>
                <th scope="col">{t('indicator')}</th>
                {units.map((d) => <th key={d.id} scope="col"><Link to={linkOf(`/district/${d.id}`)}>{d.name}</Link></th>)}
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => (
                <tr key={indicator.id} data-slide-indicator={indicator.id}>
                  <th scope="row"><Link to={linkOf(`/indicator/${indicator.id}`)}>{p.name(indicator)}</Link></th>
                  {units.map((d) => (
                    <MatrixCell key={d.id} evaluation={index.evaluation(d.id, year, indicator.id)} indicator={indicator} area={d} href={linkOf('/trend', { area: d.id, indicator: indicator.id })} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    );
  }
  const byIndicator = choice.sort.startsWith('percent:') ? choice.sort.slice('percent:'.length) : null;
  const percentOf = (unit: Area) => {
    const percent = byIndicator ? index.evaluation(unit.id, year, byIndicator)?.percent : undefined;
    return percent?.kind === 'value' ? percent.value : null;
  };
  const sort = byIndicator ? 'percent' : choice.sort === 'name' ? 'name' : 'catalog';
  const groups = arrangeUnits(units, { ...choice, sort }, (id) => index.area(id), percentOf);
  const shown = groups.reduce((n, g) => n + g.units.length, 0);
  const sortOptions = [
    { value: 'catalog', label: t('sortCatalog') },
    { value: 'name', label: t('sortName') },
    ...indicators.map((i) => ({ value: percentSort(i.id), label: t('sortPercentOf', { indicator: p.name(i) }) })),
  ];
  const formers = groupByFormer(units, (id) => index.area(id)).flatMap((g) => (g.former ? [g.former] : []));
  return (
    <section aria-labelledby="matrix-heading" className="matrix-section">
      {heading}
      <UnitListTools choice={choice} onChange={setChoice} formerUnits={formers} sortOptions={sortOptions} shown={shown} total={units.length} />
      {shown === 0 ? (
        <p className="no-data">{t('noUnitMatches')}</p>
      ) : (
        <UnitMatrix index={index} groups={groups} placeOf={placeOf} indicators={indicators} year={year} sort={choice.sort} onSort={(next) => setChoice({ sort: next })} linkOf={linkOf} />
      )}
    </section>
  );
}
