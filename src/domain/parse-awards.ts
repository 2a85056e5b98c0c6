import { AWARD_COLUMNS, AWARD_KINDS, AWARD_STATUSES, AWARD_TITLES, AWARD_STATUS_LABELS, type Award, type AwardKind, type AwardStatus } from './awards';
import { createAreaMatcher } from './area-match';
import { inForceIn } from './areas';
import { parseDelimited } from './csv';
import { isError, issue, resultOf, type ParseIssue, type ParseResult } from './issues';
import { formatBytes, LIMITS } from './limits';
import type { Area } from './model';
import { shortValue } from './safe-text';
import { nameTextIssues } from './text-issues';
import { foldText } from './text-key';
import { z } from './zod';

/**
 * Reads awards.csv — area,year,award,status,source,note — or an analyst's file with Vietnamese
 * headers (Đơn vị, Năm, Hình thức khen thưởng, Trạng thái, Nguồn, Ghi chú). An area is an id or a
 * name in force that year; an award is its code or its title as decisions write it; every problem
 * names its row, column and value, and what would fix it.
 */
const COLUMNS = AWARD_COLUMNS;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['area', 'year', 'award', 'status', 'source'];
const HEADER_ALIASES: Record<string, Column> = Object.fromEntries(
  Object.entries({ area: ['don vi', 'tinh', 'huyen'], year: ['nam'], award: ['hinh thuc khen thuong', 'danh hieu', 'khen thuong'], status: ['trang thai'], source: ['nguon'], note: ['ghi chu'] } satisfies Record<Column, string[]>)
    .flatMap(([column, aliases]) => [[column, column], ...aliases.map((a) => [a, column])]),
) as Record<string, Column>;

const yearCell = z.pipe(z.string().check(z.regex(/^\d{4}$/)), z.transform(Number)).check(z.refine((y) => y >= 1945 && y <= 2100));
const MAX_TEXT = 2000;

/** Codes, titles and their words with or without diacritics ("Cờ thi đua của Chính phủ", "co thi dua cua chinh phu"). */
const kindByText = new Map<string, AwardKind>(AWARD_KINDS.flatMap((k) => [[foldText(k), k], [foldText(AWARD_TITLES[k].vi), k], [foldText(AWARD_TITLES[k].en), k]]));
const statusByText = new Map<string, AwardStatus>([
  ...AWARD_STATUSES.flatMap((s) => [[s, s], [foldText(AWARD_STATUS_LABELS[s].vi), s]] as [string, AwardStatus][]),
  ['de nghi tang', 'proposed'], ['duoc de nghi', 'proposed'], ['tang', 'conferred'], ['da quyet dinh', 'conferred'], ['quyet dinh', 'conferred'],
]);

const kindList = AWARD_KINDS.map((k) => `${k} (${AWARD_TITLES[k].vi})`).join(', ');

