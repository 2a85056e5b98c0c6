import { useState } from 'react';
import { useLocation } from 'react-router';
import { INDICATORS_PER_SLIDE, inParts, slideKindOf, useDeckStore } from '../lib/deck-store';
import { useT } from '../lib/use-language';

const TEXT = {
  vi: { add: 'Thêm vào trình chiếu', added: 'Đã thêm (trang {n})' },
  en: { add: 'Add to presentation', added: 'Added (slide {n})' },
} as const;

/** The indicators the view on screen shows, in order (matrix rows, bullets: marked data-slide-indicator). */
const indicatorsOnScreen = () => [...new Set([...document.querySelectorAll<HTMLElement>('main [data-slide-indicator]')].map((e) => e.dataset.slideIndicator ?? ''))].filter(Boolean);

/**
 * "Add to presentation": the current view, with its selection, becomes the deck's next slide —
 * or its next slides, when it shows more indicators than one slide holds at presentation type.
 */
export function AddToDeckButton() {
  const { language } = useT();
  const { pathname, search } = useLocation();
  const add = useDeckStore((s) => s.add);
  const count = useDeckStore((s) => s.slides.length);
  const [added, setAdded] = useState<string | null>(null);
  const kind = slideKindOf(pathname);
  if (!kind) return null;
  const params = new URLSearchParams(search);
  params.delete('lang');
  const view = `${pathname}${params.size > 0 ? `?${params.toString()}` : ''}`;
  const onClick = () => {
    const title = document.querySelector('main h1')?.textContent ?? '';
    const perSlide = INDICATORS_PER_SLIDE[kind];
    const parts = perSlide && !params.has('indicators') ? inParts(indicatorsOnScreen(), perSlide, view, title) : [{ view, title }];
    for (const part of parts) add({ kind, ...part });
    setAdded(view);
  };
  return (
    <button type="button" className="add-to-deck" onClick={onClick} aria-live="polite">
      {added === view ? TEXT[language].added.replace('{n}', String(count)) : `+ ${TEXT[language].add}`}
    </button>
  );
}
