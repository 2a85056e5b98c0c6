import { z } from '../zod';
import { AREA_LEVELS, SUCCESSIONS, type Area, type Indicator } from '../model';
import { isoDate } from './catalog-schema';
import { parseDelimited } from '../csv/csv';
import { wellFormedRows } from '../csv/csv-rows';
import { isError, issue, resultOf, type ParseIssue, type ParseResult } from '../issues';
import { cleanFreeText, nameTextIssues } from '../text/text-issues';
import { areaColumnForHeader, isoDateOf } from './area-catalog-columns';
import { createAreaMatcher } from '../areas/area-match';
import { dateInYears, YEARS } from '../limits';
import { areaLoopIssues } from '../areas/area-loops';
import { lookalikeNameIssues } from '../areas/area-names';

const emptyIsNull = <T extends z.ZodMiniType>(schema: T) => z.union([z.pipe(z.literal(''), z.transform(() => null)), schema]);
const areaRow = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes')),
    name: z.string().check(z.minLength(1)),
    level: z.enum(AREA_LEVELS),
    parent: z.pipe(z.string(), z.transform((p) => (p === '' ? null : p))),
    kind: z._default(z.string().check(z.maxLength(40)), ''),
    valid_from: z._default(emptyIsNull(isoDate), null),
    valid_to: z._default(emptyIsNull(isoDate), null),
    predecessors: z.pipe(z._default(z.string(), ''), z.transform((p) => p.split(/[;,]/).map((id) => id.trim()).filter(Boolean))),
    succession: z._default(emptyIsNull(z.enum(SUCCESSIONS)), null),
    source: z._default(z.string().check(z.maxLength(2000)), ''),
    note: z._default(z.string().check(z.maxLength(2000)), ''),
  })
  .check(z.refine((r) => r.valid_from === null || r.valid_to === null || r.valid_from <= r.valid_to, { message: 'valid_from is after valid_to', path: ['valid_to'] }));

/** Only what a row gives: a catalog without the validity columns stays as it was. */
function areaOf(r: z.output<typeof areaRow>): Area {
  const area: Area = { id: r.id, name: r.name, level: r.level, parent: r.parent };
  if (r.kind) area.kind = r.kind;
  if (r.valid_from) area.validFrom = r.valid_from;
  if (r.valid_to) area.validTo = r.valid_to;
  if (r.predecessors.length > 0) area.predecessors = r.predecessors;
  if (r.succession) area.succession = r.succession;
  if (r.source) area.source = r.source;
  if (r.note) area.note = r.note;
  return area;
}

