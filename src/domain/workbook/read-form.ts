/**
 * An office form read from a sheet as a person reads it: the title block above, the header (one to three
 * merged rows, then maybe a column-number row), the units or indicators, the total rows, and below the
 * table the footnotes and signatures. Every guess (header row, year, unit column) says why and can be
 * overridden; every issue names the cell ("Biểu 01!D12") and the fix.
 */
import { issue, resultOf, type Localized, type ParseIssue, type ParseResult } from '../issues';
import { cellAddress, columnIndex } from './cell-address';
import { cellText, SheetView } from './form-cells';
import { formColumn, indicatorGroups, shapeOf, type FormColumn, type FormShape, type IndicatorGroup } from './form-columns';
import { periodFromTitle, type FormPeriod } from './form-period';
import { unitFromTitle } from './form-words';
import { readBody, type FormRow } from './form-rows';
import { checkTotal, type TotalCheck } from './form-totals';
import { groupPercentChecks, type GroupPercentCheck } from './form-percent-checks';
import { columnNames, findHeader } from './header-find';
import type { SheetGrid } from './sheet-grid';
import * as say from './form-messages';
import { formOptionsSchema, type FormOptions } from './form-options';

export type { FormOptions } from './form-options';

/** A guess and why, or the caller's choice. */
export interface Chosen<T> {
  value: T;
  source: 'guess' | 'option' | 'column';
  reason: Localized;
}

export interface FormTotal extends FormRow {
  /** Per figure column: the printed total, the rows' sum, whether they agree, whether the column looks additive. */
  checks: TotalCheck[];
}

/** A located issue: the sheet and cell a person would look at, beside row and column names. */
export interface FormIssue extends ParseIssue {
  /** "Biểu 01!D12", or null for the whole sheet. */
  cell: string | null;
  /** The row's name as the sheet shows it (the unit, the indicator, "Tổng cộng"); `column` is the column's. */
  rowName: string | null;
}

export interface FormReading {
  sheet: string;
  /** One name per kept column, in the order of `columns`: "Thu NSNN (tỷ đồng) › Thực hiện". */
  header: string[];
  columns: FormColumn[];
  /** 1-based rows: the header's first row and depth, the column-number row if any. */
  headerRow: Chosen<number> & { depth: number; columnNumberRow: number | null };
  /** The title block's texts above the header, with their cells. */
  title: { row: number; cell: string; text: string }[];
  /** The year or period: the caller's, the title's (with its text and cell), or 'column' when a column holds years. */
  period: (Chosen<{ year: number; period: FormPeriod } | null> & { text: string | null; cell: string | null }) | null;
  /** "Đơn vị tính: tỷ đồng" in the title block: the unit of every figure that names none, and its cell. */
  titleUnit: { value: string; cell: string } | null;
  /** The column naming the units (wide) — 0-based column, or null for a long form. */
  unitColumn: Chosen<number> | null;
  /** The Ghi chú column, for the caller to map to the figure's note. */
  noteColumn: number | null;
  shape: FormShape;
  /** A wide form's indicators with their plan / actual / % KH columns; empty for a long form. */
  groups: IndicatorGroup[];
  /** Each wide group's % KH column against its plan and actual, in both directions: the caller picks by the indicator. */
  percentChecks: GroupPercentCheck[];
  rows: FormRow[];
  totals: FormTotal[];
  /** What was skipped, said once each. */
  notes: Localized[];
}

const located = (severity: ParseIssue['severity'], code: string, where: { row?: number | null; column?: string | null; value?: string | null }, message: Localized, cell: string | null, rowName: string | null = null): FormIssue => ({
  ...issue(severity, code, where, message),
  cell,
  rowName,
});

