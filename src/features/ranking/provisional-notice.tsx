import type { Area } from '../../domain/model';
import type { RankingModel } from './ranking-model';
import { useRankingT } from './ranking-messages';
import { usePresenters } from '../../lib/language/use-presenters';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';

/** How many of the figures the ranking rests on are estimates (not final yet), and whose: the first few named. */
export function ProvisionalNotice({ index, model, nameOf }: { index: DatasetIndex; model: RankingModel; nameOf: (area: Area) => string }) {
  const rt = useRankingT();
  const { p } = usePresenters();
  const indicatorName = (id: string) => {
    const indicator = index.indicator(id);
    return indicator ? p.name(indicator) : id;
  };
  const areaOf = new Map(model.areas.map((a) => [a.id, a]));
  const named: string[] = [];
  let n = 0;
  for (const row of model.ranking)
    for (const c of row.criteria)
      if (c.outcome.kind === 'scored' && c.outcome.provisional) {
        n++;
        const area = areaOf.get(row.area);
        if (named.length < 5) named.push(`${area ? nameOf(area) : row.area} (${indicatorName(c.criterion.indicator)})`);
      }
  if (n === 0) return null;
  const list = n > named.length ? `${named.join(', ')}…` : named.join(', ');
  return <p className="level-notices" role="note" data-testid="provisional-ranked">{rt('provisionalRanked', { n, list })}</p>;
}
