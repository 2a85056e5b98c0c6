import type { ReactNode } from 'react';
import type { DatasetIndex } from '../domain/dataset-index';
import { DatasetLoadError } from '../lib/load-dataset';
import { useDataset } from '../lib/use-dataset';
import { usePresenters } from '../lib/use-presenters';

/** Loading and failure states shared by every view; children get the loaded dataset. */
export function DatasetGate({ children }: { children: (index: DatasetIndex) => ReactNode }) {
  const { index, error, refetch, isPending } = useDataset();
  const { t, language } = usePresenters();
  if (index) return <>{children(index)}</>;
  if (isPending) return <p role="status" className="page-status">{t('loading')}</p>;
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