export function readForm(grid: SheetGrid, given: FormOptions = {}): ParseResult<FormReading> {
  const view = new SheetView(grid);
  const sheet = grid.name;
  const whole = (code: string, message: Localized, column: string | null = null): ParseResult<FormReading> => ({ ok: false, issues: [located('error', code, { column }, message, null)] });
  const parsed = formOptionsSchema.safeParse(given);
  if (!parsed.success) {
    const option = String(parsed.error.issues[0]?.path[0] ?? '');
    return whole('bad-option', say.badOptionMessage(option), option);
  }
  const options = parsed.data;
  const hasAny = grid.rows.some((_, r) => view.distinctCells(r).length > 0);
  if (!hasAny) return whole('empty-sheet', say.emptySheetMessage(sheet));
  const place = findHeader(view, options.headerRow);
  if (!place) return whole('not-a-form', say.notAFormMessage(sheet));

  const first = place.top + place.depth + (place.columnNumberRow === null ? 0 : 1);
  const names = columnNames(view, place);
  const all = names.map((segments, col) => formColumn(col, segments.length > 0 ? segments : [`Cột ${formColumn(col, ['']).letter}`]));
  const unitColumn = chooseUnitColumn(all, options.unitColumn);
  const columns0 = all.map((c) => (unitColumn && c.col === unitColumn.value && c.role !== 'area' ? { ...c, role: 'area' as const } : c));
  const bodyAll = readBody(view, first, columns0, nameColumn(columns0, unitColumn));
  const used = (col: number) => names[col]?.length !== 0 || [...bodyAll.rows, ...bodyAll.totals].some((r) => cellText(r.cells[col] ?? null) !== '');
  const columns = columns0.filter((c) => used(c.col));
  const issues: FormIssue[] = [];
  const warn = (code: string, row: number, col: number, column: string | null, value: string | null, message: Localized, rowName: string | null = null) =>
    issues.push(located('warning', code, { row: row + 1, column, value }, message, cellAddress(sheet, row, col), rowName));

  if (bodyAll.rows.length === 0 && bodyAll.totals.length === 0)
    return { ok: false, issues: [located('error', 'no-data-rows', { row: place.top + 1 }, say.noDataRowsMessage(cellAddress(sheet, place.top, 0)), cellAddress(sheet, place.top, 0))] };

  for (const r of [...bodyAll.rows, ...bodyAll.totals])
    for (const c of columns) {
      const cell = r.cells[c.col];
      if (cell?.kind === 'uncached') warn('formula-without-value', r.row - 1, c.col, c.header, `=${cell.value}`, say.uncachedMessage(r.address(c.col), cell.value), r.name);
      if (cell?.kind === 'error') warn('error-cell', r.row - 1, c.col, c.header, cell.value, say.errorCellMessage(r.address(c.col), cell.value), r.name);
    }
  const totals: FormTotal[] = bodyAll.totals.map((t) => ({ ...t, checks: checkTotal(t.cells, bodyAll.rows.map((r) => r.cells), columns) }));
  for (const t of totals)
    for (const check of t.checks)
      if (check.additive && !check.agrees)
        warn('total-mismatch', t.row - 1, check.col, check.header, String(check.total), say.totalMismatchMessage(t.name, check.header, t.address(check.col), check.total, check.sum, check.rows), t.name);
  const hidden = bodyAll.rows.filter((r) => r.hidden).map((r) => r.row);
  if (hidden.length > 0) issues.push(located('warning', 'hidden-rows', { row: hidden[0] ?? null }, say.hiddenRowsMessage(hidden), cellAddress(sheet, (hidden[0] ?? 1) - 1, 0)));

  const notes: Localized[] = [];
  if (bodyAll.emptyRows.length > 0) notes.push(say.emptyRowsNote(bodyAll.emptyRows));
  if (bodyAll.trailing) notes.push(say.trailingNote(bodyAll.trailing.count, bodyAll.trailing.from));
  const note = columns.find((c) => c.role === 'note');
  if (note) notes.push(say.noteColumnNote(note.header, note.letter));

  const title = titleCells(view, place.top);
  const shape = shapeOf(columns);
  const groups = shape === 'wide' ? indicatorGroups(columns) : [];
  const headerOf = (col: number) => columns.find((c) => c.col === col)?.header ?? '';
  const percentChecks = groupPercentChecks(groups, bodyAll.rows, headerOf);
  for (const check of percentChecks)
    if (check.higherIsBetter.refused && check.lowerIsBetter.refused && check.higherIsBetter.reason)
      warn('percent-of-plan-disagrees', place.top, check.col, headerOf(check.col), null, check.higherIsBetter.reason);
  const reading: FormReading = {
    sheet,
    header: columns.map((c) => c.header),
    columns,
    headerRow: { value: place.top + 1, source: place.source, reason: place.reason, depth: place.depth, columnNumberRow: place.columnNumberRow === null ? null : place.columnNumberRow + 1 },
    title: title.map((t) => ({ row: t.row, cell: cellAddress(sheet, t.row - 1, t.col), text: t.text })),
    period: choosePeriod(sheet, title, columns, options.year),
    titleUnit: titleUnitOf(sheet, title),
    unitColumn: shape === 'long' ? null : unitColumn,
    noteColumn: note?.col ?? null,
    shape,
    groups,
    percentChecks,
    rows: bodyAll.rows,
    totals,
    notes,
  };
  return resultOf(reading, issues);
}

