/**
 * An upload of several files at once (the 38 communes' workbooks), or of a workbook's several sheets:
 * each part checked on its own as a single file is, its issues located in it ("xa-a.xlsx", "Biểu 01!D12"),
 * reported part by part, and the rows of the parts that go in saved as one version. A part with errors
 * gives its good rows only when the analyst says so.
 */
import { isError, issue, type ParseIssue } from '../issues';
import { ObservationTable } from '../observations/observation-table';
import { foldText } from '../text/text-key';
import type { ValidationProgress } from '../validation/validate-observations';
import { readForm, type FormReading } from '../workbook/read-form';
import type { SheetGrid } from '../workbook/sheet-grid';
import type { SheetSummary } from '../workbook/sheet-list';
import { analyzeBytes, analyzeCells, analyzeUploadTable, bounded, emptyAnalysis, type FullAnalysis, type UploadStage, type UploadTableAnalysis } from './analyze-upload';
import { mappingKey } from './column-mapping';
import { formTable } from './form-table';
import { cellAddress } from '../workbook/cell-address';
import type { FormReport, PartReport } from './part-reports';
import type { Catalog, UploadOptions } from './upload-options';
import { PARTS_MESSAGES } from './parts-messages';

/** A file as chosen on the page: its name and bytes. */
export interface UploadFile {
  name: string;
  bytes: Uint8Array;
}

export type UploadPart =
  | { kind: 'text'; file: string; bytes: Uint8Array }
  /** A workbook as its reader left it: the sheets listed, the grids of those read, and the reader's refusal or warnings. */
  | { kind: 'workbook'; file: string; sheets: SheetSummary[]; grids: readonly SheetGrid[]; issues: ParseIssue[] };

/** One file or sheet, analysed: every issue as found, already located in the part. */
interface Analysed {
  file: string;
  sheet: string | null;
  full: FullAnalysis;
  form?: FormReport;
}

/** The workbook's sheets read when the analyst has chosen none: the first visible one that holds cells. */
export function defaultSheets(sheets: readonly SheetSummary[]): string[] {
  const first = sheets.find((s) => !s.hidden && s.ref !== null) ?? sheets.find((s) => s.ref !== null) ?? sheets[0];
  return first ? [first.name] : [];
}

/** The key files of the same shape share: the sheet's name and its first text, years and numbers left out. */
export const shapeKeyOf = (sheet: SheetSummary | undefined, name: string): string =>
  foldText(`${name}|${sheet?.title ?? ''}`).replace(/\d+/g, '#').replace(/\s+/g, ' ');

export function analyzeParts(parts: readonly UploadPart[], catalog: Catalog, options: UploadOptions = {}, onProgress?: ValidationProgress, onStage?: (stage: UploadStage) => void): UploadTableAnalysis {
  const only = parts[0];
  // One delimited or JSON file is read exactly as it always was.
  if (parts.length === 1 && only?.kind === 'text') return analyzeUploadTable(only.bytes, catalog, options, onProgress, onStage);
  const analysed: Analysed[] = [];
  let firstHeader: string | null = null;
  for (const part of parts) {
    // The analyst's mapping was made on the first part's header: it holds for that part and the parts with the same header.
    const fits = (header: readonly string[]) => options.targets !== undefined && (firstHeader === null || mappingKey(header) === firstHeader);
    if (part.kind === 'text') {
      const full = analyzeTextPart(part, catalog, options, onProgress, onStage);
      firstHeader ??= mappingKey(full.header);
      analysed.push({ file: part.file, sheet: null, full });
      continue;
    }
    if (part.grids.length === 0) {
      analysed.push({ file: part.file, sheet: null, full: emptyAnalysis({}, part.issues) });
      continue;
    }
    for (const grid of part.grids) {
      const one = analyzeSheet(part, grid, catalog, options, fits, onProgress);
      firstHeader ??= mappingKey(one.full.header);
      analysed.push(one);
    }
  }
  const workbooks = parts.flatMap((p) => (p.kind === 'workbook' ? [{ file: p.file, sheets: p.sheets, read: p.grids.map((g) => g.name) }] : []));
  return { ...combine(analysed, parts.length > 1 || analysed.length > 1, options.keepGoodRows === true), workbooks };
}

function analyzeTextPart(part: Extract<UploadPart, { kind: 'text' }>, catalog: Catalog, options: UploadOptions, onProgress?: ValidationProgress, onStage?: (stage: UploadStage) => void): FullAnalysis {
  const one = analyzeBytes(part.bytes, catalog, { ...options, targets: undefined }, onProgress, onStage);
  // An areas catalog or an awards file changes the catalog: it goes alone, never beside figures.
  if (one.catalog || one.extra) return emptyAnalysis({ readable: true }, [issue('error', 'part-catalog', { value: part.file }, PARTS_MESSAGES.catalogAlone(part.file))]);
  return one;
}

