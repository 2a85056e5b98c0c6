import type { ParsingOptions, WorkBook, WorkSheet } from '@e965/xlsx';
import { issue, type ParseIssue, type ParseResult } from '../../domain/issues';
import { LIMITS } from '../../domain/limits';
import type { SheetGrid, WorkbookGrid } from '../../domain/workbook/sheet-grid';
import type { SheetSummary } from '../../domain/workbook/sheet-list';
import { cleanSheetName } from '../../domain/workbook/sheet-name';
import { isOle2Bytes, workbookKind } from '../../domain/workbook/workbook-bytes';
import { WORKBOOK_MESSAGES } from '../../domain/workbook/workbook-messages';
import { zipIssues } from '../../domain/workbook/zip-guard';
import { gridRows, sheetExtent, type Extent, type Sheetjs } from './grid-cells';

/**
 * An office workbook's bytes read into sheet grids with SheetJS, loaded only here (a dynamic import):
 * .xlsx, .xlsm, .xls and .ods through the one call. Nothing is ever run: no macro (VBA is not even
 * read), no formula (only the cached value Excel saved; `cellFormula` only tells a cell has one), no
 * external link (its cached values are read, nothing is fetched). The limits are checked before each
 * step: the zip's declared sizes before anything is inflated, the sheets' number before the cells are
 * parsed, each sheet's dimension before its grid is built, the cells by counting. A refusal is a
 * result, never a throw.
 */
export interface ReadOptions {
  fileName?: string;
  /** The sheets to read, by 0-based index or by name as listed; all when absent. */
  sheets?: readonly (number | string)[];
  /** Tighter or looser limits (tests, the benchmark); LIMITS otherwise. */
  limits?: Partial<WorkbookLimits>;
}

export type WorkbookLimits = Record<'workbookUnzippedBytes' | 'workbookPartBytes' | 'workbookZipRatio' | 'workbookSheets' | 'workbookSheetCells' | 'workbookCells', number>;

const loadSheetjs = (): Promise<Sheetjs> => import('@e965/xlsx');

/** Never VBA, never the calculation chain or the raw parts; formats and hidden rows (cellStyles) kept. */
const SAFE: ParsingOptions = { type: 'array', bookVBA: false, bookDeps: false, bookFiles: false, cellHTML: false, cellText: false, cellDates: false, WTF: false, dense: true };

const refused = (issues: ParseIssue[]): ParseResult<never> => ({ ok: false, issues });

function unreadable(fileName: string, error: unknown): ParseResult<never> {
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  return refused([issue('error', 'workbook-unreadable', { value: fileName }, WORKBOOK_MESSAGES.unreadable(fileName, detail))]);
}

/** The workbook's sheet names (a cheap parse of its directory), after the zip guard. */
async function openNames(bytes: Uint8Array, fileName: string, limits: WorkbookLimits): Promise<ParseResult<{ xlsx: Sheetjs; names: string[] }>> {
  const guard = zipIssues(bytes, fileName, limits);
  if (guard.length > 0) return refused(guard);
  // SheetJS reads a CSV or an HTML page as a workbook too: only a workbook's bytes go on (an OLE2 file
  // named otherwise than .xls is let through, and told apart by SheetJS).
  if (!(isOle2Bytes(bytes) || workbookKind(bytes, fileName))) return refused([issue('error', 'workbook-unreadable', { value: fileName }, WORKBOOK_MESSAGES.notAWorkbook(fileName))]);
  const xlsx = await loadSheetjs();
  let names: string[];
  try {
    names = xlsx.read(bytes, { ...SAFE, bookSheets: true }).SheetNames;
  } catch (error) {
    return unreadable(fileName, error);
  }
  if (names.length === 0) return refused([issue('error', 'workbook-unreadable', { value: fileName }, WORKBOOK_MESSAGES.notAWorkbook(fileName))]);
  if (names.length > limits.workbookSheets) return refused([issue('error', 'workbook-too-many-sheets', { value: String(names.length) }, WORKBOOK_MESSAGES.tooManySheets(fileName, names.length))]);
  return { ok: true, data: { xlsx, names }, warnings: [] };
}

function parse(xlsx: Sheetjs, bytes: Uint8Array, fileName: string, options: ParsingOptions): ParseResult<WorkBook> {
  try {
    return { ok: true, data: xlsx.read(bytes, { ...SAFE, cellStyles: true, ...options }), warnings: [] };
  } catch (error) {
    return unreadable(fileName, error);
  }
}

const hiddenOf = (book: WorkBook, index: number): boolean => Boolean(book.Workbook?.Sheets?.[index]?.Hidden);

function dimensionIssue(fileName: string, name: string, extent: Extent, limits: WorkbookLimits): ParseIssue | null {
  if (extent.rows * extent.columns <= limits.workbookSheetCells) return null;
  return issue('error', 'workbook-sheet-too-many-cells', { column: name, value: extent.ref }, WORKBOOK_MESSAGES.sheetTooManyCells(fileName, name, extent.ref, extent.rows, extent.columns));
}

function nameWarnings(name: string, cleaned: boolean): ParseIssue[] {
  return cleaned ? [issue('warning', 'workbook-sheet-name', { column: name, value: name }, WORKBOOK_MESSAGES.sheetNameCleaned(name))] : [];
}

