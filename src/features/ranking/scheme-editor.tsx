import { SelectField } from '../../components/pickers/select-field';
import type { Indicator } from '../../domain/model';
import { minCoverageOf, newCriterion, validCap, validWeight, type Criterion, type MissingPolicy, type ScoringScheme, type TieBreak } from '../../domain/scoring/scoring-scheme';
import { usePresenters } from '../../lib/language/use-presenters';
import { criterionColor } from './criterion-colors';
import { NumberInput } from './number-input';
import { useRankingT } from './ranking-messages';
import type { RankingModel } from './ranking-model';
import { SchemeFileControls } from './scheme-file-controls';
import { levelOfKey, useLevelT } from './level-messages';
import { usePolicyT } from '../../components/status/policy-messages';

/** The scheme's criteria plus this year's scorable indicators it does not list yet (unticked). */
function editorRows(model: RankingModel): Criterion[] {
  const listed = new Set(model.scheme.criteria.map((c) => c.indicator));
  return [...model.scheme.criteria, ...model.scorable.filter((id) => !listed.has(id)).map((id) => ({ ...newCriterion(id), included: false }))];
}

/** Edit the bảng tiêu chí: tick, weight and cap per criterion; missing-data and tie rules. */
export function SchemeEditor({ model, indicatorOf, onChange, onReset, knownIndicators }: { model: RankingModel; indicatorOf: (id: string) => Indicator | undefined; onChange: (s: ScoringScheme) => void; onReset: () => void; knownIndicators: string[] }) {
  const rt = useRankingT();
  const lt = useLevelT();
  const pt = usePolicyT();
  const { p } = usePresenters();
  const { scheme, year } = model;
  const rows = editorRows(model);
  const update = (indicator: string, patch: Partial<Criterion>) =>
    onChange({ ...scheme, criteria: rows.map((c) => (c.indicator === indicator ? { ...c, ...patch } : c)) });
  const nameOf = (id: string) => {
    const i = indicatorOf(id);
    return i ? p.name(i) : id;
  };
  return (
    <section aria-labelledby="editor-heading" className="scheme-editor">
      <h2 id="editor-heading">{rt('editorTitle')}</h2>
      <p className="chart-caption">{rt('editorCaption')}</p>
      <p className="scheme-source" aria-live="polite">{model.isDefault ? rt('schemeDefault', { year }) : rt('schemeCustom')} {lt('schemeLevel', { level: lt(levelOfKey(scheme.level ?? model.rankedLevel)) })}</p>
      <div className="table-scroll">
        <table className="scheme-table">
          <caption className="visually-hidden">{rt('editorTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{rt('editorInclude')}</th>
              <th scope="col">{rt('whyCriterion')}</th>
              <th scope="col">{rt('whyWeight')}</th>
              <th scope="col">{rt('whyCap')} (%)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const name = nameOf(c.indicator);
              const index = scheme.criteria.findIndex((s) => s.indicator === c.indicator);
              return (
                <tr key={c.indicator} className={c.included ? undefined : 'is-excluded'}>
                  <td><input type="checkbox" checked={c.included} aria-label={rt('includeLabel', { indicator: name })} onChange={(e) => update(c.indicator, { included: e.target.checked })} /></td>
                  <th scope="row">
                    {index >= 0 && <span className="swatch" style={{ background: criterionColor(index) }} aria-hidden="true" />}
                    {name}
                    {!model.scorable.includes(c.indicator) && <span className="cell-note">{rt('notInYear', { year })}</span>}
                  </th>
                  <td><NumberInput value={c.weight} min={0} max={1000} isValid={validWeight} label={rt('weightLabel', { indicator: name })} onCommit={(weight) => update(c.indicator, { weight })} /></td>
                  <td><NumberInput value={c.cap} min={1} max={1000} isValid={validCap} label={rt('capLabel', { indicator: name })} onCommit={(cap) => update(c.indicator, { cap })} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="scheme-rules">
        <SelectField
          label={rt('missingPolicy')}
          value={scheme.missing}
          options={[{ value: 'coverage', label: pt('missingCoverage') }, { value: 'exclude', label: rt('missingExclude') }, { value: 'zero', label: rt('missingZero') }]}
          onChange={(v) => onChange({ ...scheme, criteria: rows, missing: v as MissingPolicy, minCoverage: v === 'coverage' ? minCoverageOf({ missing: 'coverage', minCoverage: scheme.minCoverage }) : undefined })}
        />
        {scheme.missing === 'coverage' && (
          <div className="select-field">
            <span aria-hidden="true">{pt('minCoverageLabel')}</span>
            <NumberInput value={Math.round(minCoverageOf(scheme) * 10_000) / 100} min={0} max={100} isValid={(n) => n >= 0 && n <= 100} label={pt('minCoverageLabel')} onCommit={(percent) => onChange({ ...scheme, criteria: rows, minCoverage: percent / 100 })} />
          </div>
        )}
        <SelectField
          label={rt('tieBreak')}
          value={scheme.tieBreak}
          options={[{ value: 'coverage', label: rt('tieCoverage') }, { value: 'shared', label: rt('tieShared') }]}
          onChange={(v) => onChange({ ...scheme, criteria: rows, tieBreak: v as TieBreak })}
        />
        <button type="button" className="secondary-button" onClick={onReset} disabled={model.isDefault}>{rt('resetScheme')}</button>
      </div>
      <SchemeFileControls scheme={scheme} year={year} knownIndicators={knownIndicators} onImport={onChange} />
    </section>
  );
}
