import { LIMITS } from '../../domain/limits';
import type { Slide } from '../../lib/state/deck-store';
import { useDeckStore } from '../../lib/state/deck-store';
import { usePresentT } from './present-messages';

/** The deck as a list: retitle, reorder, remove, or start from any slide. */
export function DeckEditor({ slides, onStart }: { slides: Slide[]; onStart: (index: number) => void }) {
  const t = usePresentT();
  const { move, remove, rename } = useDeckStore();
  return (
    <section aria-labelledby="slides-heading" className="upload-panel">
      <h2 id="slides-heading">{t('slides', { n: slides.length })}</h2>
      <ol className="deck-list">
        {slides.map((slide, i) => (
          <li key={slide.id} className="deck-item">
            <span className="deck-kind">{t(slide.kind)}</span>
            <input aria-label={t('slideTitle', { n: i + 1 })} value={slide.title} maxLength={LIMITS.slideTitleChars} onChange={(e) => rename(slide.id, e.target.value)} />
            <code className="deck-view">{slide.view}</code>
            <span className="deck-actions">
              <button type="button" className="button secondary" onClick={() => onStart(i)} aria-label={t('startAt', { n: i + 1 })}>▶</button>
              <button type="button" className="button secondary" onClick={() => move(slide.id, -1)} disabled={i === 0} aria-label={`${t('up')} ${i + 1}`}>↑</button>
              <button type="button" className="button secondary" onClick={() => move(slide.id, 1)} disabled={i === slides.length - 1} aria-label={`${t('down')} ${i + 1}`}>↓</button>
              <button type="button" className="button danger" onClick={() => remove(slide.id)} aria-label={`${t('remove')} ${i + 1}`}>✕</button>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
