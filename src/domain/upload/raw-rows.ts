import type { ObservationField } from '../header-aliases';
import type { RawObservation } from '../validate-observations';
import type { ColumnTarget } from './column-mapping';

/** Builds long rows from the table, whichever the layout: a wide row gives one raw row per indicator. */
export function rawRows(header: string[], rows: { line: number; cells: string[] }[], targets: ColumnTarget[]): RawObservation[] {
  const names: Partial<Record<ObservationField, string>> = {};
  targets.forEach((t, i) => t.kind === 'field' && (names[t.field] = header[i] ?? t.field));
  const groups = new Map<string, { indicator: string | null; label: string; columns: Partial<Record<ObservationField, number>> }>();
  targets.forEach((t, i) => {
    if (t.kind !== 'figure') return;
    const key = t.indicator ?? `?${t.label}`;
    const group = groups.get(key) ?? { indicator: t.indicator, label: t.label, columns: {} };
    group.columns[t.field] = i;
    groups.set(key, group);
  });
  return rows.flatMap(({ line, cells }) => {
    const base: RawObservation['cells'] = {};
    targets.forEach((t, i) => t.kind === 'field' && (base[t.field] = cells[i] ?? ''));
    if (groups.size === 0) return [{ row: line, cells: base, columnNames: names }];
    return [...groups.values()].flatMap((g) => {
      const figures = Object.fromEntries(Object.entries(g.columns).map(([f, i]) => [f, cells[i] ?? '']));
      if (Object.values(figures).every((v) => v.trim() === '')) return [];
      const columnNames = { ...names, ...Object.fromEntries(Object.entries(g.columns).map(([f, i]) => [f, header[i] ?? f])), indicator: g.label };
      return [{ row: line, cells: { ...base, ...figures, indicator: g.indicator ?? g.label }, columnNames }];
    });
  });
}
