import { fullName } from '../../domain/areas/areas';
import type { Area } from '../../domain/model';
import { rankChange, type RankedArea } from '../../domain/scoring/scoring';
import { WINDOW_FROM, WindowedRows, type RowProps } from '../../components/tables/windowed-rows';
import { usePresenters } from '../../lib/language/use-presenters';
import { levelOfKey, useLevelT } from './level-messages';
import { policyExplain, usePolicyT } from '../../components/status/policy-messages';
import { formatRankChange, formatScore, scoreReason } from './rank-format';
import { RankText } from './rank-text';
import { useRankingT } from './ranking-messages';
import type { RankingModel } from './ranking-model';
import type { UnitGroup } from './unit-filter';

/** The groups as one list of rows (a heading row when grouped, then its ranked units), for the windowed form. */
export function flatGroupRows<T>(groups: UnitGroup<T>[]): ({ kind: 'group'; former: Area | null } | { kind: 'row'; row: T })[] {
  return groups.flatMap((g) => [...(groups.length > 1 ? [{ kind: 'group' as const, former: g.former }] : []), ...g.rows.map((row) => ({ kind: 'row' as const, row }))]);
}

const lacksCoverage = (r: RankedArea) => r.score.kind === 'none' && r.score.reason === 'low-coverage';

/** Units the coverage policy leaves unranked leave their groups for a section of their own, «Chưa đủ số liệu để xếp hạng». */
export function splitLowCoverage(groups: UnitGroup<RankedArea>[]): { ranked: UnitGroup<RankedArea>[]; insufficient: RankedArea[] } {
  const ranked = groups.map((g) => ({ ...g, rows: g.rows.filter((r) => !lacksCoverage(r)) }));
  return { ranked: ranked.length > 1 ? ranked.filter((g) => g.rows.length > 0) : ranked, insufficient: groups.flatMap((g) => g.rows.filter(lacksCoverage)) };
}

/**
 * Rank, area, score, places gained since last year (when that year ranked the same level), coverage,
 * and the way into "why". A national ranking (700 districts) keeps only the rows near the screen in the page.
 */
export function RankingTable({ model, groups, areaById, selected, onExplain, nameOf }: { model: RankingModel; groups: UnitGroup<RankedArea>[]; areaById: Map<string, Area>; selected: string | null; onExplain: (area: string) => void; nameOf?: (area: Area) => string }) {
  const rt = useRankingT();
  const lt = useLevelT();
  const pt = usePolicyT();
  const { p } = usePresenters();
  const { scheme, year } = model;
  const comparable = model.comparison.kind !== 'other-level';
  const columns = comparable ? 6 : 5;
  const row = (r: RankedArea, windowed?: RowProps) => {
    const area = areaById.get(r.area);
    const name = area ? (nameOf ? nameOf(area) : area.name) : r.area;
    const change = formatRankChange(rankChange(r.area, model.ranking, model.previous), rt);
    return (
      <tr key={r.area} data-area={r.area} className={selected === r.area ? 'is-selected' : undefined} {...windowed}>
        <td className="rank-cell"><RankText ranked={r} /></td>
        <th scope="row">{name}</th>
        <td className="num score-cell" data-testid="score">
          {formatScore(r.score, p, rt)}
          {r.score.kind === 'none' && <span className="cell-note">{lacksCoverage(r) ? pt('insufficientNote', { n: r.coverage.withData, total: r.coverage.total, needed: r.coverage.needed ?? 0 }) : scoreReason(r.score, rt)}</span>}
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
  const groupRow = (former: Area | null, windowed?: RowProps) => (
    <tr key={`group-${former?.id ?? 'none'}`} className="group-row" {...windowed}>
      <th scope="rowgroup" colSpan={columns}>{former ? lt('formerGroup', { district: fullName(former) }) : lt('noFormer')}</th>
    </tr>
  );
  const insufficientRow = (windowed?: RowProps) => (
    <tr key="insufficient" className="group-row insufficient-row" {...windowed}>
      <th scope="rowgroup" colSpan={columns}>{pt('insufficientTitle')}</th>
    </tr>
  );
  const { ranked, insufficient } = splitLowCoverage(groups);
  // Under "leave out", units ranked on less than half the criteria are named: what the coverage policy would hold back.
  const thin = scheme.missing === 'exclude' ? model.ranking.filter((r) => r.rank !== null && r.coverage.withData * 2 < r.coverage.total) : [];
  const flat = [...flatGroupRows(ranked), ...(insufficient.length > 0 ? [{ kind: 'insufficient' as const }, ...insufficient.map((r) => ({ kind: 'row' as const, row: r }))] : [])];
  const windowed = flat.length > WINDOW_FROM;
  return (
    <section aria-labelledby="ranking-heading" className="ranking-section">
      <h2 id="ranking-heading">{rt('rankingTitle', { year })}</h2>
      <p className="chart-caption">
        {rt('rankingCaption', {
          missing: policyExplain(scheme, pt, p.language),
          tie: rt(scheme.tieBreak === 'coverage' ? 'tieCoverageExplain' : 'tieSharedExplain'),
        })}
      </p>
      {scheme.missing === 'exclude' && thin.length > 0 && (
        <p className="rank-compare-note" data-testid="thin-ranked">{pt('thinRanked', { count: thin.length, list: `${thin.slice(0, 5).map((r) => areaById.get(r.area)?.name ?? r.area).join(', ')}${thin.length > 5 ? ', …' : ''}` })}</p>
      )}
      {model.comparison.kind === 'other-level' && (
        <p className="rank-compare-note" data-testid="rank-comparison">
          {lt('notComparable', { previous: model.comparison.year, levelBefore: lt(levelOfKey(model.comparison.level, 'short')) })}
        </p>
      )}
      <div className="table-scroll">
        <table className="ranking-table" aria-rowcount={windowed ? flat.length + 1 : undefined}>
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
          {windowed ? (
            <WindowedRows
              count={flat.length}
              columns={columns}
              rowKey={(i) => { const item = flat[i]; return !item ? String(i) : item.kind === 'row' ? item.row.area : item.kind === 'insufficient' ? 'insufficient' : `group-${item.former?.id ?? 'none'}`; }}
              renderRow={(i, props) => { const item = flat[i]; return !item ? null : item.kind === 'row' ? row(item.row, props) : item.kind === 'insufficient' ? insufficientRow(props) : groupRow(item.former, props); }}
            />
          ) : (
            <>
              {ranked.map((g) => (
                <tbody key={g.former?.id ?? 'none'}>
                  {ranked.length > 1 && groupRow(g.former)}
                  {g.rows.map((r) => row(r))}
                </tbody>
              ))}
              {insufficient.length > 0 && (
                <tbody data-testid="insufficient">
                  {insufficientRow()}
                  {insufficient.map((r) => row(r))}
                </tbody>
              )}
            </>
          )}
        </table>
      </div>
    </section>
  );
}
