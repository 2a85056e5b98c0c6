import { useMemo } from 'react';
import { AWARD_STATUS_LABELS, AWARD_TITLES, awardsFor } from '../../domain/awards';
import type { Area } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import { useAwardT } from './award-messages';
import { RankText } from './rank-text';
import type { RankingModel } from './ranking-model';

/**
 * «Khen thưởng đã quyết định / đề nghị»: what the council decided, beside the computed ranking and
 * never mixed into it. Nothing is shown for a dataset without awards.csv.
 */
export function AwardsPanel({ model, awards, areaById }: { model: RankingModel; awards: Parameters<typeof awardsFor>[0]; areaById: Map<string, Area> }) {
  const at = useAwardT();
  const { p } = usePresenters();
  const shown = useMemo(() => awardsFor(awards, model.areas.map((a) => a.id), model.year), [awards, model.areas, model.year]);
  const rankOf = useMemo(() => new Map(model.ranking.map((r) => [r.area, r])), [model.ranking]);
  if (!awards || awards.length === 0) return null;
  const title = at('awardsTitle', { year: model.year });
  return (
    <section aria-labelledby="awards-heading" className="awards-panel">
      <h2 id="awards-heading">{title}</h2>
      {shown.length === 0 ? (
        <p className="chart-caption">{at('awardsNone', { year: model.year })}</p>
      ) : (
        <>
          <p className="chart-caption">{at('awardsCaption')}</p>
          <div className="table-scroll">
            <table className="awards-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{at('colUnit')}</th>
                  <th scope="col">{at('colAward')}</th>
                  <th scope="col">{at('colStatus')}</th>
                  <th scope="col">{at('colComputedRank')}</th>
                  <th scope="col">{at('colSource')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((a) => {
                  const ranked = rankOf.get(a.area);
                  return (
                    <tr key={`${a.area}-${a.kind}`} data-area={a.area}>
                      <th scope="row">{areaById.get(a.area)?.name ?? a.area}</th>
                      <td>{AWARD_TITLES[a.kind][p.language]}</td>
                      <td><span className={`award-status is-${a.status}`}>{AWARD_STATUS_LABELS[a.status][p.language]}</span></td>
                      <td>{ranked ? <RankText ranked={ranked} /> : '—'}</td>
                      <td className="award-source">
                        {a.note && <q lang="vi">{a.note}</q>}
                        <span className="cell-note">{a.source}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
