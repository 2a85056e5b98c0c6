import { readCatalogFile, type CatalogFileSpec } from './catalog-file';
import { createIndicatorMatcher } from './catalog-match';
import { isError, issue, resultOf, type ParseIssue, type ParseResult } from '../issues';
import { LIMITS } from '../limits';
import { MAIN_LIST_SCOPE_LABELS, MAIN_LIST_SCOPES, MAIN_TARGET_COLUMNS, type MainListScope, type MainTarget } from '../main-targets';
import type { Area, Indicator } from '../model';
import { shortValue } from '../text/safe-text';
import { foldText } from '../text/text-key';

/**
 * Reads main-targets.csv — area,year,indicator,scope,source,note — or an analyst's file with
 * Vietnamese headers (Đơn vị, Năm, Chỉ tiêu, Phạm vi, Nguồn, Ghi chú). An area is an id or a name in
 * force that year, an indicator its id or name; the rows of one area and year form one list, with
 * one source and one scope. Every problem names its row, column and value, and what would fix it.
 */
const SPEC: CatalogFileSpec<'indicator' | 'scope'> = {
  file: 'main-targets.csv',
  limitBytes: LIMITS.mainTargetsBytes,
  columns: MAIN_TARGET_COLUMNS,
  required: ['area', 'year', 'indicator', 'scope', 'source'],
  aliases: { area: ['don vi', 'tinh', 'huyen'], year: ['nam'], indicator: ['chi tieu', 'chi tieu chu yeu'], scope: ['pham vi', 'danh muc'], source: ['nguon'], note: ['ghi chu'] },
  sourceHint: { vi: 'văn bản (số, ngày) nêu danh mục chỉ tiêu chủ yếu này', en: 'the document (number, date) that lists these main targets' },
  exampleYear: 2024,
};

/** "một số" is how the sources say a list is partial ("một số chỉ tiêu chủ yếu"). */
const scopeByText = new Map<string, MainListScope>([
  ...MAIN_LIST_SCOPES.flatMap((s) => [[s, s], [foldText(MAIN_LIST_SCOPE_LABELS[s].vi), s]] as [string, MainListScope][]),
  ['day du', 'complete'], ['toan bo', 'complete'], ['mot so', 'partial'], ['mot phan', 'partial'],
]);

export function parseMainTargetsCsv(text: string, areas: readonly Area[], indicators: readonly Indicator[]): ParseResult<MainTarget[]> {
  const file = readCatalogFile(text, SPEC, areas);
  if (!file.ok) return file;
  const indicatorMatcher = createIndicatorMatcher(indicators);
  const firstRow = new Map<string, number>();
  /** The first row of each list (area and year): its source and scope are the list's. */
  const lists = new Map<string, { row: number; source: string; scope: MainListScope }>();
  const issues: ParseIssue[] = [...file.issues];
  const rows: MainTarget[] = [];
  for (const { line, cell, at, issues: rowIssues, year, area } of file.rows) {
    const indicator = cell('indicator') ? indicatorMatcher(cell('indicator')) : null;
    if (!indicator?.ok) {
      const names = indicator && !indicator.ok ? indicator.suggestions.map((s) => s.label).join(', ') : '';
      rowIssues.push(issue('error', 'unknown-indicator', at('indicator'), {
        vi: `Chỉ tiêu "${cell('indicator')}" không có trong danh mục.${names ? ` Có phải: ${names}?` : ''} Ghi mã hoặc tên trong indicators.csv.`,
        en: `Indicator "${cell('indicator')}" is not in the catalog.${names ? ` Did you mean: ${names}?` : ''} Write an id or name from indicators.csv.`,
      }));
    }
    const scope = scopeByText.get(foldText(cell('scope')));
    if (!scope) rowIssues.push(issue('error', 'unknown-scope', at('scope'), { vi: `Phạm vi "${cell('scope')}" không hợp lệ. Ghi "complete" (đầy đủ) nếu nguồn liệt kê mọi chỉ tiêu chủ yếu, "partial" (một số) nếu nguồn chỉ nêu một số.`, en: `Scope "${cell('scope')}" is not valid. Write "complete" when the source lists every main target, "partial" when it names only some (một số).` }));
    issues.push(...rowIssues);
    if (rowIssues.some(isError) || year === null || !area.ok || !indicator?.ok || !scope) continue;
    const key = `${area.id}|${year}|${indicator.indicator.id}`;
    const seen = firstRow.get(key);
    if (seen !== undefined) {
      issues.push(issue('error', 'duplicate-target', at('indicator'), { vi: `Trùng với dòng ${seen} (cùng đơn vị, năm và chỉ tiêu). Giữ một dòng.`, en: `Repeats row ${seen} (same unit, year and indicator). Keep one row.` }));
      continue;
    }
    const list = lists.get(`${area.id}|${year}`);
    if (list && list.source !== cell('source')) {
      issues.push(issue('error', 'list-source-differs', at('source'), { vi: `Danh mục năm ${year} của đơn vị này đã có nguồn khác ở dòng ${list.row} ("${shortValue(list.source, 80).vi}"). Một đơn vị, một năm có một danh mục: ghi cùng nguồn.`, en: `This unit's ${year} list already has another source at row ${list.row}. One unit and year have one list: write the same source.` }));
      continue;
    }
    if (list && list.scope !== scope) {
      issues.push(issue('error', 'list-scope-differs', at('scope'), { vi: `Dòng ${list.row} ghi phạm vi "${list.scope}" cho cùng danh mục. Ghi cùng phạm vi cho mọi dòng của danh mục.`, en: `Row ${list.row} gives scope "${list.scope}" for the same list. Write one scope for every row of a list.` }));
      continue;
    }
    if (!list) lists.set(`${area.id}|${year}`, { row: line, source: cell('source'), scope });
    firstRow.set(key, line);
    rows.push({ area: area.id, year, indicator: indicator.indicator.id, scope, source: cell('source'), note: cell('note') });
  }
  return resultOf(rows, issues);
}
