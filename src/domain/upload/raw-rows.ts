import type { ObservationField } from '../observations/header-aliases';
import type { RawObservation, RowSource } from '../validation/validate-observations';
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

/**
 * A long file's rows as the validator reads them, in place: each cell looked up by its column, no object
 * per row (rawRows would make a million). One names object for every row, as rawRows gives a long file.
 */
export function longRowSource(header: string[], rows: readonly { line: number; cells: string[] }[], targets: ColumnTarget[]): RowSource {
  const names: Partial<Record<ObservationField, string>> = {};
  const columns: Partial<Record<ObservationField, number>> = {};
  targets.forEach((t, i) => {
    if (t.kind !== 'field') return;
    names[t.field] = header[i] ?? t.field;
    columns[t.field] = i;
  });
  return {
    length: rows.length,
    row: (i) => rows[i]!.line,
    cell: (i, field) => {
      const column = columns[field];
      return column === undefined ? undefined : (rows[i]!.cells[column] ?? '');
    },
    columnNames: () => names,
  };
}
