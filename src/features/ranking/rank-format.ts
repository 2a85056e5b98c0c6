import type { Measure } from '../../domain/numbers/measure';
import { formatNumber } from '../../domain/numbers/format';
import { roundScore, type RankedArea, type Score } from '../../domain/scoring/scoring';
import type { Presenters } from '../../lib/language/presenters';
import { noScoreKey, type RankingTranslate } from './ranking-messages';

/** Scores and their parts always at SCORE_DECIMALS (2), so the parts visibly add up. */
export const formatPoints = (value: number, p: Presenters): string => formatNumber(roundScore(value), p.language, 2, 2);

/** How ranking figures read: words for "no score", never NaN. */
export const formatScore = (score: Score, p: Presenters, rt: RankingTranslate): string =>
  score.kind === 'value' ? formatPoints(score.value, p) : rt('noScore');

export const scoreReason = (score: Score, rt: RankingTranslate): string => (score.kind === 'none' ? rt(noScoreKey(score.reason)) : '');

export const formatRank = (r: Pick<RankedArea, 'rank' | 'tied'>, rt: RankingTranslate): string =>
  r.rank === null ? rt('noRank') : r.tied ? rt('tiedRank', { rank: r.rank }) : String(r.rank);

/** "▲ 2" on screen, "up 2" for screen readers and the data table. */
export function formatRankChange(change: Measure, rt: RankingTranslate): { short: string; long: string; direction: 'up' | 'down' | 'same' | 'none' } {
  if (change.kind === 'none') return { short: '—', long: rt('noPreviousRank'), direction: 'none' };
  const n = Math.abs(change.value);
  if (change.value > 0) return { short: rt('rankUp', { n }), long: rt('rankUpLong', { n }), direction: 'up' };
  if (change.value < 0) return { short: rt('rankDown', { n }), long: rt('rankDownLong', { n }), direction: 'down' };
  return { short: rt('rankSame'), long: rt('rankSameLong'), direction: 'same' };
}
