import { useState } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { fullName } from '../../domain/areas/areas';
import { AWARD_TITLES, type AwardKind } from '../../domain/awards';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { capitalize } from '../../domain/report/phrasing';
import type { CatalogExtraUpload } from '../../domain/upload/analyze-catalog-extra';
import type { VersionMeta } from '../../persistence/dataset-repository';
import type { CommitRequest } from '../../lib/dataset/use-versions';
import { usePresenters } from '../../lib/language/use-presenters';
import { useExtraT } from './extra-messages';
import { useUploadT } from './upload-messages';

/**
 * An awards.csv or main-targets.csv: what it adds and changes, and the commit of the merged rows as
 * a version (the figures unchanged, so undo is the versions panel's). A file with any error commits nothing.
 */
export function CatalogExtraPanel({ index, extra, baseId, fileName, busy, commit, onDone }: { index: DatasetIndex; extra: CatalogExtraUpload; baseId: number; fileName: string; busy: boolean; commit: UseMutationResult<VersionMeta, Error, CommitRequest>; onDone: () => void }) {
  const t = useExtraT();
  const tu = useUploadT();
  const { language } = usePresenters();
  const [note, setNote] = useState('');
  const lists = extra.kind === 'main-targets';
  const result = lists ? extra.mainTargets : extra.awards;
  const blocked = result === undefined;
  const changes = extra.added + extra.changed;
  const label = (key: string) => {
    const [area, year, kind] = key.split('|');
    const found = area ? index.area(area) : undefined;
    return [found ? capitalize(fullName(found)) : area, year, kind ? AWARD_TITLES[kind as AwardKind]?.[language] ?? kind : null].filter(Boolean).join(' — ');
  };
  const save = () => {
    if (!result) return;
    const counts = { added: extra.added, changed: extra.changed, unchanged: extra.unchanged, removed: 0, total: result.length };
    const dataset = { ...index.fullDataset(), ...(lists ? { mainTargets: extra.mainTargets } : { awards: extra.awards }) };
    commit.mutate({ dataset, meta: { fileName, createdAt: new Date().toISOString(), note: note || t(lists ? 'noteLists' : 'noteAwards'), counts }, baseId }, { onSuccess: onDone });
  };
  return (
    <section className="upload-panel" aria-labelledby="extra-heading">
      <h2 id="extra-heading">{t(lists ? 'listsTitle' : 'awardsTitle')}</h2>
      <p className="chart-caption">{t(lists ? 'listsHint' : 'awardsHint')}</p>
      <ul className="diff-counts" aria-label={`${t('counted')} ${t(lists ? 'countedLists' : 'countedAwards')}`}>
        <li><strong>{extra.added}</strong> {tu('added')}</li>
        <li><strong>{extra.changed}</strong> {tu('changed')}</li>
        <li><strong>{extra.unchanged}</strong> {tu('unchanged')}</li>
      </ul>
      {!blocked && changes > 0 && (
        <ul aria-label={t('changes')}>{extra.keys.slice(0, 200).map((key) => <li key={key}>{label(key)}</li>)}</ul>
      )}
      <div className="commit-row">
        <label className="note-field">{tu('note')}<input type="text" value={note} onChange={(e) => setNote(e.target.value)} /></label>
        <button type="button" className="button" disabled={busy || blocked || changes === 0} onClick={save}>{t('commit')}</button>
      </div>
      {blocked && <p className="chart-caption" role="note">{t('blocked')}</p>}
      {!blocked && changes === 0 && <p className="chart-caption">{t('nothing')}</p>}
    </section>
  );
}