/** The sheets picked, as indexes: names are matched as listed (cleaned) or as the workbook writes them. */
function pickSheets(names: readonly string[], wanted: ReadOptions['sheets'], fileName: string): ParseResult<number[]> {
  if (!wanted) return { ok: true, data: names.map((_, i) => i), warnings: [] };
  const picked: number[] = [];
  for (const want of wanted) {
    const index = typeof want === 'number' ? (want >= 0 && want < names.length ? want : -1) : names.findIndex((raw) => raw === want || cleanSheetName(raw).name === want);
    if (index < 0) return refused([issue('error', 'workbook-no-such-sheet', { column: String(want), value: String(want) }, WORKBOOK_MESSAGES.noSuchSheet(fileName, String(want)))]);
    if (!picked.includes(index)) picked.push(index);
  }
  return { ok: true, data: picked, warnings: [] };
}

export async function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<ParseResult<WorkbookGrid>> {
  const fileName = options.fileName ?? '';
  const limits: WorkbookLimits = { ...LIMITS, ...options.limits };
  const opened = await openNames(bytes, fileName, limits);
  if (!opened.ok) return opened;
  const { xlsx, names } = opened.data;
  const picked = pickSheets(names, options.sheets, fileName);
  if (!picked.ok) return picked;
  // Each sheet's declared dimension first, from a parse of its first row only: a sheet over the limit
  // is refused before its cells are parsed (SheetJS takes minutes over a million).
  const heads = parse(xlsx, bytes, fileName, { cellFormula: false, sheets: picked.data, sheetRows: 1 });
  if (!heads.ok) return heads;
  for (const index of picked.data) {
    const extent = sheetExtent(xlsx, heads.data.Sheets[names[index] ?? ''] ?? {});
    const tooBig = extent && dimensionIssue(fileName, cleanSheetName(names[index] ?? '').name, extent, limits);
    if (tooBig) return refused([tooBig]);
  }
  // A sheet taller than the cell limit is over it whatever its width: its rows past that are not parsed.
  const book = parse(xlsx, bytes, fileName, { cellFormula: true, cellNF: true, sheets: picked.data, sheetRows: limits.workbookSheetCells + 1 });
  if (!book.ok) return book;
  const sheets: SheetGrid[] = [];
  const warnings: ParseIssue[] = [];
  let cells = 0;
  for (const index of picked.data) {
    const raw = names[index] ?? '';
    const { name, cleaned } = cleanSheetName(raw);
    const sheet: WorkSheet = book.data.Sheets[raw] ?? {};
    const extent = sheetExtent(xlsx, sheet);
    const tooBig = extent && dimensionIssue(fileName, name, extent, limits);
    if (tooBig) return refused([tooBig]);
    // Counted too: a sheet may hold cells outside the range it declares.
    const bySheet = limits.workbookSheetCells <= limits.workbookCells - cells;
    const grid = gridRows(xlsx, sheet, Math.min(limits.workbookSheetCells, limits.workbookCells - cells));
    if (!grid && bySheet) return refused([issue('error', 'workbook-sheet-too-many-cells', { column: name, value: String(limits.workbookSheetCells) }, WORKBOOK_MESSAGES.sheetCellsCounted(fileName, name))]);
    if (!grid) return refused([issue('error', 'workbook-too-many-cells', { column: name, value: String(limits.workbookCells) }, WORKBOOK_MESSAGES.tooManyCells(fileName, name, limits.workbookCells))]);
    cells += grid.cells;
    warnings.push(...nameWarnings(name, cleaned));
    sheets.push({ name, hidden: hiddenOf(book.data, index), rows: grid.rows, merges: grid.merges, hiddenRows: grid.hiddenRows, hiddenColumns: grid.hiddenColumns });
  }
  return { ok: true, data: { sheets }, warnings };
}

/** How many rows of each sheet the picker's parse reads to find a title. */
const TITLE_ROWS = 12;

/**
 * The sheets as the picker lists them: name, hidden flag, declared dimension and the first non-empty
 * text, from a parse of each sheet's first rows only.
 */
export async function listSheets(bytes: Uint8Array, options: Pick<ReadOptions, 'fileName' | 'limits'> = {}): Promise<ParseResult<SheetSummary[]>> {
  const fileName = options.fileName ?? '';
  const limits: WorkbookLimits = { ...LIMITS, ...options.limits };
  const opened = await openNames(bytes, fileName, limits);
  if (!opened.ok) return opened;
  const { xlsx, names } = opened.data;
  const book = parse(xlsx, bytes, fileName, { cellFormula: false, sheetRows: TITLE_ROWS });
  if (!book.ok) return book;
  const warnings: ParseIssue[] = [];
  const data = names.map((raw, index): SheetSummary => {
    const { name, cleaned } = cleanSheetName(raw);
    warnings.push(...nameWarnings(name, cleaned));
    const sheet: WorkSheet = book.data.Sheets[raw] ?? {};
    const extent = sheetExtent(xlsx, sheet);
    const title = gridRows(xlsx, sheet, TITLE_ROWS * 1_000)?.rows.flat().find((cell) => cell?.kind === 'text' && String(cell.value).trim() !== '');
    return { index, name, hidden: hiddenOf(book.data, index), ref: extent?.ref ?? null, rows: extent?.rows ?? 0, columns: extent?.columns ?? 0, title: title ? cleanSheetName(String(title.value).trim()).name : null };
  });
  return { ok: true, data, warnings };
}
