import { useMemo, useState } from 'react';
import { fullName } from '../../domain/areas/areas';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { RankedArea } from '../../domain/scoring/scoring';
import { useCarriedSearch } from '../../lib/state/carried-search';
import { WINDOW_FROM, WindowedRows, type RowProps } from '../../components/tables/windowed-rows';
import type { Area } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import { levelOfKey, useLevelT } from './level-messages';
import { RankText } from './rank-text';
import { useRankingT } from './ranking-messages';
import type { RankingModel } from './ranking-model';
import { ScorecardCell } from './scorecard-cell';
import { flatGroupRows } from './ranking-table';
import { sameSortKey, scorecardRows, sortScorecard, type ScorecardRow, type ScorecardSort, type ScorecardSortKey } from './scorecard-rows';
import type { UnitGroup } from './unit-filter';

function SortHeader({ label, sortKey, sort, onSort }: { label: string; sortKey: ScorecardSortKey; sort: ScorecardSort; onSort: (s: ScorecardSort) => void }) {
  const rt = useRankingT();
  const active = sameSortKey(sort.key, sortKey);
  // Ranks read best-first ascending; percentages best-first descending.
  const firstDir = sortKey.by === 'indicator' ? 'desc' : 'asc';
  const next = active ? (sort.dir === 'asc' ? 'desc' : 'asc') : firstDir;
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" aria-label={rt('sortBy', { column: label })} onClick={() => onSort({ key: sortKey, dir: next })}>
        <span>{label}</span> <span aria-hidden="true">{active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>
  );
}

/** Heatmap of areas × indicators for the year, sortable by rank or any column; grouped by former district when the reader asks. */
export function Scorecard({ index, model, groups, nameOf = (a) => a.name }: { index: DatasetIndex; model: RankingModel; groups: UnitGroup<RankedArea>[]; nameOf?: (area: Area) => string }) {
  const rt = useRankingT();
  const lt = useLevelT();
  const { p } = usePresenters();
  const search = useCarriedSearch({ year: String(model.year) });
  const [sort, setSort] = useState<ScorecardSort>({ key: { by: 'rank' }, dir: 'asc' });
  const [showChange, setShowChange] = useState(false);
  // Once per ranking and sort, not on every render (a pass over the year's rows; 3,300 rows made).
  const indicators = useMemo(() => index.indicatorsWithData(model.areas.map((a) => a.id), model.year), [index, model.areas, model.year]);
  const sections = useMemo(() => groups.map((g) => ({ former: g.former, rows: sortScorecard(scorecardRows(index, g.rows, indicators, model.year), sort) })), [index, groups, indicators, model.year, sort]);
  if (indicators.length === 0) return null;
  const comparable = model.comparison.kind !== 'other-level';
  const trendHref = (area: string, indicator: string) => {
    const params = new URLSearchParams(search);
    params.set('area', area);
    params.set('indicator', indicator);
    return `/trend?${params.toString()}`;
  };
  const columns = indicators.length + 2;
  const groupRow = (former: Area | null, windowed?: RowProps) => (
    <tr key={`group-${former?.id ?? 'none'}`} className="group-row" {...windowed}>
      <th scope="rowgroup" colSpan={columns}>{former ? lt('formerGroup', { district: fullName(former) }) : lt('noFormer')}</th>
    </tr>
  );
  const row = (r: ScorecardRow, windowed?: RowProps) => (
    <tr key={r.area.id} {...windowed}>
      <td className="rank-cell"><RankText ranked={r.ranked} /></td>
      <th scope="row">{nameOf(r.area)}</th>
      {r.cells.map((cell) => (
        <ScorecardCell key={cell.indicator.id} cell={cell} area={r.area} href={trendHref(r.area.id, cell.indicator.id)} showChange={showChange && comparable} previousYear={model.previousYear} />
      ))}
    </tr>
  );
  // A national scorecard (700 districts × 20 indicators) keeps only the rows near the screen in the page.
  const flat = flatGroupRows(sections);
  const windowed = flat.length > WINDOW_FROM;
  return (
    <section aria-labelledby="scorecard-heading" className="scorecard-section">
      <h2 id="scorecard-heading">{rt('scorecardTitle', { year: model.year })}</h2>
      <p className="chart-caption">{rt('scorecardCaption')}</p>
      {model.comparison.kind === 'other-level' ? (
        <p className="rank-compare-note">{lt('changeNotComparable', { previous: model.previousYear, levelBefore: lt(levelOfKey(model.comparison.level)) })}</p>
      ) : (
        <label className="check-field">
          <input type="checkbox" checked={showChange} onChange={(e) => setShowChange(e.target.checked)} /> {rt('showChange', { year: model.previousYear })}
        </label>
      )}
      <div className="table-scroll">
        <table className="scorecard" aria-rowcount={windowed ? flat.length + 1 : undefined}>
          <caption className="visually-hidden">{rt('scorecardTitle', { year: model.year })}</caption>
          <thead>
            <tr>
              <SortHeader label={rt('colRank')} sortKey={{ by: 'rank' }} sort={sort} onSort={setSort} />
              <SortHeader label={rt('colArea')} sortKey={{ by: 'area' }} sort={sort} onSort={setSort} />
              {indicators.map((i) => <SortHeader key={i.id} label={p.name(i)} sortKey={{ by: 'indicator', indicator: i.id }} sort={sort} onSort={setSort} />)}
            </tr>
          </thead>
          {windowed ? (
            <WindowedRows
              count={flat.length}
              columns={columns}
              rowKey={(i) => { const item = flat[i]; return !item ? String(i) : item.kind === 'row' ? item.row.area.id : `group-${item.former?.id ?? 'none'}`; }}
              renderRow={(i, props) => { const item = flat[i]; return !item ? null : item.kind === 'row' ? row(item.row, props) : groupRow(item.former, props); }}
            />
          ) : (
            sections.map((section) => (
              <tbody key={section.former?.id ?? 'none'}>
                {sections.length > 1 && groupRow(section.former)}
                {section.rows.map((r) => row(r))}
              </tbody>
            ))
          )}
        </table>
      </div>
    </section>
  );
}
