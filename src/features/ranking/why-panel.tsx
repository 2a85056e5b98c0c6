import { useId } from 'react';
import { SelectField } from '../../components/pickers/select-field';
import type { Area, Indicator } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import { criterionColor } from './criterion-colors';
import { formatRank, formatScore, scoreReason } from './rank-format';
import { coveragePercent, policyExplain, usePolicyT } from '../../components/status/policy-messages';
import { useRankingT } from './ranking-messages';
import type { RankingModel } from './ranking-model';
import { whyRows } from './why-rows';

/** "Why this rank": the criteria table in words and numbers, adding up to the score shown. */
export function WhyPanel({ model, areaById, indicatorOf, selected, onSelect }: { model: RankingModel; areaById: Map<string, Area>; indicatorOf: (id: string) => Indicator | undefined; selected: string; onSelect: (area: string) => void }) {
  const rt = useRankingT();
  const pt = usePolicyT();
  const { p } = usePresenters();
  const headingId = useId();
  const area = model.ranking.find((r) => r.area === selected) ?? model.ranking[0];
  if (!area) return null;
  const name = areaById.get(area.area)?.name ?? area.area;
  const rows = whyRows(area, indicatorOf, p, rt);
  const colourOf = (id: string) => criterionColor(model.scheme.criteria.findIndex((c) => c.indicator === id));
  return (
    <section aria-labelledby={headingId} className="why-panel" id="why-panel">
      <div className="why-head">
        <h2 id={headingId} tabIndex={-1}>{rt('whyFor', { area: name })}</h2>
        <SelectField label={rt('whyArea')} value={area.area} options={model.ranking.map((r) => ({ value: r.area, label: areaById.get(r.area)?.name ?? r.area }))} onChange={onSelect} />
      </div>
      <p className="why-summary">
        {area.score.kind === 'value'
          ? rt('whySummary', { area: name, rank: formatRank(area, rt), count: model.ranking.length, score: formatScore(area.score, p, rt), n: area.coverage.withData, total: area.coverage.total })
          : area.score.reason === 'low-coverage'
            ? pt('whyLowCoverage', { area: name, n: area.coverage.withData, total: area.coverage.total, needed: area.coverage.needed ?? 0, percent: coveragePercent(model.scheme, p.language) })
            : rt('whySummaryNoScore', { area: name, reason: scoreReason(area.score, rt) })}
      </p>
      <p className="why-policy" data-testid="why-policy">{pt('whyPolicy', { rule: policyExplain(model.scheme, pt, p.language) })}</p>
      <div className="table-scroll">
        <table className="why-table">
          <caption className="visually-hidden">{rt('whyFor', { area: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{rt('whyCriterion')}</th>
              <th scope="col" className="num">{rt('whyPercent')}</th>
              <th scope="col" className="num">{rt('whyCap')}</th>
              <th scope="col" className="num">{rt('whyCounted')}</th>
              <th scope="col" className="num">{rt('whyWeight')}</th>
              <th scope="col" className="num">{rt('whyShare')}</th>
              <th scope="col" className="num">{rt('whyContribution')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.indicator} data-indicator={r.indicator}>
                <th scope="row"><span className="swatch" style={{ background: colourOf(r.indicator) }} aria-hidden="true" />{r.name}</th>
                <td className="num">{r.percent}{r.flags.map((f) => <span key={f} className="flag">{f}</span>)}</td>
                <td className="num">{r.cap}</td>
                <td className="num">
                  {r.counted}
                  {r.capApplied && <span className="flag" title={rt('capAppliedLong', { cap: r.cap })}>{rt('capApplied')}</span>}
                </td>
                <td className="num">{r.weight}</td>
                <td className="num">{r.share}</td>
                <td className="num" data-testid="contribution">{r.contribution}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={6}>{area.score.kind === 'value' ? rt('whySum') : rt('whySumNoScore')}</th>
              <td className="num" data-testid="why-total"><strong>{formatScore(area.score, p, rt)}</strong></td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
