import { useState } from 'react';
import { areaAliasKey } from '../../domain/areas/area-alias';
import { fullName } from '../../domain/areas/areas';
import type { Area } from '../../domain/model';
import type { AnalysisReport, UploadOptions } from '../../domain/upload/analyze-upload';
import { mappingChoices, type UnknownArea } from '../../domain/upload/unknown-areas';
import { usePresenters } from '../../lib/language/use-presenters';
import { useAreaT } from './area-messages';
import { DefineAreaForm } from './define-area-form';
import { DeferredSelect } from './deferred-select';
import { LazyGroups } from './lazy-groups';
import { useUploadT } from './upload-messages';
import './upload-areas.css';

/** Unknown names per group: each one a select and a button. */
const GROUP = 50;

/** Applies a choice for one area name: an alias (and the area, when the analyst defined it). */
export function resolveArea(options: UploadOptions, name: string, id: string, defined?: Area): UploadOptions {
  return {
    ...options,
    areaAliases: { ...options.areaAliases, [name]: id },
    extraAreas: defined ? [...(options.extraAreas ?? []).filter((a) => a.id !== defined.id), defined] : options.extraAreas,
  };
}

/**
 * «Đơn vị chưa có trong danh mục»: each area name that matched no unit in force in its years —
 * mapped to a unit in force (successors or closest names first) or defined as a new unit.
 */
export function UnknownAreasPanel({ unknown, areas, onResolve }: { unknown: UnknownArea[]; areas: readonly Area[]; onResolve: (name: string, id: string, defined?: Area) => void }) {
  const t = useAreaT();
  const tu = useUploadT();
  const { p } = usePresenters();
  const [defining, setDefining] = useState<string | null>(null);
  if (unknown.length === 0) return null;
  const option = (a: Area) => <option key={a.id} value={a.id}>{fullName(a)}</option>;
  const item = (u: UnknownArea, i: number) => {
    const { successors, closest, others } = mappingChoices(areas, u);
    return (
      <li key={u.name}>
        <label htmlFor={`unknown-area-${i}`}>
          <strong>{u.name}</strong> <span className="chart-caption">({t(u.code === 'area-out-of-force' ? 'outOfForce' : 'notInCatalog')}{u.years.length > 0 ? `, ${t('yearsOf', { years: u.years.join(', ') })}` : ''})</span>
        </label>
        <DeferredSelect id={`unknown-area-${i}`} value="" currentLabel={t('mapToArea')} onChange={(e) => e.target.value && onResolve(u.name, e.target.value)}>
          <option value="">{t('mapToArea')}</option>
          {successors.length > 0 && <optgroup label={t('successors')}>{successors.map(option)}</optgroup>}
          {closest.length > 0 && <optgroup label={t('closest')}>{closest.map(option)}</optgroup>}
          <optgroup label={t('otherUnits')}>{others.map(option)}</optgroup>
        </DeferredSelect>
        <button type="button" className="button secondary" onClick={() => setDefining(defining === u.name ? null : u.name)} aria-expanded={defining === u.name}>{t('defineArea')}</button>
        {defining === u.name && <DefineAreaForm name={u.name} years={u.years} areas={areas} onDefine={(area) => (setDefining(null), onResolve(u.name, area.id, area))} />}
      </li>
    );
  };
  return (
    <section className="upload-panel" aria-labelledby="unknown-areas-heading">
      <h2 id="unknown-areas-heading">{t('unknownAreas')}</h2>
      <p className="chart-caption">{t('unknownAreasHint')}</p>
      <LazyGroups count={unknown.length} size={GROUP} summary={(from, to) => tu('nameGroup', { from: p.number(from + 1), to: p.number(to) })}>
        {(from, to) => <ul className="unknown-list">{unknown.slice(from, to).map((u, k) => item(u, from + k))}</ul>}
      </LazyGroups>
    </section>
  );
}

/** Says which names the remembered mapping placed in this file, with a way to drop those choices. */
export function RememberedAreasNote({ analysis, remembered, areas, onForget }: { analysis: AnalysisReport; remembered: Readonly<Record<string, string>>; areas: readonly Area[]; onForget: (names: string[]) => void }) {
  const t = useAreaT();
  const recalled = new Map(Object.entries(remembered).map(([name, id]) => [areaAliasKey(name), { name, id }]));
  const applied = analysis.areaAliasesUsed.filter((u) => recalled.get(areaAliasKey(u.name))?.id === u.area);
  if (applied.length === 0) return null;
  const nameOf = (id: string) => {
    const area = areas.find((a) => a.id === id);
    return area ? fullName(area) : id;
  };
  return (
    <div role="note" className="upload-panel remembered-areas">
      <p>{t('remembered')}</p>
      <ul>{applied.map((u) => <li key={u.name}>{u.name} → {nameOf(u.area)}</li>)}</ul>
      <button type="button" className="button secondary" onClick={() => onForget(applied.map((u) => recalled.get(areaAliasKey(u.name))?.name ?? u.name))}>{t('forget')}</button>
    </div>
  );
}