const nameColumn = (columns: readonly FormColumn[], unit: Chosen<number> | null): number | null =>
  columns.find((c) => c.role === 'indicator')?.col ?? unit?.value ?? null;

function chooseUnitColumn(columns: readonly FormColumn[], letters: string | undefined): Chosen<number> | null {
  const chosen = letters === undefined ? null : columnIndex(letters);
  if (chosen !== null) return { value: chosen, source: 'option', reason: { vi: `Cột đơn vị là cột ${letters?.toUpperCase()}, như bạn đã chọn.`, en: `The unit column is column ${letters?.toUpperCase()}, as you chose.` } };
  const area = columns.find((c) => c.role === 'area');
  if (area) return { value: area.col, source: 'guess', reason: { vi: `Cột "${area.header}" (cột ${area.letter}) ghi tên đơn vị.`, en: `Column "${area.header}" (column ${area.letter}) names the units.` } };
  const named = columns.find((c) => c.role === 'value' && c.unit === null && !/\d/.test(c.header));
  return named ? { value: named.col, source: 'guess', reason: { vi: `Cột "${named.header}" (cột ${named.letter}) là cột chữ đầu tiên: coi là tên đơn vị. Nếu sai, hãy chọn cột đơn vị.`, en: `Column "${named.header}" (column ${named.letter}) is the first text column: taken as the units' names. If wrong, choose the unit column.` } } : null;
}

function titleUnitOf(sheet: string, title: { row: number; col: number; text: string }[]): FormReading['titleUnit'] {
  for (const t of title) {
    const value = unitFromTitle(t.text);
    if (value) return { value, cell: cellAddress(sheet, t.row - 1, t.col) };
  }
  return null;
}

function titleCells(view: SheetView, top: number): { row: number; col: number; text: string }[] {
  const out: { row: number; col: number; text: string }[] = [];
  for (let row = 0; row < top; row++) for (const d of view.distinctCells(row)) out.push({ row: row + 1, col: d.col, text: d.text });
  return out;
}

function choosePeriod(sheet: string, title: { row: number; col: number; text: string }[], columns: readonly FormColumn[], year: number | undefined): FormReading['period'] {
  if (year !== undefined && Number.isInteger(year))
    return { value: { year, period: { kind: 'year' } }, source: 'option', reason: { vi: `Năm ${year}, như bạn đã chọn.`, en: `Year ${year}, as you chose.` }, text: null, cell: null };
  const yearColumn = columns.find((c) => c.role === 'year');
  if (yearColumn) return { value: null, source: 'column', reason: { vi: `Cột "${yearColumn.header}" ghi năm của từng hàng.`, en: `Column "${yearColumn.header}" gives each row's year.` }, text: null, cell: null };
  const found = periodFromTitle(title);
  if (!found) return null;
  const cell = cellAddress(sheet, found.row - 1, found.col);
  return {
    value: { year: found.year, period: found.period },
    source: 'guess',
    reason: { vi: `Năm ${found.year} lấy từ tiêu đề "${found.text}" (${cell}). Nếu sai, hãy chọn năm.`, en: `Year ${found.year} is taken from the title "${found.text}" (${cell}). If wrong, choose the year.` },
    text: found.text,
    cell,
  };
}
