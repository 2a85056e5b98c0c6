/**
 * A long file (one row per area × year × indicator) read in one pass: each chunk PapaParse reads is
 * checked and validated at once, its rows going straight into columns, so a million rows never stand
 * as a million arrays, and progress starts with the first chunk.
 *
 * It answers only when its answer is the general reader's (analyze-upload.ts): any file it cannot take
 * whole gives null and is read there instead — a header with issues or over the limits, a wide or
 * areas-catalog header, a malformed record, no data row, or a number locale guessed on the opening rows
 * that the whole file does not confirm.
 */
import type { ObservationField } from '../observations/header-aliases';
import { issue, type ParseIssue } from '../issues';
import { streamDelimited } from '../csv/csv';
import { hasCellsPastHeader } from '../csv/csv-rows';
import { LocaleTally, type NumberLocale } from '../numbers/numbers';
import { createRowValidator, type RowSource, type ValidatedRows, type ValidationProgress } from '../validation/validate-observations';
import { isAreaCatalogHeader } from '../catalog/area-catalog-columns';
import type { ColumnTarget } from './column-mapping';
import { areaPreviewOf, headerIssues, mappingOf, PREVIEW_ROWS } from './file-header';
import { splitsRows } from './column-mapping';
import { FILE_MESSAGES } from './file-messages';
import { cellLengthIssue, columnCountIssue, excerpt, isOverCellLimit } from '../validation/upload-limits';
import type { Catalog, UploadOptions } from './upload-options';
import { samePeriodColumns } from './same-period-check';
import { createEdgeRowCheck } from './table-edges';

export interface StreamedLongFile {
  delimiter: string;
  header: string[];
  targets: ColumnTarget[];
  rowCount: number;
  areaPreview: string[];
  numberLocale: NumberLocale | null;
  /** Rows left out before validation: cells over the limit, then rows with more cells than the header. */
  rowIssues: ParseIssue[];
  validated: ValidatedRows;
}

/** Rows read before the number locale is guessed (from their figures), then validated with it. */
const GUESS_ROWS = 20_000;
const FIGURES = ['plan', 'actual', 'percent_of_plan'] as const;

export function streamLongFile(text: string, catalog: Catalog, options: UploadOptions, onProgress?: ValidationProgress): StreamedLongFile | null {
  let header: string[] = [];
  let targets: ColumnTarget[] = [];
  let areaColumn = -1;
  const names: Partial<Record<ObservationField, string>> = {};
  const columns: Partial<Record<ObservationField, number>> = {};
  const current = { line: 0, cells: [] as string[] };
  const source: RowSource = {
    length: 1,
    row: () => current.line,
    cell: (_, field) => {
      const column = columns[field];
      return column === undefined ? undefined : (current.cells[column] ?? '');
    },
    columnNames: () => names,
  };
  // The locale: the analyst's, or guessed on the opening rows and checked on every row (detectNumberLocale's count).
  const tally = options.numberLocale && options.numberLocale !== 'auto' ? null : new LocaleTally();
  const chosen = { locale: 'auto' as NumberLocale | 'auto' };
  const guess = (): NumberLocale | 'auto' => (tally ? (tally.result().locale ?? 'auto') : (options.numberLocale as NumberLocale));
  const pending: { line: number; cells: string[] }[] = [];
  let rowCount = 0;
  let read = 0;
  const previewCells: string[] = [];
  const oversized: ParseIssue[] = [];
  const tooMany: ParseIssue[] = [];
  let validate: ((line: number, cells: string[]) => void) | null = null;
  let isEdgeRow: (cells: readonly string[]) => boolean = () => false;
  let finish: (() => ValidatedRows) | null = null;
  const start = (numberLocale: NumberLocale | 'auto') => {
    chosen.locale = numberLocale;
    const checkRows = createRowValidator({ ...catalog, numberLocale, ...aliasesOf(options) }, {
      // Sized for the rows the opening ones promise, so the columns are not grown and copied as the file is read.
      ...(onProgress ? { onProgress } : {}), expected: Math.ceil((pending.length / Math.max(read, 1e-3)) * 1.05) + 1024, total: () => Math.max(rowCount, Math.round(rowCount / Math.max(read, 1e-9))),
    });
    validate = (line, cells) => {
      current.line = line;
      current.cells = cells;
      checkRows.check(source, 0);
    };
    finish = checkRows.finish;
    for (const r of pending) validate(r.line, r.cells);
    pending.length = 0;
  };

  const result = streamDelimited(text, (h) => {
    header = h;
    if (header.every((c) => c === '') || isAreaCatalogHeader(header) || columnCountIssue(header) || header.some(isOverCellLimit)) return false;
    const mapping = mappingOf(header, catalog.indicators, options);
    // A printed change on the same period of last year is checked with the whole table in view: the general reader's.
    if (mapping.layout !== 'long' || mapping.targets.some(splitsRows) || samePeriodColumns(header, mapping.targets).length > 0 || headerIssues(header, mapping.targets, mapping.layout).length > 0) return false;
    targets = mapping.targets;
    targets.forEach((t, i) => {
      if (t.kind !== 'field') return;
      names[t.field] = header[i] ?? t.field;
      columns[t.field] = i;
    });
    areaColumn = targets.findIndex((t) => t.kind === 'field' && t.field === 'area');
    isEdgeRow = createEdgeRowCheck(areaColumn, columns.year ?? -1);
    return true;
  }, (line, cells, fraction) => {
    read = fraction;
    if (rowCount++ < PREVIEW_ROWS) previewCells.push(cells[areaColumn] ?? '');
    // A row with a cell over the limit is named and left out; so is a row with more cells than the header.
    let left = false;
    for (let i = 0; i < cells.length; i++)
      if (isOverCellLimit(cells[i]!)) {
        oversized.push(cellLengthIssue(line, excerpt(header[i] ?? '') || `#${i + 1}`, cells[i]!));
        left = true;
      }
    if (!left && hasCellsPastHeader(cells, header.length)) {
      tooMany.push(issue('error', 'malformed-row', { row: line }, FILE_MESSAGES.tooManyCells(cells.length, header.length)));
      left = true;
    }
    if (left) return true;
    // A total or a footnote is judged with the whole table in view: the general reader's.
    if (isEdgeRow(cells)) return false;
    if (tally) for (const field of FIGURES) {
      const column = columns[field];
      tally.add(column === undefined ? '' : (cells[column] ?? ''));
    }
    if (validate) validate(line, cells);
    else {
      pending.push({ line, cells });
      if (!tally || pending.length >= GUESS_ROWS) start(guess());
    }
    return true;
  });
  if (!result.complete || rowCount === 0) return null;
  if (!finish) start(guess());
  // The whole file must say what its opening rows said; if not, the general reader reads it with the file's locale.
  const used = chosen.locale;
  if (tally && (tally.result().locale ?? 'auto') !== used) return null;
  return {
    delimiter: result.delimiter, header, targets, rowCount, areaPreview: areaPreviewOf(previewCells),
    numberLocale: used === 'auto' ? null : used, rowIssues: [...oversized, ...tooMany], validated: finish!(),
  };
}

/** The analyst's aliases, as the validation context takes them. */
export const aliasesOf = (options: UploadOptions) => ({
  ...(options.indicatorAliases ? { indicatorAliases: options.indicatorAliases } : {}),
  ...(options.areaAliases ? { areaAliases: options.areaAliases } : {}),
});
