import { useState } from 'react';
import { fullName, inForceIn } from '../../domain/areas/areas';
import type { Area, AreaLevel } from '../../domain/model';
import { stripControls } from '../../domain/text/safe-text';
import { foldText } from '../../domain/text/text-key';
import { useAreaT } from './area-messages';

/** Kinds the law gives units, each with the level it sits at (since 2025: xã, phường, đặc khu under the province). */
const KINDS: readonly [string, AreaLevel][] = [['xã', 'commune'], ['phường', 'commune'], ['đặc khu', 'commune'], ['thị trấn', 'commune'], ['huyện', 'district'], ['thị xã', 'district'], ['thành phố', 'district'], ['quận', 'district'], ['tỉnh', 'province']];
const LEVELS: readonly AreaLevel[] = ['commune', 'district', 'province'];
const PARENT_LEVELS: Record<AreaLevel, AreaLevel[]> = { commune: ['province', 'district'], district: ['province'], province: ['cluster', 'country'], cluster: ['country'], country: [] };

/** "Dac khu Thu Nghiem" → kind đặc khu, name "Thu Nghiem": the file's own prefix proposes the kind. */
function proposal(name: string): { kind: string; name: string } {
  const folded = foldText(name);
  const found = [...KINDS].sort((a, b) => b[0].length - a[0].length).find(([kind]) => folded.startsWith(`${foldText(kind)} `));
  return found ? { kind: found[0], name: name.trim().split(/\s+/).slice(found[0].split(' ').length).join(' ') } : { kind: 'xã', name: name.trim() };
}

/** An id no area has: the kind and the name, folded ("dac-khu-thu-nghiem"), numbered if taken. */
export function newAreaId(kind: string, name: string, taken: ReadonlySet<string>): string {
  const base = foldText(`${kind} ${name}`).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'area';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Name, kind, level, parent and first day in force of a unit the catalog lacks; it joins the catalog when the upload is saved. */
export function DefineAreaForm({ name, years, areas, onDefine }: { name: string; years: number[]; areas: readonly Area[]; onDefine: (area: Area) => void }) {
  const t = useAreaT();
  const first = proposal(name);
  const [draft, setDraftRaw] = useState({ name: first.name, kind: first.kind, level: KINDS.find(([k]) => k === first.kind)?.[1] ?? 'commune', parent: '', validFrom: `${years[0] ?? new Date().getFullYear()}-01-01` });
  // What is typed or pasted here is a name: control characters never enter it.
  const setDraft = (next: typeof draft) => setDraftRaw({ ...next, name: stripControls(next.name), kind: stripControls(next.kind) });
  const parents = areas.filter((a) => PARENT_LEVELS[draft.level].includes(a.level) && years.every((y) => inForceIn(a, y)));
  const parent = parents.some((a) => a.id === draft.parent) ? draft.parent : (parents[0]?.id ?? '');
  const levelName: Record<AreaLevel, string> = { commune: t('levelCommune'), district: t('levelDistrict'), province: t('levelProvince'), cluster: 'cluster', country: t('levelCountry') };
  const submit = () => onDefine({ id: newAreaId(draft.kind, draft.name, new Set(areas.map((a) => a.id))), name: draft.name.trim(), level: draft.level, parent: parent || null, kind: draft.kind, validFrom: draft.validFrom, source: `${name} (định nghĩa khi tải lên)` });
  return (
    <form className="define-indicator define-area" onSubmit={(e) => (e.preventDefault(), submit())}>
      <label>{t('areaName')}<input required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} /></label>
      <label>{t('areaKind')}
        <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value, level: KINDS.find(([k]) => k === e.target.value)?.[1] ?? draft.level })}>
          {KINDS.map(([kind]) => <option key={kind} value={kind}>{kind}</option>)}
        </select>
      </label>
      <label>{t('areaLevel')}
        <select value={draft.level} onChange={(e) => setDraft({ ...draft, level: e.target.value as AreaLevel })}>
          {LEVELS.map((level) => <option key={level} value={level}>{levelName[level]}</option>)}
        </select>
      </label>
      <label>{t('areaParent')}
        <select required value={parent} onChange={(e) => setDraft({ ...draft, parent: e.target.value })}>
          {parents.map((a) => <option key={a.id} value={a.id}>{fullName(a)}</option>)}
        </select>
      </label>
      <label>{t('areaValidFrom')}<input type="date" required value={draft.validFrom} max={`${years[0] ?? 9999}-12-31`} onChange={(e) => setDraft({ ...draft, validFrom: e.target.value })} /></label>
      <button type="submit" className="button">{t('areaSave')}</button>
    </form>
  );
}