function analyzeSheet(part: Extract<UploadPart, { kind: 'workbook' }>, grid: SheetGrid, catalog: Catalog, options: UploadOptions, fits: (header: readonly string[]) => boolean, onProgress?: ValidationProgress): Analysed {
  const read = readForm(grid, { headerRow: options.form?.headerRow, year: options.form?.year, unitColumn: options.form?.unitColumn });
  const sheetIssues = part.issues.filter((i) => i.column === null || i.column === grid.name);
  if (!read.ok) return { file: part.file, sheet: grid.name, full: emptyAnalysis({ readable: true }, [...sheetIssues, ...read.issues]) };
  const table = formTable(read.data, catalog, options.form?.area);
  const locale = options.numberLocale && options.numberLocale !== 'auto' ? options.numberLocale : table.numberLocale;
  const full = analyzeCells(table, catalog, { ...options, numberLocale: locale, targets: fits(table.header) ? options.targets : undefined }, onProgress);
  // Row 1 is the header of a delimited file: a form's header is on its own row, said as that row and its first cell.
  const headerRow = read.data.headerRow.value;
  const located = (i: ParseIssue): ParseIssue =>
    'cell' in i && i.cell !== undefined ? i : i.row === 1 ? { ...i, row: headerRow, cell: cellAddress(grid.name, headerRow - 1, 0) } : { ...i, cell: table.cellOf(i.row, i.column) };
  // A missing year or unit is said once, as the form's (how to give it), not again as a missing column.
  const saidByForm = new Set(table.issues.flatMap((i) => (i.code === 'form-no-year' ? ['year'] : i.code === 'form-no-area' ? ['area'] : [])));
  const issues = [...sheetIssues, ...read.warnings, ...table.issues, ...full.issues.filter((i) => !(i.code === 'missing-column' && i.column !== null && saidByForm.has(i.column)))].map(located);
  return { file: part.file, sheet: grid.name, full: { ...full, numberLocale: locale, issues }, form: formReport(part, read.data, table.area) };
}

function formReport(part: Extract<UploadPart, { kind: 'workbook' }>, reading: FormReading, area: FormReport['area']): FormReport {
  const unit = reading.unitColumn;
  const column = unit ? reading.columns.find((c) => c.col === unit.value) : undefined;
  return {
    file: part.file,
    sheet: reading.sheet,
    shape: reading.shape,
    headerRow: reading.headerRow,
    period: reading.period,
    unitColumn: unit && column ? { ...unit, letter: column.letter, header: column.header } : null,
    oneUnit: reading.shape === 'long' && !reading.columns.some((c) => c.role === 'area'),
    area,
    columns: reading.columns.map((c) => ({ letter: c.letter, header: c.header })),
    totals: reading.totals.length,
    notes: reading.notes,
    shapeKey: shapeKeyOf(part.sheets.find((s) => s.name === reading.sheet), reading.sheet),
  };
}

/** The parts as one analysis: issues carry their file, the kept parts' rows go in one table (one part keeps its valid rows, as one file does). */
function combine(analysed: readonly Analysed[], named: boolean, keepGoodRows: boolean): UploadTableAnalysis {
  const first = analysed.find((a) => a.full.header.length > 0) ?? analysed[0];
  const parts: PartReport[] = analysed.map((a) => {
    const errors = a.full.issues.filter(isError).length;
    return { file: a.file, sheet: a.sheet, rowCount: a.full.rowCount, validRows: a.full.table.length, errors, warnings: a.full.issues.length - errors, kept: !named || errors === 0 || keepGoodRows };
  });
  const byName = <T extends { id: string }>(lists: readonly (readonly T[] | undefined)[]): T[] => [...new Map(lists.flatMap((l) => l ?? []).map((x) => [x.id, x] as const)).values()];
  const unknownAreas = new Map<string, FullAnalysis['unknownAreas'][number]>();
  for (const a of analysed)
    for (const u of a.full.unknownAreas) {
      const was = unknownAreas.get(u.name);
      unknownAreas.set(u.name, was ? { ...was, years: [...new Set([...was.years, ...u.years])].sort((x, y) => x - y) } : u);
    }
  const full: FullAnalysis = {
    ...(first?.full ?? emptyAnalysis({}, [])),
    readable: analysed.some((a) => a.full.readable),
    areaPreview: [...new Set(analysed.flatMap((a) => a.full.areaPreview))].slice(0, 12),
    rowCount: parts.reduce((n, p) => n + p.rowCount, 0),
    table: ObservationTable.concat(analysed.filter((_, i) => parts[i]?.kept).map((a) => a.full.table)),
    issues: analysed.flatMap((a) => (named ? a.full.issues.map((i) => ({ ...i, file: a.file })) : a.full.issues)),
    unknownAreas: [...unknownAreas.values()],
    areaAliasesUsed: analysed.flatMap((a) => a.full.areaAliasesUsed),
    newAreas: byName(analysed.map((a) => a.full.newAreas)),
    newIndicators: byName(analysed.map((a) => a.full.newIndicators)),
    parts: named ? parts : undefined,
    forms: analysed.flatMap((a) => (a.form ? [a.form] : [])),
  };
  return bounded(full);
}
