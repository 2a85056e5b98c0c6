import type { Area, Indicator, Observation } from '../model';
import { parseDelimited } from '../csv/csv';
import { hasCellsPastHeader, pastHeaderIsHabit } from '../csv/csv-rows';
import { issue, type ParseIssue } from '../issues';
import { LocaleTally, type NumberLocale } from '../numbers/numbers';
import { rawRowSource, validateRows, type AreaAliasUse, type RowSource, type ValidatedRows, type ValidationProgress } from '../validation/validate-observations';
import { percentColumnIssues } from '../validation/percent-column-check';
import { edgeNotes, splitTableEdges, totalCheckIssues } from './table-edges';
import { samePeriodCheckIssues } from './same-period-check';
import { decodeBytes, type TextEncodingName } from '../text/decode';
import type { ColumnTarget, Layout } from './column-mapping';
import { FILE_MESSAGES } from './file-messages';
import { readDatasetJson } from '../dataset/dataset-io';
import { boundIssues, ISSUES_PER_CLASS, type IssueClass } from './issue-summary';
import { rowSourceOf } from './raw-rows';
import { areaPreviewOf, headerIssues, mappingOf, PREVIEW_ROWS } from './file-header';
import { aliasesOf, streamLongFile } from './stream-long-file';
import type { Catalog, UploadOptions } from './upload-options';
import { ObservationTable, ObservationTableBuilder } from '../observations/observation-table';
import { columnCountIssue, excerpt, oversizedCells, uploadSizeIssue } from '../validation/upload-limits';
import { isAreaCatalogHeader } from '../catalog/area-catalog-columns';
import { analyzeCatalogExtra, catalogExtraKind, type CatalogExtraKind, type CatalogExtraUpload } from './analyze-catalog-extra';
import { analyzeAreaCatalog, type AreaCatalogUpload } from './analyze-area-catalog';
import { unknownAreasOf, type UnknownArea } from './unknown-areas';
import type { DiffSummary, MergeMode } from './diff';
import { isWorkbookBytes } from '../workbook/workbook-bytes';
import { withDefinitions, type Defined } from './upload-definitions';
export type { Catalog, UploadOptions } from './upload-options';
import type { FormReport, PartReport, WorkbookReport } from './part-reports';

export interface UploadAnalysis {
  readable: boolean;
  encoding: TextEncodingName | null;
  encodingDetected: string | null;
  delimiter: string;
  /** `areas`: the file is an areas catalog (its header names id, name and level), not figures. */
  layout: Layout | 'json' | 'areas' | CatalogExtraKind;
  header: string[];
  targets: ColumnTarget[];
  numberLocale: NumberLocale | null;
  /** Distinct area names as decoded, to let the analyst see whether the encoding is right. */
  areaPreview: string[];
  rowCount: number;
  /** Rows that passed validation: the ones a commit would write. */
  observations: Observation[];
  /** The first located issues of each class (at most ISSUES_PER_CLASS), in the analysis's order. */
  issues: ParseIssue[];
  /** Every class of issue with its count in the whole file: what `issues` lists and what it leaves out. */
  issueClasses: IssueClass[];
  /** Indicator names in the file's rows that the catalog does not know, each once (at most ISSUES_PER_CLASS). */
  unknownIndicators: string[];
  /** Area names in the file's rows that match no unit in force in their years, each once (at most ISSUES_PER_CLASS). */
  unknownAreas: UnknownArea[];
  /** The names an area alias placed, and where. */
  areaAliasesUsed: AreaAliasUse[];
  /** For an areas catalog file: what a commit would do to the catalog. */
  catalog?: AreaCatalogUpload;
  /** For an awards.csv or main-targets.csv: what a commit would do to the dataset's awards or lists. */
  extra?: CatalogExtraUpload;
  /** Several files or sheets at once: each one's rows and issues, and whether its rows go in. */
  parts?: PartReport[];
  /** The office workbooks, with their sheets to pick from, and each form read with the guesses the analyst can change. */
  workbooks?: WorkbookReport[];
  forms?: FormReport[];
  /** Areas and indicators a JSON file (or the analyst) defines that the catalog does not have yet. */
  newAreas?: Area[];
  newIndicators?: Indicator[];
}