const booleanText = z.pipe(z.enum(['true', 'false']), z.transform((b) => b === 'true'));
const indicatorRow = z.object({
  id: z.string().check(z.regex(/^[a-z0-9_]+$/, 'lower-case letters, digits and underscores')),
  name_vi: z.string().check(z.minLength(1)),
  name_en: z.string().check(z.minLength(1)),
  unit: z.string(),
  unit_en: z.string(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  decimals: z.pipe(z.string().check(z.regex(/^\d$/)), z.transform(Number)),
  additive: booleanText,
});

/** One row read: its spreadsheet line (header = 1) and the value the schema gave. */
interface ReadRow<T> {
  line: number;
  value: T;
}

/**
 * Reads the rows; a control or invisible character in an id, name or unit (`textColumns`) rejects its
 * row with the code point named; free text (`freeColumns`: source, note) is cleaned with a warning. `columnOf` names each header's canonical column; `prepare` turns a row's
 * cells into the schema's words (dates, levels) or says why it cannot. Messages name the column as
 * the file wrote it.
 */
function parseRows<S extends z.ZodMiniType>(
  text: string,
  schema: S,
  textColumns: readonly string[],
  freeColumns: readonly string[],
  columnOf: (header: string) => string | null = (h) => h,
  prepare: (record: Record<string, string>, place: (column: string) => { row: number; column: string }) => ParseIssue[] = () => [],
): { rows: ReadRow<z.output<S>>[]; issues: ParseIssue[]; headerOf: (column: string) => string } {
  const table = parseDelimited(text);
  const columns = table.header.map(columnOf);
  const headerOf = (column: string) => table.header[columns.indexOf(column)] ?? column;
  // A row that is not one (a quote left open, cells past the header) is an error of its own, its cells not read.
  const wellFormed = wellFormedRows(table);
  const issues: ParseIssue[] = [...wellFormed.issues];
  const rows: ReadRow<z.output<S>>[] = [];
  for (const { line, cells } of wellFormed.rows) {
    const record: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column !== null && !Object.hasOwn(record, column)) record[column] = (cells[i] ?? '').trim();
    });
    const place = (column: string) => ({ row: line, column: headerOf(column) });
    const rowIssues = textColumns.flatMap((column) => nameTextIssues(record[column] ?? '', place(column)));
    for (const column of freeColumns.filter((c) => record[c])) {
      const cleaned = cleanFreeText(record[column]!, place(column));
      record[column] = cleaned.text;
      rowIssues.push(...cleaned.issues);
    }
    if (!rowIssues.some(isError)) rowIssues.push(...prepare(record, place));
    issues.push(...rowIssues);
    if (rowIssues.some(isError)) continue;
    const parsed = schema.safeParse(record);
    if (parsed.success) rows.push({ line, value: parsed.data });
    else
      for (const problem of parsed.error.issues) {
        const column = String(problem.path[0] ?? '');
        issues.push(issue('error', 'invalid-catalog-row', { ...place(column), value: record[column] ?? null }, { vi: `Danh mục: ${problem.message}`, en: `Catalog: ${problem.message}` }));
      }
  }
  return { rows, issues, headerOf };
}

function uniqueIds(rows: readonly ReadRow<{ id: string }>[], column = 'id'): ParseIssue[] {
  const first = new Map<string, number>();
  return rows.flatMap(({ line, value: { id } }) => {
    const seen = first.get(id);
    if (seen === undefined) return (first.set(id, line), []);
    return [issue('error', 'duplicate-id', { row: line, column, value: id }, { vi: `Mã "${id}" bị trùng với dòng ${seen}. Cách sửa: mỗi đơn vị một mã.`, en: `Id "${id}" is already used on row ${seen}. Fix: give each entry its own id.` })];
  });
}

/** Dates to ISO (01/07/2025 → 2025-07-01); a date that cannot be read, or an end before the start, is said. */
function prepareAreaRow(record: Record<string, string>, place: (column: string) => { row: number; column: string }): ParseIssue[] {
  const { valid_from: from = '', valid_to: to = '' } = record;
  const issues = (['valid_from', 'valid_to'] as const).flatMap((column) => {
    const cell = record[column];
    if (!cell) return [];
    const iso = isoDateOf(cell);
    if (iso && !dateInYears(iso))
      return [issue('error', 'date-out-of-range', { ...place(column), value: cell }, { vi: `Ngày "${cell}" nằm ngoài khoảng ${YEARS.first}–${YEARS.last}, chắc là gõ nhầm năm. Ghi đúng năm; nếu đơn vị có từ trước ${YEARS.first}, để trống ô hiệu lực từ.`, en: `Date "${cell}" is outside ${YEARS.first}–${YEARS.last}, surely a mistyped year. Write the right year; for a unit older than ${YEARS.first}, leave valid-from empty.` })];
    if (iso) return ((record[column] = iso), []);
    return [issue('error', 'invalid-date', { ...place(column), value: cell }, { vi: `Ngày "${cell}" không đọc được. Ghi ngày có thật, dạng 01/07/2025 hoặc 2025-07-01.`, en: `Date "${cell}" cannot be read. Write a real date as 01/07/2025 or 2025-07-01.` })];
  });
  if (issues.length === 0 && from && to && record.valid_from! > record.valid_to!)
    issues.push(issue('error', 'invalid-validity', { ...place('valid_to'), value: to }, { vi: `Hiệu lực đến (${to}) trước hiệu lực từ (${from}). Cách sửa: đổi chỗ hai ngày hoặc sửa một trong hai.`, en: `Valid to (${to}) is before valid from (${from}). Fix: swap the two dates or correct one of them.` }));
  return issues;
}

