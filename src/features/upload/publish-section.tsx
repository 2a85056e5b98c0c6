import { useState } from 'react';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { FolderIssue } from '../../domain/publication/folder-issues';
import { downloadBlob } from '../../lib/state/download';
import { useT } from '../../lib/language/use-language';
import { usePublishT } from './publish-messages';

type Phase =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; version: string; published: string; file: string }
  | { kind: 'refused'; issues: FolderIssue[] }
  | { kind: 'failed'; reason: string };

/**
 * "Công bố": the dataset the dashboard shows becomes the published data folder (manifest.json and
 * the three canonical CSVs), downloaded as one .zip for IT to unzip into the server's data/ folder.
 */
export function PublishSection({ index }: { index: DatasetIndex }) {
  const t = usePublishT();
  const { language } = useT();
  const [publisher, setPublisher] = useState('');
  const [note, setNote] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  const publish = async () => {
    setPhase({ kind: 'working' });
    try {
      const { publishZip } = await import('./publish-zip');
      const result = await publishZip(index.fullDataset(), { publisher, note, published: new Date() });
      if (!result.ok) return setPhase({ kind: 'refused', issues: result.issues });
      downloadBlob(result.name, new Blob([result.bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
      setPhase({ kind: 'done', version: result.manifest.version, published: result.manifest.published, file: result.name });
    } catch (e) {
      setPhase({ kind: 'failed', reason: (e as Error).message });
    }
  };
  const where = (i: FolderIssue) => [i.file, i.row !== null && t('row', { row: i.row }), i.column && t('column', { column: i.column }), i.value !== null && t('value', { value: i.value })].filter(Boolean).join(', ');

  return (
    <section className="upload-panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t('heading')}</h2>
      <p>{t('intro', { observations: index.observationCount, areas: index.dataset.areas.length, indicators: index.dataset.indicators.length })}</p>
      <div className="upload-controls">
        <label className="note-field">{t('publisher')}<input type="text" value={publisher} maxLength={200} onChange={(e) => setPublisher(e.target.value)} /></label>
        <label className="note-field">{t('note')}<input type="text" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} /></label>
        <button type="button" className="button" disabled={phase.kind === 'working'} onClick={() => void publish()}>{t('publish')}</button>
      </div>
      {phase.kind === 'working' && <p role="status">{t('working')}</p>}
      {phase.kind === 'done' && (
        <div role="status" className="success-banner">
          <p>{t('done', { version: phase.version, date: new Date(phase.published).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB'), file: phase.file })}</p>
          <p>{t('itStep')}</p>
        </div>
      )}
      {phase.kind === 'refused' && (
        <div role="alert">
          <p>{t('refused', { count: phase.issues.length })}</p>
          <ul>{phase.issues.slice(0, 50).map((i, n) => <li key={n}>{where(i)}: {i.message[language]}</li>)}</ul>
        </div>
      )}
      {phase.kind === 'failed' && <p role="alert">{t('failed', { reason: phase.reason })}</p>}
    </section>
  );
}
