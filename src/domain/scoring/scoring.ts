import { isProvisional } from '../evaluation/figure-kind';
import type { DatasetIndex } from '../dataset/dataset-index';
import type { Evaluation } from '../evaluation/evaluate';
import type { Measure, NoValueReason } from '../numbers/measure';
import { noValue } from '../numbers/measure';
import { criteriaNeeded, defaultScheme, includedCriteria, minCoverageOf, SCORE_DECIMALS, type Criterion, type ScoringScheme, type TieBreak } from './scoring-scheme';

/**
 * Emulation score (điểm thi đua): the weighted mean of capped, direction-aware % of plan over
 * the scheme's criteria. % KH comes from the evaluation, so a reported "đạt X% KH" and a plan
 * derived from it count like any other; they are flagged so the explanation can say so.
 */
export type CriterionOutcome =
  | { kind: 'scored'; percent: number; capped: number; capApplied: boolean; basis: 'computed' | 'reported'; planDerived: boolean; /** TH is an estimate or preliminary: the rank rests on it, and says so. */ provisional: boolean }
  | { kind: 'missing'; reason: NoValueReason; counted: 'excluded' | 'zero' };

export interface CriterionScore {
  criterion: Criterion;
  outcome: CriterionOutcome;
  /** This criterion's share of the weights that count for this area (0 when excluded). */
  share: number;
  /** share × capped % of plan: the points it adds to the score. */
  contribution: number;
}

/**
 * 'too-large': the weighted sum of % of plan near ±10^308 left the finite numbers.
 * 'low-coverage': data for fewer criteria than the coverage policy asks (chưa đủ số liệu để xếp hạng).
 */
export type NoScoreReason = 'no-criteria' | 'no-data' | 'zero-weight' | 'too-large' | 'low-coverage';
export type Score = { kind: 'value'; value: number } | { kind: 'none'; reason: NoScoreReason };

export interface AreaScore {
  area: string;
  score: Score;
  /** Included criteria only, in scheme order. */
  criteria: CriterionScore[];
  /** `needed`: the criteria with data the coverage policy asks for (absent under the other policies). */
  coverage: { withData: number; total: number; needed?: number };
}

export type EvaluationOf = (indicator: string) => Evaluation | undefined;

function outcomeOf(criterion: Criterion, evaluation: Evaluation | undefined, counted: 'excluded' | 'zero'): CriterionOutcome {
  if (!evaluation) return { kind: 'missing', reason: 'no-data', counted };
  const { percent } = evaluation;
  if (percent.kind === 'none') return { kind: 'missing', reason: percent.reason, counted };
  const capped = Math.min(percent.value, criterion.cap);
  return {
    kind: 'scored',
    percent: percent.value,
    capped,
    capApplied: capped < percent.value,
    basis: percent.basis,
    planDerived: evaluation.plan.kind === 'value' && evaluation.plan.origin === 'derived',
    provisional: isProvisional(evaluation.observation.figureKind),
  };
}

/** One area's score under a scheme. Total: every input gives a score or a typed "no score". */
export function scoreArea(area: string, scheme: ScoringScheme, evaluationOf: EvaluationOf): AreaScore {
  const counted = scheme.missing === 'zero' ? 'zero' : 'excluded';
  const outcomes = includedCriteria(scheme).map((criterion) => ({ criterion, outcome: outcomeOf(criterion, evaluationOf(criterion.indicator), counted) }));
  const withData = outcomes.filter((o) => o.outcome.kind === 'scored').length;
  const coverage = { withData, total: outcomes.length };
  const counts = (o: CriterionOutcome) => o.kind === 'scored' || scheme.missing === 'zero';
  const totalWeight = outcomes.reduce((sum, o) => sum + (counts(o.outcome) ? o.criterion.weight : 0), 0);
  const criteria = outcomes.map(({ criterion, outcome }) => {
    const share = counts(outcome) && totalWeight > 0 ? criterion.weight / totalWeight : 0;
    return { criterion, outcome, share, contribution: outcome.kind === 'scored' ? share * outcome.capped : 0 };
  });
  const none = (reason: NoScoreReason): AreaScore => ({ area, score: { kind: 'none', reason }, criteria, coverage });
  if (outcomes.length === 0) return none('no-criteria');
  if (withData === 0) return none('no-data');
  if (!(totalWeight > 0)) return none('zero-weight');
  const score = criteria.reduce((sum, c) => sum + c.contribution, 0);
  if (!Number.isFinite(score)) return none('too-large');
  return { area, score: { kind: 'value', value: score }, criteria, coverage };
}