/** An areas catalog as read: each area with its line, and every problem located. */
export interface AreasFile {
  areas: ReadRow<Area>[];
  issues: ParseIssue[];
}

/**
 * Reads an areas catalog: data/areas.csv, or an analyst's file with Vietnamese headers ("Mã, Tên,
 * Cấp, Trực thuộc, Hiệu lực từ…") and dates as 01/07/2025. A parent or predecessor may be an id of
 * the file or of `known` (the catalog the file is added to), or a name that means exactly one of them.
 */
export function readAreasCsv(text: string, known: readonly Area[] = []): AreasFile {
  const { rows, issues, headerOf } = parseRows(text, areaRow, ['id', 'name', 'parent', 'kind', 'predecessors'], ['source', 'note'], areaColumnForHeader, prepareAreaRow);
  const areas = rows.map(({ line, value }) => ({ line, value: areaOf(value) }));
  const all = [...known.filter((k) => !areas.some((a) => a.value.id === k.id)), ...areas.map((a) => a.value)];
  const ids = new Set(all.map((a) => a.id));
  const matcher = createAreaMatcher(all);
  // An id, else a name that means exactly one area.
  const resolve = (ref: string): string | null => {
    if (ids.has(ref)) return ref;
    const found = matcher.match(ref);
    return found.ok ? found.area.id : null;
  };
  const refIssues: ParseIssue[] = [];
  for (const { line, value: area } of areas) {
    if (area.parent !== null) {
      const parent = resolve(area.parent);
      if (parent) area.parent = parent;
      else refIssues.push(issue('error', 'unknown-parent', { row: line, column: headerOf('parent'), value: area.parent }, { vi: `Đơn vị cha "${area.parent}" không có trong danh mục. Cách sửa: ghi mã của một đơn vị đã có (ví dụ lai-chau) hoặc thêm đơn vị đó vào tệp.`, en: `Parent "${area.parent}" is not in the catalog. Fix: write the id of a known area (e.g. lai-chau) or add that area to the file.` }));
    }
    if (!area.predecessors) continue;
    const resolved = area.predecessors.map((p) => ({ p, id: resolve(p) }));
    for (const { p } of resolved.filter((r) => r.id === null))
      refIssues.push(issue('error', 'unknown-predecessor', { row: line, column: headerOf('predecessors'), value: p }, { vi: `Đơn vị tiền thân "${p}" không có trong danh mục. Cách sửa: thêm "${p}" vào danh mục hoặc sửa mã.`, en: `Predecessor "${p}" is not in the catalog. Fix: add "${p}" to the catalog or correct the id.` }));
    area.predecessors = resolved.map((r) => r.id ?? r.p);
  }
  // The whole catalog (the current one and the file) is checked for loops and lookalike names; only the file's rows are named.
  const fileStart = all.length - areas.length;
  const placeOf = (index: number, field: string) => (index >= fileStart ? { row: areas[index - fileStart]!.line, column: headerOf(field) } : null);
  const wholeIssues = [...areaLoopIssues(all, placeOf), ...lookalikeNameIssues(all, (index) => placeOf(index, 'name'))];
  return { areas, issues: [...issues, ...uniqueIds(areas, headerOf('id')), ...refIssues, ...wholeIssues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
}

export function parseAreasCsv(text: string, known: readonly Area[] = []): ParseResult<Area[]> {
  const file = readAreasCsv(text, known);
  return resultOf(file.areas.map((a) => a.value), file.issues);
}

export function parseIndicatorsCsv(text: string): ParseResult<Indicator[]> {
  const { rows: read, issues } = parseRows(text, indicatorRow, ['id', 'name_vi', 'name_en', 'unit', 'unit_en'], []);
  const rows = read.map((r) => r.value);
  const indicators = rows.map((r) => ({ id: r.id, nameVi: r.name_vi, nameEn: r.name_en, unit: r.unit, unitEn: r.unit_en, direction: r.direction, decimals: r.decimals, additive: r.additive }));
  return resultOf(indicators, [...issues, ...uniqueIds(read)]);
}
