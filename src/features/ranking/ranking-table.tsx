import { fullName } from '../../domain/areas';
import type { Area } from '../../domain/model';
import { rankChange, type RankedArea } from '../../domain/scoring';
import { usePresenters } from '../../lib/use-presenters';
import { levelOfKey, useLevelT } from './level-messages';
import { formatRankChange, formatScore, scoreReason } from './rank-format';
import { RankText } from './rank-text';
import { useRankingT } from './ranking-messages';
import type { RankingModel } from './ranking-model';
import type { UnitGroup } from './unit-filter';

/** Rank, area, score, places gained since last year (when that year ranked the same level), coverage, and the way into "why". */
export function RankingTable({ model, groups, areaById, selected, onExplain }: { model: RankingModel; groups: UnitGroup<RankedArea>[]; areaById: Map<string, Area>; selected: string | null; onExplain: (area: string) => void }) {
  const rt = useRankingT();
  const lt = useLevelT();
  const { p } = usePresenters();
  const { scheme, year } = model;
  const comparable = model.comparison.kind !== 'other-level';
  const columns = comparable ? 6 : 5;
  const row = (r: RankedArea) => {
    const name = areaById.get(r.area)?.name ?? r.area;
    const change = formatRankChange(rankChange(r.area, model.ranking, model.previous), rt);
    return (
      <tr key={r.area} data-area={r.area} className={selected === r.area ? 'is-selected' : undefined}>
        <td className="rank-cell"><RankText ranked={r} /></td>
        <th scope="row">{name}</th>
        <td className="num score-cell" data-testid="score">
          {formatScore(r.score, p, rt)}
          {r.score.kind === 'none' && <span className="cell-note">{scoreReason(r.score, rt)}</span>}
        </td>
        {comparable && (
          <td className={`rank-change ${change.direction}`}>
            <span aria-hidden="true">{change.short}</span>
            <span className="visually-hidden">{change.long}</span>
          </td>
        )}
        <td>
          <span aria-hidden="true">{rt('coverage', { n: r.coverage.withData, total: r.coverage.total })}</span>
          <span className="visually-hidden">{rt('coverageLong', { n: r.coverage.withData, total: r.coverage.total })}</span>
        </td>
        <td data-slide="secondary">
          <button type="button" className="link-button" aria-label={rt('whyFor', { area: name })} aria-pressed={selected === r.area} onClick={() => onExplain(r.area)}>
            {rt('why')}
          </button>
        </td>
      </tr>
    );
  };
  return (
    <section aria-labelledby="ranking-heading" className="ranking-section">
      <h2 id="ranking-heading">{rt('rankingTitle', { year })}</h2>
      <p className="chart-caption">
        {rt('rankingCaption', {
          missing: rt(scheme.missing === 'zero' ? 'missingZeroExplain' : 'missingExcludeExplain'),
          tie: rt(scheme.tieBreak === 'coverage' ? 'tieCoverageExplain' : 'tieSharedExplain'),
        })}
      </p>
      {model.comparison.kind === 'other-level' && (
        <p className="rank-compare-note" data-testid="rank-comparison">
          {lt('notComparable', { previous: model.comparison.year, levelBefore: lt(levelOfKey(model.comparison.level, 'short')) })}
        </p>
      )}
      <div className="table-scroll">
        <table className="ranking-table">
          <caption className="visually-hidden">{rt('rankingTitle', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{rt('colRank')}</th>
              <th scope="col">{rt('colArea')}</th>
              <th scope="col" className="num">{rt('colScore')}</th>
              {comparable && <th scope="col">{rt('colChange', { year: model.previousYear })}</th>}
              <th scope="col">{rt('colCoverage')}</th>
              <th scope="col" data-slide="secondary">{rt('colWhy')}</th>
            </tr>
          </thead>
          {groups.map((g) => (
              <tbody key={g.former?.id ?? 'none'}>
                {groups.length > 1 && (
                  <tr className="group-row">
                    <th scope="rowgroup" colSpan={columns}>{g.former ? lt('formerGroup', { district: fullName(g.former) }) : lt('noFormer')}</th>
                  </tr>
                )}
                {g.rows.map(row)}
              </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
