import { useMemo } from 'react';
import { sourcesAt } from '../../components/charts/evaluation-rows';
import { TableDownloads } from '../../components/export/table-downloads';
import { useChartProvenance } from '../../components/export/use-chart-provenance';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area } from '../../domain/model';
import { includedCriteria } from '../../domain/scoring/scoring-scheme';
import { usePresenters } from '../../lib/language/use-presenters';
import { useRankingT } from './ranking-messages';
import type { RankingModel } from './ranking-model';
import { rankingSheets } from './ranking-sheet';

/** The ranking and scorecard as .xlsx (two sheets) or the ranking as a Vietnamese CSV, with where the figures come from. */
export function RankingDownloads({ index, model, nameOf }: { index: DatasetIndex; model: RankingModel; nameOf: (area: Area) => string }) {
  const rt = useRankingT();
  const { p } = usePresenters();
  const sources = useMemo(() => sourcesAt(index, model.areas.map((a) => a.id), model.year, includedCriteria(model.scheme).map((c) => c.indicator)), [index, model]);
  const provenance = useChartProvenance(undefined, sources);
  const title = rt('pageTitle', { year: model.year });
  return (
    <TableDownloads
      what={rt('sheetWhat')}
      disabled={model.ranking.length === 0}
      fileName={(extension) => provenance.fileName(title, extension)}
      tables={() => rankingSheets(index, model.ranking, model.year, nameOf, rt, p, provenance.lines(new Date()))}
    />
  );
}
