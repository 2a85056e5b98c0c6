import { useState } from 'react';
import { stripControls } from '../../domain/text/safe-text';
import type { Direction, Indicator } from '../../domain/model';
import type { AnalysisReport, UploadOptions } from '../../domain/upload/analyze-upload';
import { foldText } from '../../domain/text/text-key';
import { usePresenters } from '../../lib/language/use-presenters';
import { DeferredSelect } from './deferred-select';
import { LazyGroups } from './lazy-groups';
import { useUploadT } from './upload-messages';

/** Unknown names per group: each one a select and a button. */
const GROUP = 50;

/** Names the catalog does not know: in indicator cells (long layout) or column names (wide layout). */
export function unknownIndicatorNames(analysis: AnalysisReport): string[] {
  const fromColumns = analysis.targets.flatMap((t) => (t.kind === 'figure' && t.indicator === null ? [t.label] : []));
  return [...new Set([...fromColumns, ...analysis.unknownIndicators])];
}

/** Applies a choice for one unknown name: an alias for row values, the indicator for wide columns. */
export function resolveIndicator(analysis: AnalysisReport, options: UploadOptions, name: string, id: string, defined?: Indicator): UploadOptions {
  const targets = analysis.targets.map((t) => (t.kind === 'figure' && t.indicator === null && t.label === name ? { ...t, indicator: id } : t));
  return {
    ...options,
    targets,
    indicatorAliases: { ...options.indicatorAliases, [name]: id },
    extraIndicators: defined ? [...(options.extraIndicators ?? []), defined] : options.extraIndicators,
  };
}

function DefineIndicator({ name, onDefine }: { name: string; onDefine: (indicator: Indicator) => void }) {
  const t = useUploadT();
  const [draft, setDraftRaw] = useState({ nameVi: name, nameEn: '', unit: '', direction: 'higher_is_better' as Direction });
  // What is typed or pasted here is a name: control characters (a pasted spreadsheet cell's) never enter it.
  const setDraft = (next: typeof draft) => setDraftRaw({ ...next, nameVi: stripControls(next.nameVi), nameEn: stripControls(next.nameEn), unit: stripControls(next.unit) });
  const id = foldText(draft.nameVi).replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'indicator';
  return (
    <form className="define-indicator" onSubmit={(e) => (e.preventDefault(), onDefine({ id, nameVi: draft.nameVi, nameEn: draft.nameEn || draft.nameVi, unit: draft.unit, unitEn: draft.unit, direction: draft.direction, decimals: 2, additive: false }))}>
      <label>{t('nameVi')}<input required value={draft.nameVi} onChange={(e) => setDraft({ ...draft, nameVi: e.target.value })} /></label>
      <label>{t('nameEn')}<input value={draft.nameEn} onChange={(e) => setDraft({ ...draft, nameEn: e.target.value })} /></label>
      <label>{t('unitLabel')}<input required value={draft.unit} onChange={(e) => setDraft({ ...draft, unit: e.target.value })} /></label>
      <label>{t('direction')}
        <select value={draft.direction} onChange={(e) => setDraft({ ...draft, direction: e.target.value as Direction })}>
          <option value="higher_is_better">{t('higherIsBetter')}</option>
          <option value="lower_is_better">{t('lowerIsBetter')}</option>
        </select>
      </label>
      <button type="submit" className="button">{t('defineSave')}</button>
    </form>
  );
}

/** For each unknown indicator name: map it to a catalog indicator, or define a new one right here. */
export function UnknownIndicatorsPanel({ names, indicators, onResolve }: { names: string[]; indicators: Indicator[]; onResolve: (name: string, id: string, defined?: Indicator) => void }) {
  const t = useUploadT();
  const { p } = usePresenters();
  const [defining, setDefining] = useState<string | null>(null);
  if (names.length === 0) return null;
  const choices = indicators.map((ind) => <option key={ind.id} value={ind.id}>{p.name(ind)}</option>);
  const unknownName = (name: string, i: number) => (
    <li key={name}>
      <label htmlFor={`unknown-${i}`}><strong>{name}</strong></label>
      <DeferredSelect id={`unknown-${i}`} value="" currentLabel={t('mapTo')} onChange={(e) => e.target.value && onResolve(name, e.target.value)}>
        <option value="">{t('mapTo')}</option>
        {choices}
      </DeferredSelect>
      <button type="button" className="button secondary" onClick={() => setDefining(defining === name ? null : name)} aria-expanded={defining === name}>{t('defineNew')}</button>
      {defining === name && <DefineIndicator name={name} onDefine={(ind) => (setDefining(null), onResolve(name, ind.id, ind))} />}
    </li>
  );
  return (
    <section className="upload-panel" aria-labelledby="unknown-heading">
      <h2 id="unknown-heading">{t('unknownIndicators')}</h2>
      <p className="chart-caption">{t('unknownHint')}</p>
      <LazyGroups count={names.length} size={GROUP} summary={(from, to) => t('nameGroup', { from: p.number(from + 1), to: p.number(to) })}>
        {(from, to) => (
          <ul className="unknown-list">
            {names.slice(from, to).map((name, k) => unknownName(name, from + k))}
          </ul>
        )}
      </LazyGroups>
    </section>
  );
}
