import type { RankedArea } from '../../domain/scoring/scoring';
import { formatRank } from './rank-format';
import { useRankingT } from './ranking-messages';

/** A rank as shown in tables: "2 (đồng hạng)", or a dash read aloud as "unranked". */
export function RankText({ ranked }: { ranked: Pick<RankedArea, 'rank' | 'tied'> }) {
  const rt = useRankingT();
  if (ranked.rank !== null) return <>{formatRank(ranked, rt)}</>;
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{rt('noRank')}</span>
    </>
  );
}
