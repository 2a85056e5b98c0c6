import { createAreaCellReader, type AreaCell } from '../areas/area-cell';
import { parseDelimited } from '../csv/csv';
import { wellFormedRows } from '../csv/csv-rows';
import { issue, type Localized, type ParseIssue } from '../issues';
import { formatBytes } from '../limits';
import type { Area } from '../model';
import { shortValue } from '../text/safe-text';
import { cleanFreeText, nameTextIssues, type CellPlace } from '../text/text-issues';
import { foldText } from '../text/text-key';
import { z } from '../zod';

/**
 * What the optional catalog files (awards.csv, main-targets.csv) share: a size limit, a header with
 * Vietnamese aliases, and rows of area, year, source and note, each checked and located the same
 * way. A file's own columns (the award, the indicator …) are its parser's.
 */
type Common = 'area' | 'year' | 'source' | 'note';

export interface CatalogFileSpec<C extends string> {
  file: string;
  limitBytes: number;
  columns: readonly (C | Common)[];
  required: readonly (C | Common)[];
  /** Header words (folded, without diacritics) each column also answers to. */
  aliases: Record<C | Common, readonly string[]>;
  /** What a source names, for the missing-source fix. */
  sourceHint: Localized;
  exampleYear: number;
}

export interface CatalogRow<C extends string> {
  line: number;
  cell: (c: C | Common) => string;
  at: (c: C | Common, value?: string) => CellPlace;
  /** The row's problems so far: text, length, year, area and source. */
  issues: ParseIssue[];
  year: number | null;
  area: AreaCell;
}

const yearCell = z.pipe(z.string().check(z.regex(/^\d{4}$/)), z.transform(Number)).check(z.refine((y) => y >= 1945 && y <= 2100));
const MAX_TEXT = 2000;
const FREE_TEXT: readonly Common[] = ['source', 'note'];

export function readCatalogFile<C extends string>(text: string, spec: CatalogFileSpec<C>, areas: readonly Area[]): { ok: false; issues: ParseIssue[] } | { ok: true; rows: CatalogRow<C>[]; issues: ParseIssue[] } {
  const { file, limitBytes: limit } = spec;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > limit)
    return { ok: false, issues: [issue('error', 'file-too-large', { value: formatBytes(bytes) }, { vi: `${file} nặng ${formatBytes(bytes)}, quá giới hạn ${formatBytes(limit)}, nên không được đọc. Tách thành các tệp nhỏ hơn.`, en: `${file} is ${formatBytes(bytes)}, over the ${formatBytes(limit)} limit, so it was not read. Split it into smaller files.` })] };
  const byHeader = new Map<string, C | Common>(spec.columns.flatMap((c) => [[c, c], ...spec.aliases[c].map((a) => [a, c] as [string, C | Common])]));
  const table = parseDelimited(text);
  const columns = table.header.map((h) => byHeader.get(foldText(h)) ?? null);
  const missing = spec.required.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    return { ok: false, issues: missing.map((c) => issue('error', 'missing-column', { row: 1, column: c }, { vi: `Thiếu cột "${c}". Tiêu đề cần có: ${spec.columns.join(',')}.`, en: `Column "${c}" is missing. The header needs: ${spec.columns.join(',')}.` })) };
  const headerOf = (c: C | Common) => table.header[columns.indexOf(c)] ?? c;
  const resolveArea = createAreaCellReader(areas);
  // A row that is not one (a quote left open, cells past the header) is an error of its own, its cells not read.
  const wellFormed = wellFormedRows(table);
  const rows = wellFormed.rows.map(({ line, cells }): CatalogRow<C> => {
    const raw = (c: C | Common) => (cells[columns.indexOf(c)] ?? '').trim();
    // Free text (source, note) is cleaned with a warning; every other cell is a name, refused with a control or invisible character.
    const free = new Map(FREE_TEXT.filter((c) => columns.includes(c)).map((c) => [c, cleanFreeText(raw(c), { row: line, column: headerOf(c) })]));
    const cell = (c: C | Common) => free.get(c as Common)?.text ?? raw(c);
    const at = (c: C | Common, value = cell(c)) => ({ row: line, column: headerOf(c), value: shortValue(value, 80).vi });
    const issues = [...free.values()].flatMap((f) => f.issues);
    issues.push(...spec.columns.filter((c) => columns.includes(c) && !free.has(c as Common)).flatMap((c) => nameTextIssues(cell(c), at(c))));
    for (const c of ['source', 'note'] as const)
      if (cell(c).length > MAX_TEXT) issues.push(issue('error', 'too-long', at(c), { vi: `Dài ${cell(c).length} ký tự, quá ${MAX_TEXT}. Rút gọn.`, en: `${cell(c).length} characters, over ${MAX_TEXT}. Shorten it.` }));
    const year = yearCell.safeParse(cell('year'));
    if (!year.success) issues.push(issue('error', 'invalid-year', at('year'), { vi: `Năm "${cell('year')}" không đọc được. Ghi năm có 4 chữ số, ví dụ ${spec.exampleYear}.`, en: `Year "${cell('year')}" cannot be read. Write a 4-digit year, e.g. ${spec.exampleYear}.` }));
    const area = resolveArea(cell('area'), year.success ? year.data : undefined);
    if (!area.ok) issues.push(issue('error', 'unknown-area', at('area'), area.message));
    if (!cell('source')) issues.push(issue('error', 'missing-source', at('source'), { vi: `Thiếu nguồn. Ghi ${spec.sourceHint.vi}.`, en: `The source is missing. Name ${spec.sourceHint.en}.` }));
    return { line, cell, at, issues, year: year.success ? year.data : null, area };
  });
  return { ok: true, rows, issues: wellFormed.issues };
}
