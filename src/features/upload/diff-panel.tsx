import { useMemo, useState } from 'react';
import { fullName } from '../../domain/areas';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { Observation } from '../../domain/model';
import { diffObservations, type MergeMode } from '../../domain/upload/diff';
import type { UploadAnalysis } from '../../domain/upload/analyze-upload';
import { usePresenters } from '../../lib/use-presenters';
import { useUploadT } from './upload-messages';

const SHOWN = 200;

export interface CommitRequest {
  mode: MergeMode;
  note: string;
}

/** The dry run: what a commit would add, change, keep or remove, before anything is written. */
export function DiffPanel({ index, analysis, busy, onCommit, onPreview }: { index: DatasetIndex; analysis: UploadAnalysis; busy: boolean; onCommit: (request: CommitRequest) => void; onPreview: (mode: MergeMode) => void }) {
  const t = useUploadT();
  const { p } = usePresenters();
  const [mode, setMode] = useState<MergeMode>('merge');
  const [note, setNote] = useState('');
  const diff = useMemo(() => diffObservations(index.fullDataset().observations, analysis.observations, mode), [index, analysis, mode]);
  const errors = analysis.issues.some((i) => i.severity === 'error');
  // "xã Tân Uyên", not "Tân Uyên": since 2025 a name may be a district's and a commune's.
  const areaName = (id: string) => {
    const area = index.area(id) ?? analysis.newAreas?.find((a) => a.id === id);
    return area ? fullName(area) : id;
  };
  const indicatorOf = (o: Observation) => index.indicator(o.indicator) ?? analysis.newIndicators?.find((i) => i.id === o.indicator);
  const figures = (o: Observation) => {
    const ind = indicatorOf(o);
    return ind ? `${p.figure(o.actual, ind)} / ${o.plan === null ? '–' : p.figure(o.plan, ind)}${o.reportedPercent === null ? '' : ` / ${p.number(o.reportedPercent)}%`}` : '';
  };
  const rows = [...diff.added.map((o) => ({ kind: t('added'), before: '', after: figures(o), o })), ...diff.changed.map((c) => ({ kind: t('changed'), before: figures(c.before), after: figures(c.after), o: c.after })), ...diff.removed.map((o) => ({ kind: t('removed'), before: figures(o), after: '', o }))];
  return (
    <section className="upload-panel" aria-labelledby="diff-heading">
      <h2 id="diff-heading">{t('preview')}</h2>
      <fieldset className="mode-choice">
        <legend>{t('mode')}</legend>
        <label><input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('modeMerge')}</label>
        <label><input type="radio" name="mode" checked={mode === 'replace-years'} onChange={() => setMode('replace-years')} /> {t('modeReplace')}</label>
      </fieldset>
      <ul className="diff-counts" aria-label={t('preview')}>
        <li><strong>{diff.added.length}</strong> {t('added')}</li>
        <li><strong>{diff.changed.length}</strong> {t('changed')}</li>
        <li><strong>{diff.unchanged.length}</strong> {t('unchanged')}</li>
        <li><strong>{diff.removed.length}</strong> {t('removed')}</li>
      </ul>
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('changesShown', { shown: Math.min(SHOWN, rows.length), total: rows.length })} — {t('figuresLegend')}</caption>
            <thead><tr><th scope="col">{t('change')}</th><th scope="col">{t('what')}</th><th scope="col">{t('before')}</th><th scope="col">{t('after')}</th></tr></thead>
            <tbody>
              {rows.slice(0, SHOWN).map((r) => (
                <tr key={`${r.kind}|${r.o.area}|${r.o.year}|${r.o.indicator}`}>
                  <td>{r.kind}</td>
                  <td>{areaName(r.o.area)} · {r.o.year} · {indicatorOf(r.o) ? p.name(indicatorOf(r.o)!) : r.o.indicator}</td>
                  <td className="num">{r.before}</td>
                  <td className="num">{r.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="commit-row">
        <label className="note-field">{t('note')}<input type="text" value={note} onChange={(e) => setNote(e.target.value)} /></label>
        <button type="button" className="button" disabled={busy || analysis.observations.length === 0} onClick={() => onCommit({ mode, note })}>
          {analysis.observations.length === 0 ? t('nothingToCommit') : t('commit', { n: p.number(analysis.observations.length) })}
        </button>
        {analysis.observations.length > 0 && (
          <button type="button" className="button secondary" onClick={() => onPreview(mode)} title={t('openPreviewHint')}>{t('openPreview')}</button>
        )}
      </div>
      {errors && analysis.observations.length > 0 && <p className="chart-caption">{t('commitPartial')}</p>}
    </section>
  );
}