export interface RankedArea extends AreaScore {
  /** 1 = first; equal ranks are shared (1, 2, 2, 4); null = no score, listed last. */
  rank: number | null;
  tied: boolean;
}

/**
 * A score as it is shown (SCORE_DECIMALS): the figure the "why" table's parts add up to. Beyond
 * ~10^306 scaling would overflow to Infinity; a double that large is a whole number already.
 */
export const roundScore = (score: number): number => {
  const scaled = score * 10 ** SCORE_DECIMALS;
  return Number.isFinite(scaled) ? Math.round(scaled) / 10 ** SCORE_DECIMALS : score;
};

/**
 * Orders areas by score (compared at the shown precision), then per the tie-break rule;
 * areas still equal share a rank and are listed by name. Areas without a score come last, unranked.
 */
export function rankScores(scores: readonly AreaScore[], tieBreak: TieBreak, nameOf: (area: string) => string): RankedArea[] {
  // One collator for the whole sort: what localeCompare(…, 'vi') does, without making one per comparison (3,300 communes).
  const compareNames = new Intl.Collator('vi').compare;
  const byName = (a: AreaScore, b: AreaScore) => compareNames(nameOf(a.area), nameOf(b.area));
  const key = (s: AreaScore): [number, number] => [s.score.kind === 'value' ? roundScore(s.score.value) : -Infinity, tieBreak === 'coverage' ? s.coverage.withData : 0];
  // Compared, not subtracted: the difference of two scores near ±10^308 overflows (and ∞ − ∞ is NaN).
  const order = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);
  // Each key made once; sorted, the units of one key stand together, so ranks come in one pass (3,300 communes: no n² work).
  const keys = new Map(scores.map((s) => [s, key(s)]));
  const compareKey = (a: AreaScore, b: AreaScore) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    return order(kb[0], ka[0]) || order(kb[1], ka[1]);
  };
  const scored = scores.filter((s) => s.score.kind === 'value').sort((a, b) => compareKey(a, b) || byName(a, b));
  const unscored = scores.filter((s) => s.score.kind === 'none').sort(byName);
  let firstOfKey = 0;
  const ranked = scored.map((s, i) => {
    if (i > 0 && compareKey(scored[i - 1]!, s) !== 0) firstOfKey = i;
    const tied = (i > 0 && compareKey(scored[i - 1]!, s) === 0) || (i + 1 < scored.length && compareKey(scored[i + 1]!, s) === 0);
    return { ...s, rank: firstOfKey + 1, tied };
  });
  return [...ranked, ...unscored.map((s) => ({ ...s, rank: null, tied: false }))];
}

// A ranking's ranks by area, made once per ranking: every row of a 3,300-unit table asks.
const ranksOf = new WeakMap<readonly RankedArea[], Map<string, number | null>>();
function rankOf(ranking: readonly RankedArea[], area: string): number | null {
  let ranks = ranksOf.get(ranking);
  if (!ranks) ranksOf.set(ranking, (ranks = new Map(ranking.map((r) => [r.area, r.rank]))));
  return ranks.get(area) ?? null;
}

/** Places gained since the previous ranking (positive = up), when the area was ranked in both. */
export function rankChange(area: string, current: readonly RankedArea[], previous: readonly RankedArea[] | null): Measure {
  if (!previous) return noValue('no-previous');
  const now = rankOf(current, area);
  const before = rankOf(previous, area);
  if (now === null) return noValue('no-data');
  if (before === null) return noValue('no-previous');
  return { kind: 'value', value: before - now };
}

