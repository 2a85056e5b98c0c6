import { datasetToJson, observationsToCsv } from '../../domain/dataset/dataset-export';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { VersionMeta, VersionState } from '../../persistence/dataset-repository';
import { downloadText } from '../../lib/state/download';
import { useUploadT } from './upload-messages';

/** Every committed version, the one in use marked; undo to any, delete any, restore the built-in data. */
export function VersionsPanel({ state, index, busy, onUse, onDelete }: { state: VersionState; index: DatasetIndex; busy: boolean; onUse: (id: number) => void; onDelete: (id: number) => void }) {
  const t = useUploadT();
  const row = (id: number, label: string, meta: VersionMeta | null) => {
    const current = state.currentId === id;
    return (
      <tr key={id} aria-current={current ? 'true' : undefined} className={current ? 'current' : undefined}>
        <td>{label}{current && <strong> · {t('current')}</strong>}</td>
        <td>{meta ? new Date(meta.createdAt).toLocaleString() : '–'}</td>
        <td>{meta ? t('counts', meta.counts) : ''}{meta?.note && <><br /><em>{meta.note}</em></>}</td>
        <td className="actions">
          <button type="button" className="button secondary" disabled={busy || current} onClick={() => onUse(id)}>{t('use')}</button>
          {meta && <button type="button" className="button danger" disabled={busy} onClick={() => onDelete(id)} aria-label={`${t('delete')} ${label}`}>{t('delete')}</button>}
        </td>
      </tr>
    );
  };
  return (
    <section className="upload-panel" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('versions')}</h2>
      <div className="table-scroll">
        <table className="data-table versions-table">
          <thead><tr><th scope="col">{t('version')}</th><th scope="col">{t('time')}</th><th scope="col">{t('rows')}</th><th scope="col"><span className="visually-hidden">{t('use')}</span></th></tr></thead>
          <tbody>
            {[...state.versions].reverse().map((v) => row(v.id, `${t('version')} ${v.id}: ${v.fileName}`, v))}
            {row(0, t('builtIn'), null)}
          </tbody>
        </table>
      </div>
      <div className="upload-controls">
        <span>{t('exportTitle')}:</span>
        <button type="button" className="button secondary" onClick={() => downloadText('chi-tieu.csv', observationsToCsv(index.fullDataset().observations))}>{t('exportCsv')}</button>
        <button type="button" className="button secondary" onClick={() => downloadText('chi-tieu.json', datasetToJson(index.fullDataset()), 'application/json')}>{t('exportJson')}</button>
      </div>
    </section>
  );
}
