import { useState } from 'react';
import { useLocation } from 'react-router';
import type { Localized } from '../domain/issues';
import { checkSlide } from '../domain/slide-check';
import { rankingSlides } from '../domain/scoring-level';
import { defaultYear } from '../domain/dataset-index';
import { useCurrentSearch } from '../lib/carried-search';
import { INDICATORS_PER_SLIDE, inParts, slideKindOf, useDeckStore } from '../lib/deck-store';
import { useDataset } from '../lib/use-dataset';
import { useT } from '../lib/use-language';
import { unitSlides } from './units/unit-slides';
import { indicatorYears } from './year-choice';

const TEXT = {
  vi: { add: 'Thêm vào trình chiếu', added: 'Đã thêm (trang {n})', refused: 'Không thêm được vào trình chiếu:' },
  en: { add: 'Add to presentation', added: 'Added (slide {n})', refused: 'Could not add to the presentation:' },
} as const;

/** The indicators the view on screen shows, in order (matrix rows, bullets: marked data-slide-indicator). */
const indicatorsOnScreen = () => [...new Set([...document.querySelectorAll<HTMLElement>('main [data-slide-indicator]')].map((e) => e.dataset.slideIndicator ?? ''))].filter(Boolean);

/**
 * "Add to presentation": the current view, with its selection, becomes the deck's next slide —
 * or its next slides, when it shows more indicators than one slide holds at presentation type.
 * The view passes the same guard as a deck file (checkSlide); what it refuses is said, not added.
 */
export function AddToDeckButton() {
  const { language } = useT();
  const { pathname } = useLocation();
  const search = useCurrentSearch();
  const { index } = useDataset();
  const add = useDeckStore((s) => s.add);
  const count = useDeckStore((s) => s.slides.length);
  const [added, setAdded] = useState<string | null>(null);
  const [refused, setRefused] = useState<{ view: string; problems: Localized[] } | null>(null);
  const kind = slideKindOf(pathname);
  if (!kind) return null;
  const params = new URLSearchParams(search);
  params.delete('lang');
  const view = `${pathname}${params.size > 0 ? `?${params.toString()}` : ''}`;
  /** The year the view shows: the URL's, else the view's own default (an indicator's latest year). */
  const viewYear = () => {
    const year = Number(params.get('year'));
    if (index?.years.includes(year)) return year;
    const indicator = kind === 'indicator' ? pathname.split('/')[2] : undefined;
    return (index && (indicator ? indicatorYears(index, indicator).latest : defaultYear(index))) ?? year;
  };
  const onClick = () => {
    const title = document.querySelector('main h1')?.textContent ?? '';
    const perSlide = INDICATORS_PER_SLIDE[kind];
    // Many units (38 communes) on an overview or a comparison: split by former district (and columns), numbered.
    const byUnits = index && (kind === 'overview' || kind === 'indicator') && !params.has('former') ? unitSlides(index, viewYear(), view, title, kind === 'overview' && !params.has('indicators') ? indicatorsOnScreen() : null) : null;
    // A long ranking: numbered slides of whole rows.
    const rankingRows = kind === 'ranking' && !params.has('rows') ? Number(document.querySelector<HTMLElement>('main [data-slide-rows]')?.dataset.slideRows ?? 0) : 0;
    const parts = byUnits ?? (perSlide && !params.has('indicators') ? inParts(indicatorsOnScreen(), perSlide, view, title) : rankingRows > 0 ? rankingSlides(view, title, rankingRows) : [{ view, title }]);
    // Every part is checked before any is added: a view is added whole or not at all.
    const problems = parts.flatMap((part) => {
      const checked = checkSlide({ kind, ...part }, null);
      return checked.ok ? [] : [checked.message];
    });
    if (problems.length === 0) for (const part of parts) problems.push(...add({ kind, ...part }));
    setRefused(problems.length > 0 ? { view, problems } : null);
    setAdded(problems.length > 0 ? null : view);
  };
  return (
    <>
      <button type="button" className="add-to-deck" onClick={onClick} aria-live="polite">
        {added === view ? TEXT[language].added.replace('{n}', String(count)) : `+ ${TEXT[language].add}`}
      </button>
      {refused?.view === view && (
        <div role="alert" className="add-to-deck-refused">
          {TEXT[language].refused} {refused.problems.map((p) => p[language]).join(' ')}
        </div>
      )}
    </>
  );
}