/**
 * Rounds each contribution to the shown decimals so that the rounded parts add up exactly to the
 * rounded total (largest-remainder method): the "why" table's sum line equals the shown score.
 */
export function apportionRounded(values: readonly number[], decimals = SCORE_DECIMALS): number[] {
  const scale = 10 ** decimals;
  const scaled = values.map((v) => v * scale);
  // Parts too large to scale are whole numbers already: nothing to apportion.
  if (!scaled.every(Number.isFinite) || !Number.isFinite(values.reduce((a, b) => a + b, 0) * scale)) return [...values];
  const floors = scaled.map((v) => Math.floor(v + 1e-9));
  // The same sum, in the same order, as the score itself, so the target is the shown score.
  const target = Math.round(values.reduce((a, b) => a + b, 0) * scale);
  let remaining = target - floors.reduce((a, b) => a + b, 0);
  const order = scaled.map((v, i) => ({ i, rest: v - (floors[i] ?? 0) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const result = [...floors];
  for (const { i } of order) {
    if (remaining <= 0) break;
    result[i] = (result[i] ?? 0) + 1;
    remaining -= 1;
  }
  return result.map((v) => v / scale);
}

/** Indicators with at least one % of plan among these areas in the year: what the default scheme scores. */
export function scorableIndicators(index: DatasetIndex, areaIds: readonly string[], year: number): string[] {
  return index
    .indicatorsWithData(areaIds, year)
    .filter((i) => areaIds.some((a) => index.evaluation(a, year, i.id)?.percent.kind === 'value'))
    .map((i) => i.id);
}

export const defaultSchemeFor = (index: DatasetIndex, areaIds: readonly string[], year: number): ScoringScheme =>
  defaultScheme(scorableIndicators(index, areaIds, year));

/**
 * The coverage policy, a step after scoring: a unit with data for fewer criteria than the minimum
 * share gets no score ('low-coverage'), so it is listed, never ranked; its criteria stay for the
 * "why" panel. Other policies and other "no score" reasons pass through unchanged.
 */
export function applyCoveragePolicy(score: AreaScore, scheme: ScoringScheme): AreaScore {
  if (scheme.missing !== 'coverage') return score;
  const needed = criteriaNeeded(minCoverageOf(scheme), score.coverage.total);
  const coverage = { ...score.coverage, needed };
  if (score.score.kind === 'value' && score.coverage.withData < needed) return { ...score, score: { kind: 'none', reason: 'low-coverage' }, coverage };
  return { ...score, coverage };
}

/** One area's score for a year under a scheme, the coverage policy applied: what `rankAreas` ranks. */
export const scoreAreaIn = (index: DatasetIndex, area: string, year: number, scheme: ScoringScheme): AreaScore =>
  applyCoveragePolicy(scoreArea(area, scheme, (indicator) => index.evaluation(area, year, indicator)), scheme);

/**
 * `rankAreas` a step at a time: yields after each area scored, so a caller can spread a country's
 * 3,300 communes × 50 criteria over several tasks; returns what `rankAreas` returns.
 */
export function* rankAreasSteps(index: DatasetIndex, areaIds: readonly string[], year: number, scheme: ScoringScheme): Generator<void, RankedArea[]> {
  const scores: AreaScore[] = [];
  for (const area of areaIds) {
    scores.push(scoreAreaIn(index, area, year, scheme));
    yield;
  }
  return rankScores(scores, scheme.tieBreak, (id) => index.area(id)?.name ?? id);
}

/** Runs steps to their end in one go. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Scores and ranks the areas for a year; null when no area has a score (nothing to rank). */
export function rankAreas(index: DatasetIndex, areaIds: readonly string[], year: number, scheme: ScoringScheme): RankedArea[] {
  return drain(rankAreasSteps(index, areaIds, year, scheme));
}

export const hasRanking = (ranking: readonly RankedArea[]): boolean => ranking.some((r) => r.rank !== null);
