import { z } from 'zod';
import { AREA_LEVELS, SUCCESSIONS, type Area, type Indicator } from './model';
import { isoDate } from './catalog-schema';
import { parseDelimited } from './csv';
import { isError, issue, resultOf, type ParseIssue, type ParseResult } from './issues';
import { nameTextIssues } from './text-issues';

const emptyIsNull = <T extends z.ZodType>(schema: T) => z.union([z.literal('').transform(() => null), schema]);
const areaRow = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
    name: z.string().min(1),
    level: z.enum(AREA_LEVELS),
    parent: z.string().transform((p) => (p === '' ? null : p)),
    kind: z.string().max(40).default(''),
    valid_from: emptyIsNull(isoDate).default(null),
    valid_to: emptyIsNull(isoDate).default(null),
    predecessors: z.string().default('').transform((p) => p.split(';').map((id) => id.trim()).filter(Boolean)),
    succession: emptyIsNull(z.enum(SUCCESSIONS)).default(null),
    source: z.string().max(2000).default(''),
    note: z.string().max(2000).default(''),
  })
  .refine((r) => r.valid_from === null || r.valid_to === null || r.valid_from <= r.valid_to, { message: 'valid_from is after valid_to', path: ['valid_to'] });

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

const booleanText = z.enum(['true', 'false']).transform((b) => b === 'true');
const indicatorRow = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/, 'lower-case letters, digits and underscores'),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  unit: z.string(),
  unit_en: z.string(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  decimals: z.string().regex(/^\d$/).transform(Number),
  additive: booleanText,
});

/** Reads the rows; a control character in an id, name or unit (`textColumns`) rejects its row with the code point named. */
function parseRows<S extends z.ZodType>(text: string, schema: S, textColumns: readonly string[]): { rows: z.output<S>[]; issues: ParseIssue[] } {
  const table = parseDelimited(text);
  const issues: ParseIssue[] = [];
  const rows: z.output<S>[] = [];
  for (const { line, cells } of table.rows) {
    const record = Object.fromEntries(table.header.map((h, i) => [h, (cells[i] ?? '').trim()]));
    const textIssues = textColumns.flatMap((column) => nameTextIssues(record[column] ?? '', { row: line, column }));
    issues.push(...textIssues);
    if (textIssues.some(isError)) continue;
    const parsed = schema.safeParse(record);
    if (parsed.success) rows.push(parsed.data);
    else
      for (const problem of parsed.error.issues) {
        const column = String(problem.path[0] ?? '');
        issues.push(issue('error', 'invalid-catalog-row', { row: line, column, value: record[column] ?? null }, { vi: `Danh mục: ${problem.message}`, en: `Catalog: ${problem.message}` }));
      }
  }
  return { rows, issues };
}

function uniqueIds(ids: string[]): ParseIssue[] {
  const seen = new Set<string>();
  return ids.flatMap((id, index) => {
    if (!seen.has(id)) return (seen.add(id), []);
    return [issue('error', 'duplicate-id', { row: index + 2, column: 'id', value: id }, { vi: `Mã "${id}" bị trùng.`, en: `Id "${id}" is used twice.` })];
  });
}

export function parseAreasCsv(text: string): ParseResult<Area[]> {
  const { rows, issues } = parseRows(text, areaRow, ['id', 'name', 'parent', 'kind', 'predecessors']);
  const ids = new Set(rows.map((r) => r.id));
  const parentIssues = rows.flatMap((r, i) =>
    r.parent !== null && !ids.has(r.parent) ? [issue('error', 'unknown-parent', { row: i + 2, column: 'parent', value: r.parent }, { vi: `Đơn vị cha "${r.parent}" không có trong danh mục.`, en: `Parent "${r.parent}" is not in the catalog.` })] : [],
  );
  const predecessorIssues = rows.flatMap((r, i) =>
    r.predecessors
      .filter((p) => !ids.has(p))
      .map((p) => issue('error', 'unknown-predecessor', { row: i + 2, column: 'predecessors', value: p }, { vi: `Đơn vị tiền thân "${p}" không có trong danh mục. Cách sửa: thêm "${p}" vào danh mục hoặc sửa mã.`, en: `Predecessor "${p}" is not in the catalog. Fix: add "${p}" to the catalog or correct the id.` })),
  );
  return resultOf(rows.map(areaOf), [...issues, ...uniqueIds(rows.map((r) => r.id)), ...parentIssues, ...predecessorIssues]);
}

export function parseIndicatorsCsv(text: string): ParseResult<Indicator[]> {
  const { rows, issues } = parseRows(text, indicatorRow, ['id', 'name_vi', 'name_en', 'unit', 'unit_en']);
  const indicators = rows.map((r) => ({ id: r.id, nameVi: r.name_vi, nameEn: r.name_en, unit: r.unit, unitEn: r.unit_en, direction: r.direction, decimals: r.decimals, additive: r.additive }));
  return resultOf(indicators, [...issues, ...uniqueIds(rows.map((r) => r.id))]);
}
