import type { Indicator } from '../../domain/model';
import { apportionRounded, type CriterionScore, type RankedArea } from '../../domain/scoring/scoring';
import type { Presenters } from '../../lib/language/presenters';
import { formatPoints } from './rank-format';
import type { RankingTranslate } from './ranking-messages';

/** One line of the "why" table, every figure already in words or locale numbers. */
export interface WhyRow {
  indicator: string;
  name: string;
  percent: string;
  flags: string[];
  cap: string;
  counted: string;
  capApplied: boolean;
  weight: string;
  share: string;
  contribution: string;
  counts: boolean;
}

function countedText(c: CriterionScore, p: Presenters, rt: RankingTranslate): string {
  const o = c.outcome;
  if (o.kind === 'missing') return o.counted === 'zero' ? rt('countedZero') : rt('excluded');
  return `${p.number(o.capped, 2)}%`;
}

/** The criteria table for one area; contributions rounded so that they add up to the shown score. */
export function whyRows(area: RankedArea, indicatorOf: (id: string) => Indicator | undefined, p: Presenters, rt: RankingTranslate): WhyRow[] {
  const parts = apportionRounded(area.criteria.map((c) => c.contribution));
  const rows = area.criteria.map((c, i) => {
    const o = c.outcome;
    const indicator = indicatorOf(c.criterion.indicator);
    const flags = o.kind === 'scored' ? [...(o.planDerived ? [rt('derivedPlanFlag')] : []), ...(o.basis === 'reported' && !o.planDerived ? [rt('reportedFlag')] : []), ...(o.provisional ? [rt('provisionalFlag')] : [])] : [];
    // A unit with no score (too little data under the coverage policy, say) has no parts to add up.
    const counts = area.score.kind === 'value' && (o.kind === 'scored' || o.counted === 'zero');
    return {
      indicator: c.criterion.indicator,
      name: indicator ? p.name(indicator) : c.criterion.indicator,
      percent: o.kind === 'scored' ? `${p.number(o.percent, 2)}%` : p.noValue({ kind: 'none', reason: o.reason }),
      flags,
      cap: `${p.number(c.criterion.cap, 2)}%`,
      counted: countedText(c, p, rt),
      capApplied: o.kind === 'scored' && o.capApplied,
      weight: p.number(c.criterion.weight, 3),
      share: counts ? `${p.number(c.share * 100, 1)}%` : '—',
      contribution: counts ? formatPoints(parts[i] ?? 0, p) : '—',
      counts,
    };
  });
  // What counted first, in scheme order; then what was left out for lack of data.
  return [...rows.filter((r) => r.counts), ...rows.filter((r) => !r.counts)];
}
