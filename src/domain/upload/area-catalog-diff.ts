import type { Area, Observation } from '../model';
import { fullName, inForceIn } from '../areas/areas';
import { issue, type ParseIssue } from '../issues';

/** `merge`: the file adds and updates areas; `replace`: the file is the whole catalog, areas it lacks are removed. */
export type CatalogMode = 'merge' | 'replace';

export interface AreaChange {
  before: Area;
  after: Area;
}

export interface AreaCatalogDiff {
  added: Area[];
  changed: AreaChange[];
  unchanged: Area[];
  removed: Area[];
  /** The catalog after the commit: the current order kept, new areas after. */
  result: Area[];
  /** Why the commit cannot be made: a removal or a cut validity would orphan stored figures or areas. */
  issues: ParseIssue[];
}

const FIELDS = ['name', 'level', 'parent', 'kind', 'validFrom', 'validTo', 'succession', 'source', 'note'] as const;
const sameArea = (a: Area, b: Area) => FIELDS.every((f) => (a[f] ?? null) === (b[f] ?? null)) && (a.predecessors ?? []).join(';') === (b.predecessors ?? []).join(';');

const viDate = (iso: string) => iso.split('-').reverse().join('/');
const yearSpan = (years: readonly number[]) => {
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? `${first}` : `${first}–${last}`;
};

/** Stored figures per area id: the years they carry. */
function figureYears(observations: readonly Observation[]): Map<string, number[]> {
  const years = new Map<string, number[]>();
  for (const o of observations) {
    const list = years.get(o.area);
    if (list) list.push(o.year);
    else years.set(o.area, [o.year]);
  }
  return years;
}

/**
 * What an areas file would do to the catalog. The observations stay as they are, so an area that
 * stored figures use cannot be removed, nor have its validity cut so that a figure's year falls
 * outside it; an area another one names as parent or predecessor cannot be removed. Each refusal is
 * located (the file's line and column, or the id when the file lacks the row) and counts the figures.
 */
export function diffAreaCatalog(current: readonly Area[], incoming: readonly { line: number; value: Area }[], observations: readonly Observation[], mode: CatalogMode, columnOf: (field: 'id' | 'valid_from' | 'valid_to') => string = (f) => f): AreaCatalogDiff {
  const byId = new Map(current.map((a) => [a.id, a]));
  const incomingById = new Map(incoming.map((r) => [r.value.id, r]));
  const years = figureYears(observations);
  const added: Area[] = [];
  const changed: AreaChange[] = [];
  const unchanged: Area[] = [];
  const issues: ParseIssue[] = [];
  for (const { line, value: after } of incoming) {
    const before = byId.get(after.id);
    if (!before) added.push(after);
    else if (sameArea(before, after)) unchanged.push(after);
    else changed.push({ before, after });
    // Only a change is checked: figures already outside an unchanged area are not this file's doing.
    if (!before || sameArea(before, after)) continue;
    const outside = (years.get(after.id) ?? []).filter((y) => !inForceIn(after, y));
    if (outside.length === 0) continue;
    const cut = after.validTo != null && outside.some((y) => `${y}-12-31` > after.validTo!) ? 'valid_to' : 'valid_from';
    const date = (cut === 'valid_to' ? after.validTo : after.validFrom) ?? '';
    issues.push(issue('error', 'validity-cuts-figures', { row: line, column: columnOf(cut), value: viDate(date) }, {
      vi: `${fullName(after)} có ${outside.length} số liệu đã lưu năm ${yearSpan(outside)} nằm ngoài hiệu lực mới (${cut === 'valid_to' ? `đến ${viDate(date)}` : `từ ${viDate(date)}`}). Số liệu năm nào thuộc đơn vị còn hiệu lực cuối năm đó. Cách sửa: giữ ngày cũ (${viDate((cut === 'valid_to' ? before.validTo : before.validFrom) ?? '') || 'để trống'}), hoặc chuyển các số liệu đó sang đơn vị khác trước.`,
      en: `${fullName(after)} has ${outside.length} stored figure${outside.length === 1 ? '' : 's'} of ${yearSpan(outside)} outside its new validity (${cut === 'valid_to' ? `to ${date}` : `from ${date}`}). A year's figure belongs to the units in force at its end. Fix: keep the former date, or move those figures to another area first.`,
    }));
  }
  const removed = mode === 'replace' ? current.filter((a) => !incomingById.has(a.id)) : [];
  const gone = new Set(removed.map((a) => a.id));
  const result = [...current.filter((a) => !gone.has(a.id)).map((a) => incomingById.get(a.id)?.value ?? a), ...added];
  for (const area of removed) {
    const figures = years.get(area.id)?.length ?? 0;
    const users = result.filter((a) => a.parent === area.id || a.predecessors?.includes(area.id));
    if (figures === 0 && users.length === 0) continue;
    const because = [
      figures > 0 ? { vi: `${figures} số liệu đã lưu dùng đơn vị này`, en: `${figures} stored figure${figures === 1 ? '' : 's'} use it` } : null,
      users.length > 0 ? { vi: `${users.length} đơn vị ghi nó là đơn vị cha hoặc tiền thân (${users.slice(0, 3).map((u) => u.id).join(', ')})`, en: `${users.length} area${users.length === 1 ? '' : 's'} name it as parent or predecessor (${users.slice(0, 3).map((u) => u.id).join(', ')})` } : null,
    ].filter((b) => b !== null);
    issues.push(issue('error', 'area-still-used', { row: null, column: columnOf('id'), value: area.id }, {
      vi: `Tệp không có ${fullName(area)} (${area.id}), nhưng ${because.map((b) => b.vi).join('; ')}: không xoá được. Cách sửa: thêm lại dòng "${area.id}" vào tệp (có thể ghi ngày hết hiệu lực), hoặc chọn «Gộp».`,
      en: `The file lacks ${fullName(area)} (${area.id}), but ${because.map((b) => b.en).join('; ')}: it cannot be removed. Fix: put the "${area.id}" row back (with an end date if it ended), or choose "Merge".`,
    }));
  }
  return { added, changed, unchanged, removed, result, issues };
}