/**
 * The analysis as the page holds it: everything but the valid rows themselves, which stay in the
 * worker (a million objects copied to the page would freeze it); their count, their latest year,
 * and the dry run of each merge mode come instead.
 */
export type AnalysisReport = Omit<UploadAnalysis, 'observations'> & {
  validRows: number;
  latestYear: number | null;
  diffs: Record<MergeMode, DiffSummary>;
};

/** The analysis as the upload's worker holds it: the valid rows in columns, not as objects. */
export type UploadTableAnalysis = Omit<UploadAnalysis, 'observations'> & { table: ObservationTable };

/** An analysis before its issues are bounded: every issue, as found. */
export type FullAnalysis = Omit<UploadTableAnalysis, 'issueClasses' | 'unknownIndicators'>;

export const emptyAnalysis = (partial: Partial<FullAnalysis>, issues: ParseIssue[]): FullAnalysis => ({
  readable: false, encoding: null, encodingDetected: null, delimiter: '', layout: 'long', header: [], targets: [], numberLocale: null,
  areaPreview: [], rowCount: 0, table: new ObservationTableBuilder(0).build(), issues, unknownAreas: [], areaAliasesUsed: [], ...partial,
});

/** Above this many characters the header row is first read from the file's opening lines alone. */
const PEEK_ABOVE_CHARS = 1024 * 1024;

/** The opening lines of a long text: enough for parseDelimited to find the header and guess the delimiter. */
function openingLines(text: string, lines = 25): string {
  let end = 0;
  for (let n = 0; n < lines && end < PEEK_ABOVE_CHARS; n++) {
    const next = text.indexOf('\n', end);
    if (next < 0) return text.slice(0, PEEK_ABOVE_CHARS);
    end = next + 1;
  }
  return text.slice(0, Math.min(end, PEEK_ABOVE_CHARS));
}

/**
 * Decode → check the header row's width → detect layout and mapping → read numbers in the file's
 * locale → validate every row → bound what goes back to the page. Runs in the upload's worker.
 */
/** The stages before rows are validated (which reports its rows through `ValidationProgress`): said as each starts. */
export type UploadStage = 'decode' | 'parse';

export function analyzeUpload(bytes: Uint8Array, baseCatalog: Catalog, options: UploadOptions = {}, onProgress?: ValidationProgress, onStage?: (stage: UploadStage) => void): UploadAnalysis {
  const { table, ...analysis } = analyzeUploadTable(bytes, baseCatalog, options, onProgress, onStage);
  return { ...analysis, observations: table.toObservations() };
}

/** analyzeUpload with the valid rows left in columns: what the worker keeps (a million objects would double its memory). */
export function analyzeUploadTable(bytes: Uint8Array, baseCatalog: Catalog, options: UploadOptions = {}, onProgress?: ValidationProgress, onStage?: (stage: UploadStage) => void, reader: Reader = 'stream'): UploadTableAnalysis {
  return bounded(analyzeBytes(bytes, baseCatalog, options, onProgress, onStage, reader));
}

/** A file's bytes analysed, every issue as found (not yet bounded). */
export function analyzeBytes(bytes: Uint8Array, baseCatalog: Catalog, options: UploadOptions = {}, onProgress?: ValidationProgress, onStage?: (stage: UploadStage) => void, reader: Reader = 'stream'): FullAnalysis {
  const tooLarge = uploadSizeIssue(bytes.length);
  return tooLarge ? emptyAnalysis({}, [tooLarge]) : analyzeAll(bytes, baseCatalog, options, onProgress, onStage, reader);
}

/** Every issue found, bounded to the first of each class (the rest counted); the unknown indicators named once each. */
export function bounded(full: FullAnalysis): UploadTableAnalysis {
  const { issues, classes } = boundIssues(full.issues);
  const unknownIndicators = new Set<string>();
  for (const i of full.issues) if (i.code === 'invalid-indicator' && i.value && unknownIndicators.size < ISSUES_PER_CLASS) unknownIndicators.add(i.value);
  return { ...full, issues, issueClasses: classes, unknownIndicators: [...unknownIndicators] };
}

/**
 * How a delimited file is read: `stream` tries the one-pass reader of a long file first (stream-long-file.ts);
 * `whole` goes straight to the general reader, which parses the whole file first. Both give the same
 * analysis (analyze-upload-readers.test.ts); `whole` is there to show it.
 */
