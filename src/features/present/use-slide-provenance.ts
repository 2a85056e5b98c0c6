import { selectionOf } from '../../components/export/provenance';
import { useViewProvenance } from '../../components/export/use-chart-provenance';
import type { Slide } from '../../lib/state/deck-store';
import { useDataset } from '../../lib/dataset/use-dataset';

/** What a slide shows and where its figures come from: the sources of every observation its selection covers. */
export function useSlideProvenance(slide: Slide | undefined) {
  const { index } = useDataset();
  const view = slide?.view ?? '/';
  const [pathname = '/', query = ''] = view.split('?');
  const search = query ? `?${query}` : '';
  const ids = selectionOf(pathname, search);
  const observations = index?.observationsFor({ area: ids.area ?? undefined, year: ids.year ?? undefined, indicator: ids.indicator ?? undefined }) ?? [];
  const provenance = useViewProvenance(pathname, search, undefined, observations.map((o) => o.source));
  return {
    footer: (exportedAt: Date) => [slide?.title ?? '', ...provenance.lines(exportedAt)].filter(Boolean),
    fileName: () => provenance.fileName(slide?.title ?? 'trinh-chieu', 'png'),
  };
}
