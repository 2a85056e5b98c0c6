import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { defaultYear } from '../../domain/dataset/dataset-index';
import type { Localized } from '../../domain/issues';
import { rankingSlides } from '../../domain/scoring/scoring-level';
import { checkSlide } from '../../domain/slides/slide-check';
import type { SlideKind } from '../../domain/slides/slide-view';
import { INDICATORS_PER_SLIDE, inParts, useDeckStore } from '../../lib/state/deck-store';
import { unitSlides } from '../units/unit-slides';
import { indicatorYears } from '../pickers/year-choice';

/** What the view on screen shows, read at the click (the view may be left before this module has loaded). */
export interface OnScreen {
  /** The view's heading. */
  title: string;
  /** The indicators it shows, in order (matrix rows, bullets: marked data-slide-indicator). */
  indicators: string[];
  /** A ranking's rows (data-slide-rows), 0 elsewhere. */
  rankingRows: number;
}

/**
 * The view on screen, with its selection, as the deck's next slide — or its next slides, when it
 * shows more indicators than one slide holds at presentation type. Every part passes the same
 * guard as a deck file (checkSlide) before any is added: a view is added whole or not at all.
 * Loaded on the first click of "Add to presentation" (the deck and its checks are not first-visit code).
 */
export function addViewToDeck(kind: SlideKind, pathname: string, params: URLSearchParams, index: DatasetIndex | undefined, { title, indicators, rankingRows: shownRows }: OnScreen): { problems: Localized[]; count: number } {
  const view = `${pathname}${params.size > 0 ? `?${params.toString()}` : ''}`;
  /** The year the view shows: the URL's, else the view's own default (an indicator's latest year). */
  const viewYear = () => {
    const year = Number(params.get('year'));
    if (index?.years.includes(year)) return year;
    const indicator = kind === 'indicator' ? pathname.split('/')[2] : undefined;
    return (index && (indicator ? indicatorYears(index, indicator).latest : defaultYear(index))) ?? year;
  };
  const perSlide = INDICATORS_PER_SLIDE[kind];
  // Many units (38 communes) on an overview or a comparison: split by former district (and columns), numbered.
  const byUnits = index && (kind === 'overview' || kind === 'indicator') && !params.has('former') ? unitSlides(index, viewYear(), view, title, kind === 'overview' && !params.has('indicators') ? indicators : null) : null;
  // A long ranking: numbered slides of whole rows.
  const rankingRows = kind === 'ranking' && !params.has('rows') ? shownRows : 0;
  const parts = byUnits ?? (perSlide && !params.has('indicators') ? inParts(indicators, perSlide, view, title) : rankingRows > 0 ? rankingSlides(view, title, rankingRows) : [{ view, title }]);
  const problems = parts.flatMap((part) => {
    const checked = checkSlide({ kind, ...part }, null);
    return checked.ok ? [] : [checked.message];
  });
  const { add } = useDeckStore.getState();
  if (problems.length === 0) for (const part of parts) problems.push(...add({ kind, ...part }));
  return { problems, count: useDeckStore.getState().slides.length };
}
