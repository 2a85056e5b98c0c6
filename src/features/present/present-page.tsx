import { parseAsInteger, useQueryState } from 'nuqs';
import { useEffect, useState } from 'react';
import { DatasetGate } from '../../components/notices/dataset-gate';
import './present.css';
import { PageHeader } from '../../components/pickers/page-header';
import { defaultYear, type DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Localized } from '../../domain/issues';
import { formatBytes, LIMITS } from '../../domain/limits';
import { useDeckStore } from '../../lib/state/deck-store';
import { downloadText } from '../../lib/state/download';
import { useT } from '../../lib/language/use-language';
import { deckFileTooLarge, deckFromJson, deckToJson, type DeckRead } from './deck-file';
import { DeckEditor } from './deck-editor';
import { defaultDeck } from './default-deck';
import { usePresentT } from './present-messages';
import { SlideShow } from './slide-show';

type Message = { kind: 'imported'; n: number } | { kind: 'failed'; file: string; problems: Localized[] } | { kind: 'skipped'; problems: Localized[] };

function Present({ index }: { index: DatasetIndex }) {
  const t = usePresentT();
  const { language } = useT();
  const { slides, seeded, seed, replace } = useDeckStore();
  const [slide, setSlide] = useQueryState('slide', parseAsInteger.withOptions({ history: 'replace' }));
  const [message, setMessage] = useState<Message | null>(null);
  const skipped = (problems: Localized[]) => setMessage(problems.length > 0 ? { kind: 'skipped', problems } : null);
  const offerDefault = () => skipped(replace(defaultDeck(index)));
  // A presenter who never built a deck starts from the default one for the latest year.
  useEffect(() => {
    if (seeded) return;
    const problems = seed(defaultDeck(index));
    if (problems.length > 0) queueMicrotask(() => setMessage({ kind: 'skipped', problems }));
  }, [seeded, index, seed]);
  const deck = slides;
  const importDeck = async (file: File | undefined) => {
    if (!file) return;
    // Refused by its size before a byte of it is read.
    const tooLarge = deckFileTooLarge(file.size);
    const read: DeckRead = tooLarge ? { ok: false, problems: [tooLarge] } : deckFromJson(await file.text());
    if (!read.ok) return setMessage({ kind: 'failed', file: file.name, problems: read.problems });
    const problems = replace(read.slides);
    setMessage(problems.length > 0 ? { kind: 'failed', file: file.name, problems } : { kind: 'imported', n: read.slides.length });
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
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            aria-describedby="deck-file-hint"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              void importDeck(file);
            }}
          />
        </label>
        <span id="deck-file-hint" className="deck-file-hint">{t('deckFileHint', { bytes: formatBytes(LIMITS.deckBytes), slides: LIMITS.deckSlides, chars: LIMITS.slideTitleChars })}</span>
      </div>
      {message?.kind === 'imported' && <p role="status">{t('imported', { n: message.n })}</p>}
      {(message?.kind === 'failed' || message?.kind === 'skipped') && (
        <div role="alert" className="error-banner deck-problems">
          <p>{message.kind === 'failed' ? t('importFailedFile', { file: message.file }) : t('defaultSkipped')}</p>
          <ul>{message.problems.map((p, i) => <li key={i}>{p[language]}</li>)}</ul>
        </div>
      )}
      {deck.length === 0 ? <p className="no-data">{t('empty')}</p> : <DeckEditor slides={deck} onStart={(i) => void setSlide(i + 1)} />}
    </>
  );
}

export function PresentPage() {
  return <DatasetGate>{(index) => <Present index={index} />}</DatasetGate>;
}