export function parseAwardsCsv(text: string, areas: readonly Area[]): ParseResult<Award[]> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.awardsBytes)
    return { ok: false, issues: [issue('error', 'file-too-large', { value: formatBytes(bytes) }, { vi: `awards.csv nặng ${formatBytes(bytes)}, quá giới hạn ${formatBytes(LIMITS.awardsBytes)}, nên không được đọc. Tách thành các tệp nhỏ hơn.`, en: `awards.csv is ${formatBytes(bytes)}, over the ${formatBytes(LIMITS.awardsBytes)} limit, so it was not read. Split it into smaller files.` })] };
  const table = parseDelimited(text);
  const columns = table.header.map((h) => HEADER_ALIASES[foldText(h)] ?? null);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    return { ok: false, issues: missing.map((c) => issue('error', 'missing-column', { row: 1, column: c }, { vi: `Thiếu cột "${c}". Tiêu đề cần có: ${COLUMNS.join(',')}.`, en: `Column "${c}" is missing. The header needs: ${COLUMNS.join(',')}.` })) };
  const headerOf = (c: Column) => table.header[columns.indexOf(c)] ?? c;
  const matcher = createAreaMatcher(areas);
  const byId = new Map(areas.map((a) => [a.id, a]));
  const firstRow = new Map<string, number>();
  const issues: ParseIssue[] = [];
  const awards: Award[] = [];
  for (const { line, cells } of table.rows) {
    const cell = (c: Column) => (cells[columns.indexOf(c)] ?? '').trim();
    const at = (c: Column, value = cell(c)) => ({ row: line, column: headerOf(c), value: shortValue(value, 80).vi });
    const rowIssues = COLUMNS.filter((c) => columns.includes(c)).flatMap((c) => nameTextIssues(cell(c), at(c)));
    for (const c of ['source', 'note'] as const)
      if (cell(c).length > MAX_TEXT) rowIssues.push(issue('error', 'too-long', at(c), { vi: `Dài ${cell(c).length} ký tự, quá ${MAX_TEXT}. Rút gọn.`, en: `${cell(c).length} characters, over ${MAX_TEXT}. Shorten it.` }));
    const year = yearCell.safeParse(cell('year'));
    if (!year.success) rowIssues.push(issue('error', 'invalid-year', at('year'), { vi: `Năm "${cell('year')}" không đọc được. Ghi năm có 4 chữ số, ví dụ 2016.`, en: `Year "${cell('year')}" cannot be read. Write a 4-digit year, e.g. 2016.` }));
    const area = resolveArea(cell('area'), year.success ? year.data : undefined);
    if (!area.ok) rowIssues.push(issue('error', 'unknown-area', at('area'), area.message));
    const kind = kindByText.get(foldText(cell('award')));
    if (!kind) rowIssues.push(issue('error', 'unknown-award', at('award'), { vi: `Hình thức khen thưởng "${cell('award')}" chưa có trong danh mục. Ghi một trong: ${kindList}.`, en: `Award "${cell('award')}" is not in the catalog. Write one of: ${AWARD_KINDS.join(', ')}.` }));
    const status = statusByText.get(foldText(cell('status')));
    if (!status) rowIssues.push(issue('error', 'unknown-status', at('status'), { vi: `Trạng thái "${cell('status')}" không hợp lệ. Ghi "đề nghị" (proposed) nếu nguồn chỉ nói đề nghị, "đã tặng" (conferred) nếu đã có quyết định.`, en: `Status "${cell('status')}" is not valid. Write "proposed" when the source only says proposed (đề nghị), "conferred" when a decision was made.` }));
    if (!cell('source')) rowIssues.push(issue('error', 'missing-source', at('source'), { vi: 'Thiếu nguồn. Ghi văn bản (số, ngày) hoặc bài báo nói về khen thưởng này.', en: 'The source is missing. Name the document (number, date) or the report that states this award.' }));
    issues.push(...rowIssues);
    if (rowIssues.some(isError) || !year.success || !area.ok || !kind || !status) continue;
    const key = `${area.id}|${year.data}|${kind}`;
    const seen = firstRow.get(key);
    if (seen !== undefined) {
      issues.push(issue('error', 'duplicate-award', at('award'), { vi: `Trùng với dòng ${seen} (cùng đơn vị, năm và hình thức). Giữ một dòng.`, en: `Repeats row ${seen} (same unit, year and award). Keep one row.` }));
      continue;
    }
    firstRow.set(key, line);
    awards.push({ area: area.id, year: year.data, kind, status, source: cell('source'), note: cell('note') });
  }
  return resultOf(awards, issues);

  function resolveArea(text: string, year: number | undefined): { ok: true; id: string } | { ok: false; message: { vi: string; en: string } } {
    const known = byId.get(text);
    if (known && (year === undefined || inForceIn(known, year))) return { ok: true, id: text };
    const found = text ? matcher.match(text, year) : null;
    if (found?.ok) return { ok: true, id: found.area.id };
    const names = found && 'suggestions' in found ? found.suggestions.map((s) => s.label).join(', ') : '';
    const hint = names ? { vi: ` Có phải: ${names}?`, en: ` Did you mean: ${names}?` } : { vi: '', en: '' };
    return { ok: false, message: { vi: `Đơn vị "${text}" không có trong danh mục (hoặc không còn hiệu lực năm đó).${hint.vi} Ghi mã hoặc tên trong areas.csv.`, en: `Area "${text}" is not in the catalog (or not in force that year).${hint.en} Write an id or name from areas.csv.` } };
  }
}
