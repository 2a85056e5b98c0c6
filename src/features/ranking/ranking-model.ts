import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { unitsUnder } from '../../domain/dataset/drill-down';
import type { Area } from '../../domain/model';
import { drain, hasRanking, rankAreasSteps, scorableIndicators, type RankedArea } from '../../domain/scoring/scoring';
import { rankComparison, schemeFitsLevel, type RankComparison } from '../../domain/scoring/scoring-level';
import { defaultScheme, type RankedLevel, type ScoringScheme } from '../../domain/scoring/scoring-scheme';
import type { RankingLevel } from './scheme-storage';

export interface RankingModel {
  /** What is ranked: the province's districts or communes in force in the year, or the cluster's provinces. */
  level: RankingLevel;
  /** The level of those units, as the scheme states it. */
  rankedLevel: RankedLevel;
  /** The level the link asked for when the year has none of it (?level=district for 2025), else null. */
  askedOther: RankingLevel | null;
  areas: Area[];
  /** The cluster (cụm thi đua) when the level is the cluster's provinces. */
  cluster: Area | undefined;
  year: number;
  scheme: ScoringScheme;
  isDefault: boolean;
  /** A chosen scheme made for another level: not used here, offered to adopt. */
  otherLevelScheme: ScoringScheme | null;
  ranking: RankedArea[];
  previousYear: number;
  /** Whether the previous year ranked the same level (no rank movement across the 2025 reform). */
  comparison: RankComparison;
  /** The previous year ranked under the same scheme; null when nobody could be ranked then, or it ranked another level. */
  previous: RankedArea[] | null;
  /** Indicators with a % of plan for these areas this year: what the editor offers. */
  scorable: string[];
  /** Years in which these areas have any % of plan (worked out when asked: every year's rows are read). */
  scorableYears: () => number[];
}

export const clusterOf = (index: DatasetIndex): Area | undefined => index.dataset.areas.find((a) => a.level === 'cluster');

/**
 * The level ranked in a year: the cluster's provinces when asked, else the parent's units in force
 * (the province's by default: districts before 2025, communes from; a country's, drilled into).
 */
export function levelIn(index: DatasetIndex, asked: RankingLevel | null, year: number, parent: Area | undefined = index.province): RankingLevel {
  if (asked === 'cluster') return 'cluster';
  return parent && unitsUnder(index, parent.id, year).level === 'commune' ? 'commune' : 'district';
}

export const rankedLevelOf = (level: RankingLevel): RankedLevel => (level === 'cluster' ? 'province' : level);

/** The units ranked in a year: one level only (the parent's districts before the 2025 reform, its communes after; the cluster's provinces in force). */
export function areasAt(index: DatasetIndex, level: RankingLevel, year: number, parent: Area | undefined = index.province): Area[] {
  if (level !== 'cluster') return parent ? unitsUnder(index, parent.id, year).units : [];
  const cluster = clusterOf(index);
  return cluster ? index.unitsOf(cluster.id, year) : [];
}

/** A ranking model before the year before is scored. */
export type CurrentRanking = Omit<RankingModel, 'previous'>;

/**
 * The ranking model a step at a time (a step: one unit scored, this year then the year before), so a
 * country's 3,300 communes × 50 criteria, scored for two years, can be spread over several tasks
 * (see use-ranking-model.ts). `rankingModel` runs the same steps in one go.
 */
export function* rankingModelSteps(index: DatasetIndex, asked: RankingLevel | null, year: number, chosen: ScoringScheme | null, parent: Area | undefined = index.province): Generator<void, RankingModel> {
  const level = levelIn(index, asked, year, parent);
  const rankedLevel = rankedLevelOf(level);
  const areas = areasAt(index, level, year, parent);
  const ids = areas.map((a) => a.id);
  const fits = chosen !== null && schemeFitsLevel(chosen, rankedLevel);
  const scorable = scorableIndicators(index, ids, year);
  const scheme = fits ? chosen : { ...defaultScheme(scorable), level: rankedLevel };
  const ranking = yield* rankAreasSteps(index, ids, year, scheme);
  const previousYear = year - 1;
  const previousLevel = levelIn(index, level, previousYear, parent);
  const comparison = rankComparison(areas[0]?.level ?? null, areasAt(index, previousLevel, previousYear, parent)[0]?.level ?? null, previousYear);
  let scorableYears: number[] | undefined;
  const current: CurrentRanking = {
    level,
    rankedLevel,
    askedOther: asked !== null && asked !== level ? asked : null,
    areas,
    cluster: level === 'cluster' ? clusterOf(index) : undefined,
    year,
    scheme,
    isDefault: !fits,
    otherLevelScheme: chosen !== null && !fits ? chosen : null,
    ranking,
    previousYear,
    comparison,
    scorable,
    scorableYears: () => (scorableYears ??= index.years.filter((y) => scorableIndicators(index, ids, y).length > 0)),
  };
  // The year before ranked under the same scheme, for the movement in rank.
  const previous = current.comparison.kind === 'other-level' ? null : yield* rankAreasSteps(index, ids, previousYear, scheme);
  return { ...current, previous: previous && hasRanking(previous) ? previous : null };
}

/** How many criteria scores a model takes (units × criteria, for each of the two years): what decides whether it is made in one go. */
export function rankingModelCells(index: DatasetIndex, asked: RankingLevel | null, year: number, chosen: ScoringScheme | null, parent: Area | undefined = index.province): number {
  const level = levelIn(index, asked, year, parent);
  const units = areasAt(index, level, year, parent).length;
  const criteria = chosen && schemeFitsLevel(chosen, rankedLevelOf(level)) ? chosen.criteria.length : index.dataset.indicators.length;
  return 2 * units * criteria;
}

export function rankingModel(index: DatasetIndex, asked: RankingLevel | null, year: number, chosen: ScoringScheme | null, parent: Area | undefined = index.province): RankingModel {
  return drain(rankingModelSteps(index, asked, year, chosen, parent));
}