export type Reader = 'stream' | 'whole';

/** analyzeUpload through the general reader alone. */
export function analyzeUploadWhole(bytes: Uint8Array, baseCatalog: Catalog, options: UploadOptions = {}): UploadAnalysis {
  const { table, ...analysis } = analyzeUploadTable(bytes, baseCatalog, options, undefined, undefined, 'whole');
  return { ...analysis, observations: table.toObservations() };
}

/** A table already in cells (an office form's, workbook/read-form.ts): checked as a delimited file's rows are, every issue unbounded. */
export function analyzeCells(table: CellTable, baseCatalog: Catalog, options: UploadOptions, onProgress?: ValidationProgress): FullAnalysis {
  if (table.header.every((h) => h === '')) return emptyAnalysis({}, [issue('error', 'file-empty', {}, FILE_MESSAGES.empty)]);
  return analyzeRows({ ...table, errors: [] }, { encoding: null, encodingDetected: null, delimiter: '', header: table.header }, withDefinitions(baseCatalog, options), options, onProgress);
}

/** A table's header and rows, each row under its line as a spreadsheet shows it. */
export interface CellTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

function analyzeAll(bytes: Uint8Array, baseCatalog: Catalog, options: UploadOptions, onProgress: ValidationProgress | undefined, onStage: ((stage: UploadStage) => void) | undefined, reader: Reader): FullAnalysis {
  const definitions = withDefinitions(baseCatalog, options);
  const { catalog, defined, extra, definedAreas, extraAreas } = definitions;
  onStage?.('decode');
  const decoded = decodeBytes(bytes, options.encoding);
  onStage?.('parse');
  // A workbook is binary, but not "not a text file": it is told as what it is.
  const reason = !decoded.ok && decoded.reason === 'binary' && isWorkbookBytes(bytes) ? 'workbook' : null;
  if (!decoded.ok) return emptyAnalysis({}, [issue('error', `file-${reason ?? decoded.reason}`, {}, FILE_MESSAGES[reason ?? decoded.reason])]);
  if (decoded.text.trimStart().startsWith('{')) {
    const json = analyzeJson(decoded.text, decoded, catalog, options, onProgress);
    const usedAreas = new Set(json.table.columns.areaIds);
    return { ...json, newAreas: [...extraAreas.filter((a) => usedAreas.has(a.id)), ...(json.newAreas ?? [])] };
  }
  const detected = { encoding: decoded.encoding, encodingDetected: decoded.detected, readable: true };
  // A file wider than the limit is refused from its header row, before the whole file is parsed.
  if (decoded.text.length > PEEK_ABOVE_CHARS) {
    const opening = parseDelimited(openingLines(decoded.text));
    const tooWide = columnCountIssue(opening.header);
    if (tooWide) return emptyAnalysis({ ...detected, delimiter: opening.delimiter }, [tooWide]);
  }
  // A long file is read and checked in one pass, chunk by chunk; any file it cannot take whole is read below.
  const streamed = reader === 'stream' ? streamLongFile(decoded.text, catalog, options, onProgress) : null;
  if (streamed) {
    const { numberLocale } = streamed;
    const validated = refusingBadPercentColumns(streamed.validated);
    const used = new Set(validated.table.columns.indicatorIds);
    const usedAreas = new Set(validated.table.columns.areaIds);
    return {
      encoding: decoded.encoding, encodingDetected: decoded.detected, delimiter: streamed.delimiter, header: streamed.header,
      readable: true, layout: 'long', targets: streamed.targets, areaPreview: streamed.areaPreview, rowCount: streamed.rowCount,
      numberLocale, table: validated.table, issues: [...defined.flatMap((d) => d.issues), ...streamed.rowIssues, ...definedAreas.flatMap((d) => d.issues), ...validated.issues],
      unknownAreas: unknownAreasOf(validated.areaYears, validated.issues, catalog.areas, ISSUES_PER_CLASS), areaAliasesUsed: validated.areaAliasesUsed,
      newIndicators: extra.filter((i) => used.has(i.id)), newAreas: extraAreas.filter((a) => usedAreas.has(a.id)),
    };
  }
  const table = parseDelimited(decoded.text);
  const base = { encoding: decoded.encoding, encodingDetected: decoded.detected, delimiter: table.delimiter, header: table.header };
  if (table.header.every((h) => h === '')) return emptyAnalysis(base, [issue('error', 'file-empty', {}, FILE_MESSAGES.empty)]);
  const extraKind = catalogExtraKind(table.header);
  if (extraKind) {
    const read = analyzeCatalogExtra(extraKind, decoded.text, baseCatalog);
    return { ...emptyAnalysis({ ...base, readable: true, layout: extraKind, rowCount: table.rows.length }, read.issues), extra: read.upload };
  }
  if (isAreaCatalogHeader(table.header)) {
    const read = analyzeAreaCatalog(decoded.text, table.header, table.rows.length, baseCatalog.areas, baseCatalog.history ?? [], options.catalogMode ?? 'merge');
    return { ...emptyAnalysis({ ...base, readable: true, layout: 'areas', rowCount: table.rows.length }, read.issues), catalog: read.catalog };
  }
  return analyzeRows(table, { ...base, ...detected }, definitions, options, onProgress);
}

