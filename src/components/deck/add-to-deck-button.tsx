import { useState } from 'react';
import { useLocation } from 'react-router';
import type { Localized } from '../../domain/issues';
import { slideKindOf } from '../../domain/slides/slide-view';
import { useCurrentSearch } from '../../lib/state/carried-search';
import { useDataset } from '../../lib/dataset/use-dataset';
import { useT } from '../../lib/language/use-language';

const TEXT = {
  vi: { add: 'Thêm vào trình chiếu', added: 'Đã thêm (trang {n})', refused: 'Không thêm được vào trình chiếu:' },
  en: { add: 'Add to presentation', added: 'Added (slide {n})', refused: 'Could not add to the presentation:' },
} as const;

/** What the view on screen shows, read at the click (add-to-deck.ts). */
const onScreen = () => ({
  title: document.querySelector('main h1')?.textContent ?? '',
  indicators: [...new Set([...document.querySelectorAll<HTMLElement>('main [data-slide-indicator]')].map((e) => e.dataset.slideIndicator ?? ''))].filter(Boolean),
  rankingRows: Number(document.querySelector<HTMLElement>('main [data-slide-rows]')?.dataset.slideRows ?? 0),
});

/** Fetched as the pointer or the focus reaches the button, so the click rarely waits. */
const loadAdding = () => import('./add-to-deck');

type Outcome = { view: string; problems: Localized[]; count: number };

/**
 * "Add to presentation": the current view, with its selection, becomes the deck's next slide(s)
 * (add-to-deck.ts, loaded on the first click); what the deck's guard refuses is said, not added.
 */
export function AddToDeckButton() {
  const { language } = useT();
  const { pathname } = useLocation();
  const search = useCurrentSearch();
  const { index } = useDataset();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const kind = slideKindOf(pathname);
  if (!kind) return null;
  const params = new URLSearchParams(search);
  params.delete('lang');
  const view = `${pathname}${params.size > 0 ? `?${params.toString()}` : ''}`;
  const onClick = async () => {
    const shown = onScreen();
    const { addViewToDeck } = await loadAdding();
    setOutcome({ view, ...addViewToDeck(kind, pathname, params, index, shown) });
  };
  const shown = outcome?.view === view ? outcome : null;
  return (
    <>
      <button type="button" className="add-to-deck" onClick={() => void onClick()} onPointerEnter={() => void loadAdding()} onFocus={() => void loadAdding()} aria-live="polite">
        {shown && shown.problems.length === 0 ? TEXT[language].added.replace('{n}', String(shown.count)) : `+ ${TEXT[language].add}`}
      </button>
      {shown && shown.problems.length > 0 && (
        <div role="alert" className="add-to-deck-refused">
          {TEXT[language].refused} {shown.problems.map((p) => p[language]).join(' ')}
        </div>
      )}
    </>
  );
}
