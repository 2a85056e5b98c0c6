import { AWARD_COLUMNS, AWARD_KINDS, AWARD_STATUSES, AWARD_TITLES, AWARD_STATUS_LABELS, type Award, type AwardKind, type AwardStatus } from '../awards';
import { readCatalogFile, type CatalogFileSpec } from './catalog-file';
import { isError, issue, resultOf, type ParseIssue, type ParseResult } from '../issues';
import { LIMITS } from '../limits';
import type { Area } from '../model';
import { foldText } from '../text/text-key';

/**
 * Reads awards.csv — area,year,award,status,source,note — or an analyst's file with Vietnamese
 * headers (Đơn vị, Năm, Hình thức khen thưởng, Trạng thái, Nguồn, Ghi chú). An area is an id or a
 * name in force that year; an award is its code or its title as decisions write it; every problem
 * names its row, column and value, and what would fix it.
 */
const SPEC: CatalogFileSpec<'award' | 'status'> = {
  file: 'awards.csv',
  limitBytes: LIMITS.awardsBytes,
  columns: AWARD_COLUMNS,
  required: ['area', 'year', 'award', 'status', 'source'],
  aliases: { area: ['don vi', 'tinh', 'huyen'], year: ['nam'], award: ['hinh thuc khen thuong', 'danh hieu', 'khen thuong'], status: ['trang thai'], source: ['nguon'], note: ['ghi chu'] },
  sourceHint: { vi: 'văn bản (số, ngày) hoặc bài báo nói về khen thưởng này', en: 'the document (number, date) or the report that states this award' },
  exampleYear: 2016,
};

/** Codes, titles and their words with or without diacritics ("Cờ thi đua của Chính phủ", "co thi dua cua chinh phu"). */
const kindByText = new Map<string, AwardKind>(AWARD_KINDS.flatMap((k) => [[foldText(k), k], [foldText(AWARD_TITLES[k].vi), k], [foldText(AWARD_TITLES[k].en), k]]));
const statusByText = new Map<string, AwardStatus>([
  ...AWARD_STATUSES.flatMap((s) => [[s, s], [foldText(AWARD_STATUS_LABELS[s].vi), s]] as [string, AwardStatus][]),
  ['de nghi tang', 'proposed'], ['duoc de nghi', 'proposed'], ['tang', 'conferred'], ['da quyet dinh', 'conferred'], ['quyet dinh', 'conferred'],
]);

const kindList = AWARD_KINDS.map((k) => `${k} (${AWARD_TITLES[k].vi})`).join(', ');

export function parseAwardsCsv(text: string, areas: readonly Area[]): ParseResult<Award[]> {
  const file = readCatalogFile(text, SPEC, areas);
  if (!file.ok) return file;
  const firstRow = new Map<string, number>();
  const issues: ParseIssue[] = [...file.issues];
  const awards: Award[] = [];
  for (const { line, cell, at, issues: rowIssues, year, area } of file.rows) {
    const kind = kindByText.get(foldText(cell('award')));
    if (!kind) rowIssues.push(issue('error', 'unknown-award', at('award'), { vi: `Hình thức khen thưởng "${cell('award')}" chưa có trong danh mục. Ghi một trong: ${kindList}.`, en: `Award "${cell('award')}" is not in the catalog. Write one of: ${AWARD_KINDS.join(', ')}.` }));
    const status = statusByText.get(foldText(cell('status')));
    if (!status) rowIssues.push(issue('error', 'unknown-status', at('status'), { vi: `Trạng thái "${cell('status')}" không hợp lệ. Ghi "đề nghị" (proposed) nếu nguồn chỉ nói đề nghị, "đã tặng" (conferred) nếu đã có quyết định.`, en: `Status "${cell('status')}" is not valid. Write "proposed" when the source only says proposed (đề nghị), "conferred" when a decision was made.` }));
    issues.push(...rowIssues);
    if (rowIssues.some(isError) || year === null || !area.ok || !kind || !status) continue;
    const key = `${area.id}|${year}|${kind}`;
    const seen = firstRow.get(key);
    if (seen !== undefined) {
      issues.push(issue('error', 'duplicate-award', at('award'), { vi: `Trùng với dòng ${seen} (cùng đơn vị, năm và hình thức). Giữ một dòng.`, en: `Repeats row ${seen} (same unit, year and award). Keep one row.` }));
      continue;
    }
    firstRow.set(key, line);
    awards.push({ area: area.id, year, kind, status, source: cell('source'), note: cell('note') });
  }
  return resultOf(awards, issues);
}
