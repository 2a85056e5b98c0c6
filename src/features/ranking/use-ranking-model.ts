import { useMemo } from 'react';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area } from '../../domain/model';
import type { ScoringScheme } from '../../domain/scoring/scoring-scheme';
import { rankingModelCells, rankingModelSteps, type RankingModel } from './ranking-model';
import { useSlicedSteps } from '../../lib/dataset/use-sliced-steps';
import type { RankingLevel } from './scheme-storage';

/** Up to this many criteria scores (units × criteria × two years) the model is made in the render; beyond (a country's 3,300 communes × 50 criteria), a slice at a time. */
const IN_RENDER_CELLS = 10_000;

export interface RankingModelState {
  /** The ranking, or the one before while a new one is being made (null before the first). */
  model: RankingModel | null;
  /** Whether a new ranking is being made (the model shown is the one before it, or none). */
  pending: boolean;
}

/**
 * The ranking model. A country's (3,300 communes × 50 criteria, scored for the year and the year
 * before, each criterion an evaluation) took tasks of 200–500 ms in the render; it is now made a few
 * units per task, and shown when it is whole: until then the page keeps the ranking it had (as a
 * transition does), marked pending. The figures are the same: the steps are `rankingModel`'s.
 */
export function useRankingModel(index: DatasetIndex, asked: RankingLevel | null, year: number, chosen: ScoringScheme | null, parent: Area | undefined): RankingModelState {
  const inRender = useMemo(() => rankingModelCells(index, asked, year, chosen, parent) <= IN_RENDER_CELLS, [index, asked, year, chosen, parent]);
  const key = useMemo(() => [index, asked, year, chosen, parent] as const, [index, asked, year, chosen, parent]);
  const { value, pending } = useSlicedSteps(key, inRender, stepsOf);
  return { model: value, pending };
}

const stepsOf = (key: Readonly<Parameters<typeof rankingModelSteps>>) => rankingModelSteps(...key);