/** The rows of a table checked: limits, mapping, malformed rows, totals and footnotes, then every row validated. */
function analyzeRows(table: CellTable & { errors: { line: number; message: string }[] }, base: Pick<FullAnalysis, 'encoding' | 'encodingDetected' | 'delimiter' | 'header'>, definitions: Defined, options: UploadOptions, onProgress: ValidationProgress | undefined): FullAnalysis {
  const { catalog, defined, extra, definedAreas, extraAreas } = definitions;
  // No mapping is built for a header over the limits: it is not even sent back to the page.
  const oversized = oversizedCells(table.header, table.rows);
  const overLimits = [columnCountIssue(table.header), ...oversized.issues.filter((i) => i.row === 1)].filter((i) => i !== null);
  if (overLimits.length > 0) return emptyAnalysis({ ...base, readable: true, header: [], rowCount: table.rows.length }, overLimits);

  const { targets, layout } = mappingOf(table.header, catalog.indicators, options);
  const fileIssues: ParseIssue[] = [...defined.flatMap((d) => d.issues), ...headerIssues(table.header, targets, layout)];
  if (table.rows.length === 0) fileIssues.push(issue('error', 'no-rows', { row: 2 }, FILE_MESSAGES.noRows));
  const malformed = new Set<number>();
  const rowAt = new Map(table.errors.length > 0 ? table.rows.map((r) => [r.line, r] as const) : []);
  for (const e of table.errors) {
    const row = rowAt.get(e.line);
    const swallowed = row?.cells.findIndex((c) => c.includes('\n')) ?? -1;
    const cell = row?.cells[swallowed] ?? '';
    malformed.add(e.line);
    fileIssues.push(issue('error', 'malformed-row', swallowed >= 0 ? { row: e.line, column: table.header[swallowed] ?? null, value: `"${excerpt(cell.slice(0, cell.indexOf('\n')), 200)}` } : { row: e.line }, FILE_MESSAGES.malformed(e.message)));
  }
  // A row with a cell over the limit is named and left out; a malformed row is already.
  for (const i of oversized.issues)
    if (i.row !== null && !malformed.has(i.row)) fileIssues.push(i);
  for (const line of oversized.lines) malformed.add(line);
  const habit = pastHeaderIsHabit(table.rows, table.header.length);
  for (const r of table.rows)
    if (!malformed.has(r.line) && hasCellsPastHeader(r.cells, table.header.length, habit)) {
      malformed.add(r.line);
      fileIssues.push(issue('error', 'malformed-row', { row: r.line }, FILE_MESSAGES.tooManyCells(r.cells.length, table.header.length)));
    }

  const areaColumn = targets.findIndex((t) => t.kind === 'field' && t.field === 'area');
  const areaPreview = areaPreviewOf(table.rows.slice(0, PREVIEW_ROWS).map((r) => r.cells[areaColumn] ?? ''));
  const analysis = { ...base, readable: true, layout, targets, areaPreview, rowCount: table.rows.length };
  if (fileIssues.some((i) => i.severity === 'error' && i.row === 1) || table.rows.length === 0)
    return { ...emptyAnalysis(analysis, fileIssues), ...analysis, numberLocale: null };

  // Totals and the footnotes that end the file are not data: each kind is left out with one note.
  const edges = splitTableEdges(malformed.size === 0 ? table.rows : table.rows.filter((r) => !malformed.has(r.line)), areaColumn);
  const wellFormed = edges.data;
  const raws = rowSourceOf(table.header, wellFormed, targets, layout);
  let numberLocale = options.numberLocale ?? 'auto';
  if (numberLocale === 'auto') numberLocale = localeOf(raws) ?? 'auto';
  const validated = refusingBadPercentColumns(validateRows(raws, { ...catalog, numberLocale, ...aliasesOf(options) }, onProgress));
  const used = new Set(validated.table.columns.indicatorIds);
  const usedAreas = new Set(validated.table.columns.areaIds);
  const printed = { locale: numberLocale, table: validated.table };
  const edgeIssues = [...edgeNotes(edges, table.header, areaColumn), ...totalCheckIssues(edges.totals, table.header, targets, catalog.indicators, numberLocale, validated.table), ...samePeriodCheckIssues(wellFormed, table.header, targets, { ...catalog, ...printed })];
  return {
    ...analysis, numberLocale: numberLocale === 'auto' ? null : numberLocale, table: validated.table, issues: [...fileIssues, ...definedAreas.flatMap((d) => d.issues), ...validated.issues, ...edgeIssues],
    unknownAreas: unknownAreasOf(validated.areaYears, validated.issues, catalog.areas, ISSUES_PER_CLASS), areaAliasesUsed: validated.areaAliasesUsed,
    newIndicators: extra.filter((i) => used.has(i.id)), newAreas: extraAreas.filter((a) => usedAreas.has(a.id)),
  };
}

