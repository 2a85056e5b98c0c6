import Papa from 'papaparse';
import { inForceIn } from '../areas/areas';
import { evaluateObservation } from '../evaluation/evaluate';
import { OBSERVATION_FIELDS } from './header-aliases';
import { PLAN_TEXT, readExtras, widthOfHeader, WIDTHS } from './canonical-extras';
import type { Area, Indicator } from '../model';
import { ROW_END } from '../csv/csv-rows';
import { canonicalPoint, quickCanonicalNumber } from '../numbers/number-scan';
import { ObservationTable, ObservationTableBuilder, TEXT_EXTRAS } from './observation-table';
import { seenKeysWithPeriods } from './seen-keys';
import { periodSlotsOf, slotAt } from './period-slots';
import { cleanFreeText, nameTextIssues } from '../text/text-issues';

/** The header `publish` writes; a published observations.csv has exactly these columns, in this order. */
export const CANONICAL_HEADER = OBSERVATION_FIELDS.join(',');
/** The header published before plans kept their text and figures their kind: the first nine columns, read the same way. */
export const CANONICAL_HEADER_WITHOUT_PLAN_TEXT = OBSERVATION_FIELDS.slice(0, 9).join(',');

const YEAR = /^\d{4}$/;
const PLAIN_NUMBER = /^-?\d{1,15}(\.\d{1,15})?$/;
/** "1.862": an English decimal, or a Vietnamese thousands mark — evidence of neither. */
const GROUPED_THOUSAND = /^-?\d{1,3}\.\d{3}$/;
const NO_PLACE = { row: 0, column: '' };

/**
 * The fast reading of a clean canonical observations.csv (what `publish` writes): read a megabyte
 * at a time into columns, each distinct name checked once, no object per row. It accepts a file only when
 * every row is one the general reader (parseObservationsCsv) would take without an issue of any kind
 * (ids exact and in force in their year, numbers in the canonical form, no duplicate, text clean, a
 * printed % KH consistent with plan and actual); at the first row that is not, it stops and says so,
 * and the caller reads the file with the general reader, which locates and words every issue.
 */
export function readCanonicalObservations(text: string, areas: readonly Area[], indicators: readonly Indicator[], chunkChars = CHUNK_CHARS): CanonicalRead {
  return combineCanonicalParts([readCanonicalPart(text, areas, indicators, { chunkChars })], areas, indicators);
}

/** What the fast reading gives: the file in columns, or the first row it does not take. */
export type CanonicalRead = { ok: true; table: ObservationTable; rows: number } | { ok: false; row: number };

/**
 * One part of a canonical file (the first with its header line, a later one starting with a row), read as
 * readCanonicalObservations reads a file; the file-wide rules (a row twice across parts, decimals that
 * read two ways) wait for combineCanonicalParts. `records` counts every line read after the header,
 * blank ones too, so a later part's row can be numbered in the whole file.
 */
export type CanonicalPart =
  /** `width`: the file's column count (the header's, or for a later part its first row's), 0 for a part with no row. */
  | { ok: true; table: ObservationTable; rows: number; records: number; englishOnly: number; eitherWay: number; width: number }
  | { ok: false; row: number };

/**
 * `first`: the part is the file's start, with its header line (a later part starts with a row: the header
 * is not put back in front of it, which would copy the whole part's text once more). `chunkChars`: how much
 * text PapaParse reads at a time.
 */
export interface PartOptions {
  first?: boolean;
  chunkChars?: number;
}

