import { parseAsInteger, useQueryState } from 'nuqs';
import { useEffect, useState } from 'react';
import { DatasetGate } from '../../components/dataset-gate';
import './present.css';
import { PageHeader } from '../../components/page-header';
import { defaultYear, type DatasetIndex } from '../../domain/dataset-index';
import { useDeckStore } from '../../lib/deck-store';
import { downloadText } from '../../lib/download';
import { deckFromJson, deckToJson } from './deck-file';
import { DeckEditor } from './deck-editor';
import { defaultDeck } from './default-deck';
import { usePresentT } from './present-messages';
import { SlideShow } from './slide-show';

function Present({ index }: { index: DatasetIndex }) {
  const t = usePresentT();
  const { slides, seeded, seed, replace } = useDeckStore();
  const [slide, setSlide] = useQueryState('slide', parseAsInteger.withOptions({ history: 'replace' }));
  const [message, setMessage] = useState<string | null>(null);
  const offerDefault = () => replace(defaultDeck(index));
  // A presenter who never built a deck starts from the default one for the latest year.
  useEffect(() => {
    if (!seeded) seed(defaultDeck(index));
  }, [seeded, index, seed]);
  const deck = slides;
  const importDeck = async (file: File | undefined) => {
    if (!file) return;
    const read = deckFromJson(await file.text());
    if (read.ok) replace(read.slides);
    setMessage(read.ok ? t('imported', { n: read.slides.length }) : t('importFailed', { reason: read.reason }));
  };
  if (slide !== null && deck.length > 0)
    return <SlideShow slides={deck} index={Math.min(Math.max(slide - 1, 0), deck.length - 1)} onGo={(i) => void setSlide(i + 1)} onLeave={() => void setSlide(null)} />;
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')}>
        <button type="button" className="button" disabled={deck.length === 0} onClick={() => void setSlide(1)}>{t('start')}</button>
      </PageHeader>
      <div className="upload-controls">
        <button type="button" className="button secondary" onClick={offerDefault}>{t('defaultDeck', { year: defaultYear(index) ?? '' })}</button>
        <button type="button" className="button secondary" disabled={deck.length === 0} onClick={() => downloadText('chi-tieu-trinh-chieu.json', deckToJson(deck), 'application/json')}>{t('exportDeck')}</button>
        <label className="button secondary">
          {t('importDeck')}
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void importDeck(e.target.files?.[0])} />
        </label>
      </div>
      {message && <p role="status">{message}</p>}
      {deck.length === 0 ? <p className="no-data">{t('empty')}</p> : <DeckEditor slides={deck} onStart={(i) => void setSlide(i + 1)} />}
    </>
  );
}

export function PresentPage() {
  return <DatasetGate>{(index) => <Present index={index} />}</DatasetGate>;
}
