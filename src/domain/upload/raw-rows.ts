import type { ObservationField } from '../observations/header-aliases';
import { rawRowSource, type RawObservation, type RowSource } from '../validation/validate-observations';
import { splitsRows, type ColumnTarget, type Layout } from './column-mapping';

/**
 * Builds long rows from the table, whichever the layout: a wide row gives one raw row per indicator; a row of
 * figures of several years ("Thực hiện năm 2024", "Kế hoạch năm 2025", "Ước thực hiện năm 2025") one per
 * year, the estimate's marked as one.
 */
export function rawRows(header: string[], rows: { line: number; cells: string[] }[], targets: ColumnTarget[]): RawObservation[] {
  const names: Partial<Record<ObservationField, string>> = {};
  targets.forEach((t, i) => t.kind === 'field' && !splitsRows(t) && (names[t.field] = header[i] ?? t.field));
  // One group per year and period the columns name (a period's year may be the file's own year column).
  const years = new Map<string, { year: number | undefined; period: string; columns: Partial<Record<ObservationField, number>>; estimate: boolean }>();
  targets.forEach((t, i) => {
    if (t.kind !== 'field' || !splitsRows(t)) return;
    const key = `${t.year ?? ''}|${t.period ?? ''}`;
    const group = years.get(key) ?? { year: t.year, period: t.period ?? '', columns: {}, estimate: false };
    group.columns[t.field] = i;
    if (t.estimate && t.field === 'actual') group.estimate = true;
    years.set(key, group);
  });
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
    targets.forEach((t, i) => t.kind === 'field' && t.year === undefined && (base[t.field] = cells[i] ?? ''));
    if (years.size > 0)
      return [...years.values()].flatMap((g) => {
        const figures = Object.fromEntries(Object.entries(g.columns).map(([f, i]) => [f, cells[i] ?? '']));
        if (Object.values(figures).every((v) => v.trim() === '')) return [];
        const own = header[g.columns.actual ?? g.columns.plan ?? g.columns.percent_of_plan ?? 0];
        const columnNames = { ...names, ...Object.fromEntries(Object.entries(g.columns).map(([f, i]) => [f, header[i] ?? f])), ...(g.year === undefined ? {} : { year: own ?? 'year' }), ...(g.period ? { period: own ?? 'period' } : {}) };
        const kind = g.estimate && (figures.actual ?? '').trim() !== '' && !base.figure_kind ? { figure_kind: 'estimate' } : {};
        // A period's plan is the year's: the file's plan column, when the period has none of its own.
        const placed = { ...(g.year === undefined ? {} : { year: String(g.year) }), ...(g.period ? { period: g.period } : {}) };
        return [{ row: line, cells: { ...base, ...figures, ...placed, ...kind }, columnNames }];
      });
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

/** The rows as the validator reads them: a long file in place; a wide one a row per indicator of each line, a file of several years' columns a row per year. */
export function rowSourceOf(header: string[], rows: { line: number; cells: string[] }[], targets: ColumnTarget[], layout: Layout): RowSource {
  return layout === 'long' && !targets.some(splitsRows) ? longRowSource(header, rows, targets) : rawRowSource(rawRows(header, rows, targets));
}