export function readCanonicalPart(text: string, areas: readonly Area[], indicators: readonly Indicator[], { first = true, chunkChars = CHUNK_CHARS }: PartOptions = {}): CanonicalPart {
  const content = first && text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = first ? content.slice(0, content.indexOf('\n') < 0 ? content.length : content.indexOf('\n')).replace(/\r$/, '') : null;
  if (firstLine !== null && widthOfHeader(firstLine) === 0) return { ok: false, row: 1 };
  /** The file's column count: its header's, or a later part's first row's (the parts' agreement is checked on combining). */
  let columns = firstLine === null ? 0 : widthOfHeader(firstLine);

  // Areas and indicators by their place in the catalog: per-row checks are then array reads, not string keys.
  const areaPlace = new Map(areas.map((a, i) => [a.id, i]));
  const indicatorPlace = new Map(indicators.map((ind, i) => [ind.id, i]));
  const indicatorNameOk = new Int8Array(indicators.length);
  /** Per area and year: 0 not asked yet, 1 in force with a clean id, 2 not. */
  const inForce = new Int8Array(areas.length * YEARS);
  const seen = seenKeysWithPeriods(areas.length * YEARS * indicators.length);
  const cleanNames = new Set<string>();
  const cleanFree = new Set<string>();
  const nameOk = (value: string) => cleanNames.has(value) || (nameTextIssues(value, NO_PLACE).length === 0 && (cleanNames.add(value), true));
  const freeOk = (value: string) => {
    if (cleanFree.has(value)) return true;
    // The general reader trims a cell's edges, and reads a CR outside quotes as a row end (csv-rows.ts),
    // which this reading cannot tell from one in quotes: a cell with a CR is left to it. (No other cell
    // can hold one: ids, years, units and figures must match the catalog or a number's form exactly.)
    if (value !== value.trim() || value.includes('\r')) return false;
    const cleaned = cleanFreeText(value, NO_PLACE);
    if (cleaned.issues.length > 0 || cleaned.text !== value) return false;
    cleanFree.add(value);
    return true;
  };
  // Rows in a row mostly repeat their unit, source and note: the last accepted ones are not checked again,
  // nor coded again.
  let lastUnit = '';
  let lastSource = '';
  let lastNote = '';
  // The general reader detects the number format from the file: only decimals that read one way only tell it.
  let englishOnly = 0;
  let eitherWay = 0;
  const number = (cell: string): number | undefined => {
    if (cell === '') return NaN;
    const quick = quickCanonicalNumber(cell);
    if (quick !== undefined) {
      if (canonicalPoint.fraction >= 0) {
        if (canonicalPoint.lead <= 3 && canonicalPoint.fraction === 3) eitherWay++;
        else englishOnly++;
      }
      return quick;
    }
    if (!PLAIN_NUMBER.test(cell)) return undefined;
    if (cell.includes('.')) {
      if (GROUPED_THOUSAND.test(cell)) eitherWay++;
      else englishOnly++;
    }
    return Number(cell);
  };

  /** The row's codes of its texts beside the figures (TEXT_EXTRAS' order), one array for every row. */
  const extraCodes = new Int32Array(TEXT_EXTRAS.length).fill(-1);
  const builder = new ObservationTableBuilder(Math.max(1024, Math.round(content.length / 60)));
  // The table's codes by catalog place, each asked of the builder once: a row is pushed by codes, its
  // ids not looked up again. The unit a row may leave out is the indicator's own.
  const areaCode = new Int32Array(areas.length).fill(-1);
  const indicatorCode = new Int32Array(indicators.length).fill(-1);
  const unitCode = new Int32Array(indicators.length).fill(-1);
  let sourceCode = builder.textCode('');
  let noteCode = sourceCode;
  let rows = 0;
  let failedAt = 0;
  // A later part starts after the header, which counts as its line 1.
  let line = first ? 0 : 1;
  let lastAreaId: string | null = null;
  let a = 0;
  let lastYearText: string | null = null;
  let year = 0;
  const indicatorIds = indicators.map((indicator) => indicator.id);
  /** Per indicator, the one that followed it last (the file's first row follows the slot past the end), or -1. */
  const next = new Int32Array(indicators.length + 1).fill(-1);
  let lastIndicator = indicators.length;
  const row = (cells: string[]): boolean => {
    line++;
    if (line === 1) return true;
    if (cells.length === 1 && cells[0] === '') return true;
    rows++;
    if (columns === 0 && WIDTHS.includes(cells.length)) columns = cells.length;
    if (cells.length !== columns) return false;
    const areaId = cells[0]!;
    const yearText = cells[1]!;
    const indicatorId = cells[2]!;
    const unit = cells[6]!;
    const source = cells[7]!;
    const note = cells[8]!;
    // A file runs area by area and year by year: the row before's area and year are not looked up again.
    if (areaId !== lastAreaId) {
      const place = areaPlace.get(areaId);
      if (place === undefined) return false;
      lastAreaId = areaId;
      a = place;
    }
    if (yearText !== lastYearText) {
      if (!YEAR.test(yearText)) return false;
      const value = Number(yearText);
      if (value < FIRST_YEAR || value >= FIRST_YEAR + YEARS) return false;
      lastYearText = yearText;
      year = value;
    }
    // Each area and year lists its indicators in the same order: the one that came after the row before's last time is tried first.
    const guess = next[lastIndicator]!;
    let ind: number;
    if (guess >= 0 && indicatorId === indicatorIds[guess]) ind = guess;
    else {
      const place = indicatorPlace.get(indicatorId);
      if (place === undefined) return false;
      ind = place;
      next[lastIndicator] = place;
    }
    lastIndicator = ind;
    const areaYear = a * YEARS + (year - FIRST_YEAR);
    if (inForce[areaYear] === 0) inForce[areaYear] = inForceIn(areas[a]!, year) && nameOk(areaId) ? 1 : 2;
    if (inForce[areaYear] !== 1) return false;
    if (indicatorNameOk[ind] === 0) indicatorNameOk[ind] = nameOk(indicatorId) ? 1 : 2;
    if (indicatorNameOk[ind] !== 1) return false;
    const indicator = indicators[ind]!;
    if (unit !== '') {
      if (unit !== indicator.unit && unit !== indicator.unitEn) return false;
      if (unit !== lastUnit && !nameOk(unit)) return false;
      lastUnit = unit;
    }
    const plan = number(cells[3]!);
    const actual = number(cells[4]!);
    const reportedPercent = number(cells[5]!);
    if (plan === undefined || actual === undefined || reportedPercent === undefined) return false;
    if (Number.isNaN(plan) && Number.isNaN(actual) && Number.isNaN(reportedPercent)) return false;
    // A leading ' is the export's formula guard, which the general reader undoes.
    if (source !== lastSource) {
      if (source.startsWith("'") || !freeOk(source)) return false;
      lastSource = source;
      sourceCode = builder.textCode(source);
    }
    if (note !== lastNote) {
      if (note.startsWith("'") || !freeOk(note)) return false;
      lastNote = note;
      noteCode = builder.textCode(note);
    }
    // A plan as printed must read as a plan whose point is the plan column's (what the general reader checks and words).
    const planText = columns > PLAN_TEXT ? cells[PLAN_TEXT]! : '';
    const slot = readExtras(cells, columns, year, plan, indicator.direction, builder, freeOk, extraCodes);
    if (slot < 0) return false;
    if (!Number.isNaN(reportedPercent)) {
      const observation = { area: areaId, year, indicator: indicatorId, plan: orNull(plan), actual: orNull(actual), reportedPercent, unit: indicator.unit, source, note, ...(planText === '' ? {} : { planText }) };
      if (evaluateObservation(observation, indicator).warnings.length > 0) return false;
    }
    if (seen.has(areaYear * indicators.length + ind, slot)) return false;
    if (areaCode[a] === -1) areaCode[a] = builder.areaCode(areaId);
    if (indicatorCode[ind] === -1) {
      indicatorCode[ind] = builder.indicatorCode(indicatorId);
      unitCode[ind] = builder.textCode(indicator.unit);
    }
    builder.pushCoded(areaCode[a]!, year, indicatorCode[ind]!, plan, actual, reportedPercent, unitCode[ind]!, sourceCode, noteCode, extraCodes);
    return true;
  };
  // Rows come a chunk at a time, with no result object per row; the first row that is not canonical stops
  // the reading. (The typings offer `chunk` for files only; PapaParse's string streamer honours it too.)
  const chunked: Papa.ParseConfig<string[]> & { chunkSize: number; chunk(result: Papa.ParseResult<string[]>, parser: Papa.Parser): void } = {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter: ',',
    // Only LF ends a row here; Papa would guess a line end for each part, or each file, on its own.
    newline: ROW_END,
    chunkSize: chunkChars,
    chunk: (result, parser) => {
      // An error's row is counted within its chunk.
      const errorRow = result.errors.length > 0 ? Math.min(...result.errors.map((e) => e.row ?? 0)) : -1;
      for (let i = 0; i < result.data.length; i++) {
        if (i === errorRow ? (line++, line > 1) : !row(result.data[i]!)) {
          failedAt = line;
          parser.abort();
          return;
        }
      }
    },
  };
  Papa.parse<string[]>(content, chunked);
  if (failedAt > 0) return { ok: false, row: failedAt };
  // A text that ends its last row with a line end reads one more, empty, record: not a line of the file.
  return { ok: true, table: builder.build(), rows, records: line - 1 - (content.endsWith('\n') ? 1 : 0), englishOnly, eitherWay, width: columns };
}

