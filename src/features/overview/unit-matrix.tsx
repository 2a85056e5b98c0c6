import { useTableLinks } from '../../components/tables/table-links';
import { WINDOW_FROM, WindowedRows, type RowProps } from '../../components/tables/windowed-rows';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area, Indicator } from '../../domain/model';
import type { UnitGroup } from '../../components/units/unit-list';
import { formerLabel, unitName } from '../../components/units/unit-names';
import { usePresenters } from '../../lib/language/use-presenters';
import { MatrixCell } from './matrix-cell';

/** The sort a column header sets: the unit column by name, an indicator's column by its % of plan. */
export const percentSort = (indicator: string) => `percent:${indicator}`;

/**
 * From this many cells (a country's 34 provinces × 50 indicators is 1,700; a province's 38 communes × 20,
 * 760, stay whole) the table is laid out only when near the screen (content-visibility: auto): it sits
 * below the summary cards, and laying out its 8,000 elements was a third of the wait for the first
 * screen. Its rows stay in the page for find-in-page and screen readers.
 */
const LARGE_FROM_CELLS = 1000;

type MatrixRow = { kind: 'group'; former: Area } | { kind: 'unit'; unit: Area };

/** The groups as one list of rows (a heading row, then its units), for the windowed form. */
const flatRows = (groups: UnitGroup[]): MatrixRow[] => groups.flatMap((g) => [...(g.former ? [{ kind: 'group' as const, former: g.former }] : []), ...g.units.map((unit) => ({ kind: 'unit' as const, unit }))]);

/**
 * Many units (38 communes, a country's 700 districts) × indicators, transposed: one row per unit,
 * under its former district ("huyện Than Uyên cũ"), one column per indicator. Headers sort the rows
 * and say how they are sorted. Beyond a few hundred rows only those near the screen are in the page.
 */
export function UnitMatrix(props: {
  index: DatasetIndex;
  groups: UnitGroup[];
  indicators: Indicator[];
  year: number;
  /** The unit's province when the list spans several: "Huyện Bắc 01" is in each of them. */
  placeOf: (unit: Area) => string | null;
  sort: string;
  onSort: (sort: string) => void;
  linkOf: (path: string, extra?: Record<string, string>) => string;
}) {
  const { t, p, language } = usePresenters();
  const onLinkClick = useTableLinks();
  const { index, groups, indicators, year, sort } = props;
  const sortButton = (label: string, key: string, direction: 'ascending' | 'descending') => ({
    'aria-sort': sort === key ? direction : ('none' as const),
    children: (
      <button type="button" className="matrix-sort" onClick={() => props.onSort(key)} aria-pressed={sort === key}>
        {label} <span aria-hidden="true">{sort === key ? (direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    ),
  });
  const row = (unit: Area, windowed?: RowProps) => (
    <tr key={unit.id} {...windowed}>
      <th scope="row">
        <a href={props.linkOf(`/district/${unit.id}`)}>{unitName(unit, language)}</a>
        {props.placeOf(unit) && <span className="unit-place"> · {props.placeOf(unit)}</span>}
      </th>
      {indicators.map((indicator) => (
        <MatrixCell key={indicator.id} evaluation={index.evaluation(unit.id, year, indicator.id)} indicator={indicator} area={unit} href={props.linkOf('/trend', { area: unit.id, indicator: indicator.id })} />
      ))}
    </tr>
  );
  const rows = flatRows(groups);
  const windowed = rows.length > WINDOW_FROM;
  const groupRow = (former: Area, props?: RowProps) => (
    <tr key={`group-${former.id}`} className="matrix-group" {...props}>
      <th scope="rowgroup" colSpan={indicators.length + 1}>{formerLabel(former, language, t)}</th>
    </tr>
  );
  const large = rows.length * indicators.length > LARGE_FROM_CELLS;
  return (
    <div className={large ? 'table-scroll matrix-large' : 'table-scroll'} style={large ? { containIntrinsicSize: `auto ${rows.length * 2.9 + 6}rem` } : undefined}>
      <table className="status-matrix unit-matrix" onClick={onLinkClick} aria-rowcount={windowed ? rows.length + 1 : undefined}>
        <caption className="visually-hidden">{t('matrixCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" {...sortButton(t('area'), 'name', 'ascending')} />
            {indicators.map((indicator) => (
              <th key={indicator.id} scope="col" data-slide-indicator={indicator.id} {...sortButton(p.name(indicator), percentSort(indicator.id), 'descending')} />
            ))}
          </tr>
        </thead>
        {windowed ? (
          <WindowedRows
            count={rows.length}
            columns={indicators.length + 1}
            rowKey={(i) => { const r = rows[i]; return r ? (r.kind === 'unit' ? r.unit.id : `group-${r.former.id}`) : String(i); }}
            renderRow={(i, props) => { const r = rows[i]; return r ? (r.kind === 'unit' ? row(r.unit, props) : groupRow(r.former, props)) : null; }}
          />
        ) : (
          groups.map((group) => (
            <tbody key={group.former?.id ?? 'all'} data-former={group.former?.id}>
              {group.former && groupRow(group.former)}
              {group.units.map((unit) => row(unit))}
            </tbody>
          ))
        )}
      </table>
    </div>
  );
}
