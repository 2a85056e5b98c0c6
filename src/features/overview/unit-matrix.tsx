import { Link } from 'react-router';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { Area, Indicator } from '../../domain/model';
import type { UnitGroup } from '../../components/units/unit-list';
import { formerLabel, unitName } from '../../components/units/unit-names';
import { usePresenters } from '../../lib/use-presenters';
import { MatrixCell } from './matrix-cell';

/** The sort a column header sets: the unit column by name, an indicator's column by its % of plan. */
export const percentSort = (indicator: string) => `percent:${indicator}`;

/**
 * Many units (38 communes) × indicators, transposed: one row per unit, under its former district
 * ("huyện Than Uyên cũ"), one column per indicator. Headers sort the rows and say how they are sorted.
 */
export function UnitMatrix(props: {
  index: DatasetIndex;
  groups: UnitGroup[];
  indicators: Indicator[];
  year: number;
  sort: string;
  onSort: (sort: string) => void;
  linkOf: (path: string, extra?: Record<string, string>) => string;
}) {
  const { t, p, language } = usePresenters();
  const { index, groups, indicators, year, sort } = props;
  const sortButton = (label: string, key: string, direction: 'ascending' | 'descending') => ({
    'aria-sort': sort === key ? direction : ('none' as const),
    children: (
      <button type="button" className="matrix-sort" onClick={() => props.onSort(key)} aria-pressed={sort === key}>
        {label} <span aria-hidden="true">{sort === key ? (direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    ),
  });
  const row = (unit: Area) => (
    <tr key={unit.id}>
      <th scope="row"><Link to={props.linkOf(`/district/${unit.id}`)}>{unitName(unit, language)}</Link></th>
      {indicators.map((indicator) => (
        <MatrixCell key={indicator.id} evaluation={index.evaluation(unit.id, year, indicator.id)} indicator={indicator} area={unit} href={props.linkOf('/trend', { area: unit.id, indicator: indicator.id })} />
      ))}
    </tr>
  );
  return (
    <div className="table-scroll">
      <table className="status-matrix unit-matrix">
        <caption className="visually-hidden">{t('matrixCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" {...sortButton(t('area'), 'name', 'ascending')} />
            {indicators.map((indicator) => (
              <th key={indicator.id} scope="col" data-slide-indicator={indicator.id} {...sortButton(p.name(indicator), percentSort(indicator.id), 'descending')} />
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.former?.id ?? 'all'} data-former={group.former?.id}>
            {group.former && (
              <tr className="matrix-group">
                <th scope="rowgroup" colSpan={indicators.length + 1}>{formerLabel(group.former, language, t)}</th>
              </tr>
            )}
            {group.units.map(row)}
          </tbody>
        ))}
      </table>
    </div>
  );
}