/**
 * The parts of one file, in order, as one reading: the first part's failure, numbered in the whole
 * file; a row that repeats an earlier part's (numbered as if the file had no blank line); decimals that
 * read two ways across the file.
 */
export function combineCanonicalParts(parts: readonly CanonicalPart[], areas: readonly Area[], indicators: readonly Indicator[]): CanonicalRead {
  let before = 0;
  const read: Extract<CanonicalPart, { ok: true }>[] = [];
  for (const part of parts) {
    if (!part.ok) return { ok: false, row: part.row + before };
    before += part.records;
    read.push(part);
  }
  // One file has one header: a later part whose rows have another column count is not this file's.
  const counted = read.filter((p) => p.width > 0);
  const other = counted.findIndex((p) => p.width !== counted[0]!.width);
  if (other > 0) {
    const at = read.indexOf(counted[other]!);
    return { ok: false, row: read.slice(0, at).reduce((sum, p) => sum + p.records, 0) + 2 };
  }
  // Every decimal "1.862"-like: the general reader cannot tell the format and asks; so must this one.
  if (read.some((p) => p.eitherWay > 0) && read.every((p) => p.englishOnly === 0)) return { ok: false, row: 2 };
  const rows = read.reduce((sum, p) => sum + p.rows, 0);
  if (read.length === 1) return { ok: true, table: read[0]!.table, rows };
  const table = ObservationTable.concat(read.map((p) => p.table));
  const repeated = firstRepeatedRow(table, areas, indicators);
  return repeated < 0 ? { ok: true, table, rows } : { ok: false, row: repeated + 2 };
}

