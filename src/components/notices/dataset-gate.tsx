import { useDeferredValue, useState, type ReactNode } from 'react';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { DatasetLoadError, LoadCancelledError, NoPublishedDataError } from '../../lib/dataset/dataset-errors';
import { describeFailure, usePublicationT } from '../../lib/publication/publication-messages';
import { useDataset } from '../../lib/dataset/use-dataset';
import { usePresenters } from '../../lib/language/use-presenters';
import { FirstDownloadProgress } from './download-notices';
import { useWindowingReady, WINDOW_FROM } from '../tables/windowed-rows';

/** No good version at all (a first visit offline, or the first load failed): a page that says so, never an empty dashboard. */
function NoPublishedData({ error, retry }: { error: NoPublishedDataError; retry: () => void }) {
  const t = usePublicationT();
  const { language } = usePresenters();
  return (
    <div role="alert" className="page-status error" data-testid="no-published-data">
      <h1>{t('noDataTitle')}</h1>
      <p>{t('noDataBody')}</p>
      <ul>{error.failures.map((f, n) => <li key={n}>{describeFailure(f, t, language)}</li>)}</ul>
      <button type="button" onClick={retry}>{t('retry')}</button>
    </div>
  );
}

/** A first visit's download cancelled by the person: a clear page, with a retry. */
function Cancelled({ retry }: { retry: () => void }) {
  const t = usePublicationT();
  return (
    <div role="alert" className="page-status" data-testid="download-cancelled">
      <h1>{t('cancelledTitle')}</h1>
      <p>{t('cancelledBody')}</p>
      <button type="button" onClick={retry}>{t('retry')}</button>
    </div>
  );
}

/** Loading and failure states shared by every view; children get the loaded dataset. */
export function DatasetGate({ children, source = 'shown' }: { children: (index: DatasetIndex) => ReactNode; source?: 'shown' | 'stored' }) {
  const { index: loaded, error, refetch, isPending } = useDataset({ source });
  // Data that arrives (the first load, a new version) is drawn in a transition: a province's 38 × 60 matrix
  // and 60 cards render in slices, not one long task; meanwhile the page says it is loading (or keeps the
  // version on screen).
  const index = useDeferredValue(loaded);
  const { t, language } = usePresenters();
  const windowing = useWindowingReady(index !== undefined && index.dataset.areas.length > WINDOW_FROM);
  // Only a view's first drawing waits for the windowing code: a view on screen (the upload page after a
  // catalog of 764 areas is saved) is never taken down, or its state would be lost.
  const [drawn, setDrawn] = useState(false);
  if (index && (windowing || drawn)) {
    if (!drawn) setDrawn(true);
    return <>{children(index)}</>;
  }
  if (index || loaded) return <p role="status" className="page-status">{t('loading')}</p>;
  if (isPending) return <FirstDownloadProgress fallback={t('loading')} />;
  if (error instanceof NoPublishedDataError) return <NoPublishedData error={error} retry={() => void refetch()} />;
  if (error instanceof LoadCancelledError) return <Cancelled retry={() => void refetch()} />;
  return (
    <div role="alert" className="page-status error">
      <h2>{t('loadFailed')}</h2>
      {error instanceof DatasetLoadError ? (
        <ul>{error.issues.slice(0, 20).map((i, n) => <li key={n}>{[i.row && `row ${i.row}`, i.column, i.value].filter(Boolean).join(' · ')}: {i.message[language]}</li>)}</ul>
      ) : (
        <p>{String(error)}</p>
      )}
      <button type="button" onClick={() => void refetch()}>{t('retry')}</button>
    </div>
  );
}