/** The canonical JSON: its own areas and indicators join the catalog; its rows are validated like CSV rows. */
function analyzeJson(text: string, decoded: { encoding: TextEncodingName; detected: string }, catalog: Catalog, options: UploadOptions, onProgress?: ValidationProgress): FullAnalysis {
  const base = { encoding: decoded.encoding, encodingDetected: decoded.detected, delimiter: '', layout: 'json' as const };
  const read = readDatasetJson(text);
  if (!read.ok) return emptyAnalysis({ ...base, readable: true }, read.issues);
  const areas = [...catalog.areas, ...read.file.areas.filter((a) => !catalog.areas.some((c) => c.id === a.id))];
  const indicators = [...catalog.indicators, ...read.file.indicators.filter((i) => !catalog.indicators.some((c) => c.id === i.id))];
  const raws = rawRowSource(read.file.raws);
  const validated = refusingBadPercentColumns(validateRows(raws, { areas, indicators, numberLocale: 'en', ...(catalog.history ? { history: catalog.history } : {}), ...aliasesOf(options) }, onProgress));
  return {
    ...emptyAnalysis(base, []), readable: true, rowCount: read.file.rowCount, table: validated.table, issues: [...read.warnings, ...read.file.issues, ...validated.issues],
    unknownAreas: unknownAreasOf(validated.areaYears, validated.issues, areas, ISSUES_PER_CLASS), areaAliasesUsed: validated.areaAliasesUsed,
    newAreas: areas.slice(catalog.areas.length), newIndicators: indicators.slice(catalog.indicators.length),
  };
}

/**
 * A % KH column most of whose rows disagree with their own plan and actual is a wrong mapping, not
 * a file of wrong figures: the mapping is refused (no row kept) and the refusal says why, first.
 */
function refusingBadPercentColumns(validated: ValidatedRows): ValidatedRows {
  const refusals = percentColumnIssues(validated.percentColumns);
  if (refusals.length === 0) return validated;
  return { ...validated, table: new ObservationTableBuilder(0).build(), issues: [...refusals, ...validated.issues] };
}

/** The file's number locale, judged on every figure cell as written (detectNumberLocale, one cell at a time). */
function localeOf(rows: RowSource): NumberLocale | null {
  const tally = new LocaleTally();
  for (let i = 0; i < rows.length; i++)
    for (const field of ['plan', 'actual', 'percent_of_plan'] as const) tally.add(String(rows.cell(i, field) ?? ''));
  return tally.result().locale;
}