/** The position of the first row whose area, year and indicator an earlier row has, or -1. */
function firstRepeatedRow(table: ObservationTable, areas: readonly Area[], indicators: readonly Indicator[]): number {
  const areaPlace = new Map(areas.map((a, i) => [a.id, i]));
  const indicatorPlace = new Map(indicators.map((ind, i) => [ind.id, i]));
  const c = table.columns;
  const areaOf = c.areaIds.map((id) => areaPlace.get(id) ?? 0);
  const indicatorOf = c.indicatorIds.map((id) => indicatorPlace.get(id) ?? 0);
  const seen = seenKeysWithPeriods(areas.length * YEARS * indicators.length);
  const slots = periodSlotsOf(table);
  for (let i = 0; i < c.length; i++) {
    if (seen.has((areaOf[c.area[i]!]! * YEARS + (c.year[i]! - FIRST_YEAR)) * indicators.length + indicatorOf[c.indicator[i]!]!, slotAt(slots, i))) return i;
  }
  return -1;
}

const FIRST_YEAR = 1900;
/** 1900 to 2100, the years a figure may have. */
const YEARS = 201;
/** A megabyte of text a chunk. */
const CHUNK_CHARS = 1 << 20;
const orNull = (value: number) => (Number.isNaN(value) ? null : value);
