import { useState } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index';
import { useCarriedSearch } from '../../lib/carried-search';
import { usePresenters } from '../../lib/use-presenters';
import { RankText } from './rank-text';
import { useRankingT } from './ranking-messages';
import type { RankingModel } from './ranking-model';
import { ScorecardCell } from './scorecard-cell';
import { sameSortKey, scorecardRows, sortScorecard, type ScorecardSort, type ScorecardSortKey } from './scorecard-rows';

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

/** Heatmap of areas × indicators for the year, sortable by rank or any column. */
export function Scorecard({ index, model }: { index: DatasetIndex; model: RankingModel }) {
  const rt = useRankingT();
  const { p } = usePresenters();
  const search = useCarriedSearch({ year: String(model.year) });
  const [sort, setSort] = useState<ScorecardSort>({ key: { by: 'rank' }, dir: 'asc' });
  const [showChange, setShowChange] = useState(false);
  const indicators = index.indicatorsWithData(model.areas.map((a) => a.id), model.year);
  if (indicators.length === 0) return null;
  const rows = sortScorecard(scorecardRows(index, model.ranking, indicators, model.year), sort);
  const trendHref = (area: string, indicator: string) => {
    const params = new URLSearchParams(search);
    params.set('area', area);
    params.set('indicator', indicator);
    return `/trend?${params.toString()}`;
  };
  return (
    <section aria-labelledby="scorecard-heading" className="scorecard-section">
      <h2 id="scorecard-heading">{rt('scorecardTitle', { year: model.year })}</h2>
      <p className="chart-caption">{rt('scorecardCaption')}</p>
      <label className="check-field">
        <input type="checkbox" checked={showChange} onChange={(e) => setShowChange(e.target.checked)} /> {rt('showChange', { year: model.previousYear })}
      </label>
      <div className="table-scroll">
        <table className="scorecard">
          <caption className="visually-hidden">{rt('scorecardTitle', { year: model.year })}</caption>
          <thead>
            <tr>
              <SortHeader label={rt('colRank')} sortKey={{ by: 'rank' }} sort={sort} onSort={setSort} />
              <SortHeader label={rt('colArea')} sortKey={{ by: 'area' }} sort={sort} onSort={setSort} />
              {indicators.map((i) => <SortHeader key={i.id} label={p.name(i)} sortKey={{ by: 'indicator', indicator: i.id }} sort={sort} onSort={setSort} />)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.area.id}>
                <td className="rank-cell"><RankText ranked={row.ranked} /></td>
                <th scope="row">{row.area.name}</th>
                {row.cells.map((cell) => (
                  <ScorecardCell key={cell.indicator.id} cell={cell} area={row.area} href={trendHref(row.area.id, cell.indicator.id)} showChange={showChange} previousYear={model.previousYear} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
