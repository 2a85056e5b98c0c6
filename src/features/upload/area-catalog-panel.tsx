import { useState } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { fullName } from '../../domain/areas/areas';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area } from '../../domain/model';
import type { AnalysisReport } from '../../domain/upload/analyze-upload';
import type { CatalogMode } from '../../domain/upload/area-catalog-diff';
import type { VersionMeta } from '../../persistence/dataset-repository';
import type { CommitRequest } from '../../lib/dataset/use-versions';
import { useAreaT } from './area-messages';
import { useUploadT } from './upload-messages';

const viDate = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : '');

/**
 * An areas catalog file: what it adds, changes and removes, and the commit of the new catalog as a
 * version (the observations unchanged). A file with any error commits nothing.
 */
export function AreaCatalogPanel({ index, analysis, baseId, fileName, busy, commit, onMode, onDone }: { index: DatasetIndex; analysis: AnalysisReport; baseId: number; fileName: string; busy: boolean; commit: UseMutationResult<VersionMeta, Error, CommitRequest>; onMode: (mode: CatalogMode) => void; onDone: () => void }) {
  const t = useAreaT();
  const tu = useUploadT();
  const [note, setNote] = useState('');
  const catalog = analysis.catalog;
  if (!catalog) return null;
  const validity = (a: Area) => [a.validFrom ? t('from', { date: viDate(a.validFrom) }) : '', a.validTo ? t('to', { date: viDate(a.validTo) }) : ''].filter(Boolean).join(' ') || t('always');
  const parentName = (a: Area) => (a.parent ? (index.area(a.parent) ?? catalog.added.find((b) => b.id === a.parent)) : undefined);
  const rows = [...catalog.added.map((a) => ({ kind: tu('added'), a, before: '' })), ...catalog.changed.map((c) => ({ kind: tu('changed'), a: c.after, before: `${fullName(c.before)} · ${validity(c.before)}` })), ...catalog.removed.map((a) => ({ kind: tu('removed'), a, before: '' }))];
  const changes = rows.length;
  const blocked = catalog.result.length === 0;
  const save = () => {
    const counts = { added: catalog.added.length, changed: catalog.changed.length, unchanged: catalog.unchanged, removed: catalog.removed.length, total: catalog.result.length };
    const dataset = { ...index.fullDataset(), areas: catalog.result };
    commit.mutate({ dataset, meta: { fileName, createdAt: new Date().toISOString(), note: note || t('catalogNote'), counts }, baseId }, { onSuccess: onDone });
  };
  return (
    <section className="upload-panel" aria-labelledby="catalog-heading">
      <h2 id="catalog-heading">{t('catalogFile')}</h2>
      <p className="chart-caption">{t('catalogHint')}</p>
      <fieldset className="mode-choice">
        <legend>{t('catalogMode')}</legend>
        <label><input type="radio" name="catalog-mode" checked={catalog.mode === 'merge'} onChange={() => onMode('merge')} /> {t('catalogMerge')}</label>
        <label><input type="radio" name="catalog-mode" checked={catalog.mode === 'replace'} onChange={() => onMode('replace')} /> {t('catalogReplace')}</label>
      </fieldset>
      <ul className="diff-counts" aria-label={t('catalogFile')}>
        <li><strong>{catalog.added.length}</strong> {tu('added')}</li>
        <li><strong>{catalog.changed.length}</strong> {tu('changed')}</li>
        <li><strong>{catalog.unchanged}</strong> {tu('unchanged')}</li>
        <li><strong>{catalog.removed.length}</strong> {tu('removed')}</li>
      </ul>
      {changes > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead><tr><th scope="col">{tu('change')}</th><th scope="col">{t('areaId')}</th><th scope="col">{t('areaName')}</th><th scope="col">{t('areaParent')}</th><th scope="col">{t('validity')}</th><th scope="col">{tu('before')}</th></tr></thead>
            <tbody>
              {rows.map((r) => {
                const parent = parentName(r.a);
                return (
                  <tr key={`${r.kind}|${r.a.id}`}>
                    <td>{r.kind}</td>
                    <td>{r.a.id}</td>
                    <td>{fullName(r.a)}</td>
                    <td>{parent ? fullName(parent) : (r.a.parent ?? '–')}</td>
                    <td>{validity(r.a)}</td>
                    <td>{r.before}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="commit-row">
        <label className="note-field">{tu('note')}<input type="text" value={note} onChange={(e) => setNote(e.target.value)} /></label>
        <button type="button" className="button" disabled={busy || blocked || changes === 0} onClick={save}>{t('catalogCommit')}</button>
      </div>
      {blocked && <p className="chart-caption" role="note">{t('catalogBlocked')}</p>}
      {!blocked && changes === 0 && <p className="chart-caption">{t('catalogNothing')}</p>}
    </section>
  );
}
