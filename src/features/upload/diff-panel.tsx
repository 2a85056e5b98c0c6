import { FIGURE_KIND_LABELS } from '../../domain/evaluation/figure-kind';
import { useState } from 'react';
import { fullName } from '../../domain/areas/areas';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Observation } from '../../domain/model';
import type { MergeMode } from '../../domain/upload/diff';
import type { AnalysisReport } from '../../domain/upload/analyze-upload';
import { usePresenters } from '../../lib/language/use-presenters';
import { useUploadT } from './upload-messages';

export interface CommitRequest {
  mode: MergeMode;
  note: string;
}

/** The dry run: what a commit would add, change, keep or remove, before anything is written. */
export function DiffPanel({ index, analysis, busy, onCommit, onPreview }: { index: DatasetIndex; analysis: AnalysisReport; busy: boolean; onCommit: (request: CommitRequest) => void; onPreview: (mode: MergeMode) => void }) {
  const t = useUploadT();
  const { p } = usePresenters();
  const [mode, setMode] = useState<MergeMode>('merge');
  const [note, setNote] = useState('');
  // Made in the analysis's worker, for each mode: the counts and the first rows.
  const diff = analysis.diffs[mode];
  const errors = analysis.issues.some((i) => i.severity === 'error');
  // "xã Tân Uyên", not "Tân Uyên": since 2025 a name may be a district's and a commune's.
  const areaName = (id: string) => {
    const area = index.area(id) ?? analysis.newAreas?.find((a) => a.id === id);
    return area ? fullName(area) : id;
  };
  const indicatorOf = (o: Observation) => index.indicator(o.indicator) ?? analysis.newIndicators?.find((i) => i.id === o.indicator);
  const figures = (o: Observation) => {
    const ind = indicatorOf(o);
    return ind ? `${p.figure(o.actual, ind)}${o.figureKind ? ` (${FIGURE_KIND_LABELS[o.figureKind][p.language]})` : ''} / ${o.plan === null ? '–' : p.figure(o.plan, ind)}${o.planText ? ` (${o.planText})` : ''}${o.reportedPercent === null ? '' : ` / ${p.number(o.reportedPercent)}%`}` : '';
  };
  const rows = diff.shown.map((c) => ({ kind: t(c.kind), before: c.before ? figures(c.before) : '', after: c.after ? figures(c.after) : '', o: c.after ?? c.before }));
  const listed = diff.counts.added + diff.counts.changed + diff.counts.removed;
  return (
    <section className="upload-panel" aria-labelledby="diff-heading">
      <h2 id="diff-heading">{t('preview')}</h2>
      <fieldset className="mode-choice">
        <legend>{t('mode')}</legend>
        <label><input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('modeMerge')}</label>
        <label><input type="radio" name="mode" checked={mode === 'replace-years'} onChange={() => setMode('replace-years')} /> {t('modeReplace')}</label>
      </fieldset>
      <ul className="diff-counts" aria-label={t('preview')}>
        <li><strong>{p.number(diff.counts.added)}</strong> {t('added')}</li>
        <li><strong>{p.number(diff.counts.changed)}</strong> {t('changed')}</li>
        <li><strong>{p.number(diff.counts.unchanged)}</strong> {t('unchanged')}</li>
        <li><strong>{p.number(diff.counts.removed)}</strong> {t('removed')}</li>
      </ul>
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('changesShown', { shown: p.number(rows.length), total: p.number(listed) })} — {t('figuresLegend')}</caption>
            <thead><tr><th scope="col">{t('change')}</th><th scope="col">{t('what')}</th><th scope="col">{t('before')}</th><th scope="col">{t('after')}</th></tr></thead>
            <tbody>
              {rows.map((r) => (
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
        <button type="button" className="button" disabled={busy || analysis.validRows === 0} onClick={() => onCommit({ mode, note })}>
          {analysis.validRows === 0 ? t('nothingToCommit') : t('commit', { n: p.number(analysis.validRows) })}
        </button>
        {analysis.validRows > 0 && (
          <button type="button" className="button secondary" onClick={() => onPreview(mode)} title={t('openPreviewHint')}>{t('openPreview')}</button>
        )}
      </div>
      {errors && analysis.validRows > 0 && <p className="chart-caption">{t('commitPartial')}</p>}
    </section>
  );
}
