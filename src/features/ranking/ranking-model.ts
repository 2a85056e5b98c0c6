import type { DatasetIndex } from '../../domain/dataset-index';
import type { Area } from '../../domain/model';
import { defaultSchemeFor, hasRanking, rankAreas, scorableIndicators, type RankedArea } from '../../domain/scoring';
import type { ScoringScheme } from '../../domain/scoring-scheme';
import type { RankingLevel } from './scheme-storage';

export interface RankingModel {
  areas: Area[];
  /** The cluster (cụm thi đua) when the level is the cluster's provinces. */
  cluster: Area | undefined;
  year: number;
  scheme: ScoringScheme;
  isDefault: boolean;
  ranking: RankedArea[];
  previousYear: number;
  /** The previous year ranked under the same scheme; null when nobody could be ranked then. */
  previous: RankedArea[] | null;
  /** Indicators with a % of plan for these areas this year: what the editor offers. */
  scorable: string[];
  /** Years in which these areas have any % of plan. */
  scorableYears: number[];
}

export const clusterOf = (index: DatasetIndex): Area | undefined => index.dataset.areas.find((a) => a.level === 'cluster');

/** The units ranked in a year: one level only (the province's districts before the 2025 reform, its communes after; the cluster's provinces in force). */
export function areasAt(index: DatasetIndex, level: RankingLevel, year: number): Area[] {
  if (level === 'district') return index.province ? index.unitsOf(index.province.id, year) : [];
  const cluster = clusterOf(index);
  return cluster ? index.unitsOf(cluster.id, year) : [];
}

export function rankingModel(index: DatasetIndex, level: RankingLevel, year: number, chosen: ScoringScheme | null): RankingModel {
  const areas = areasAt(index, level, year);
  const ids = areas.map((a) => a.id);
  const scheme = chosen ?? defaultSchemeFor(index, ids, year);
  const ranking = rankAreas(index, ids, year, scheme);
  const previousYear = year - 1;
  const previous = rankAreas(index, ids, previousYear, scheme);
  return {
    areas,
    cluster: level === 'cluster' ? clusterOf(index) : undefined,
    year,
    scheme,
    isDefault: chosen === null,
    ranking,
    previousYear,
    previous: hasRanking(previous) ? previous : null,
    scorable: scorableIndicators(index, ids, year),
    scorableYears: index.years.filter((y) => scorableIndicators(index, ids, y).length > 0),
  };
}
