import { readCanonicalObservations } from '../observations/canonical-observations';
import { inFile, readCatalogFiles, readExtras, withCanonical, type DatasetFiles } from './catalog-read';

export type { DatasetFiles } from './catalog-read';
import { tabular, type TabularDataset } from './dataset-index';
import { countRows } from '../csv/csv';
import { z } from '../zod';
import { areaSchema, indicatorSchema } from '../catalog/catalog-schema';
import type { Area, Dataset, Indicator } from '../model';
import { isError, issue, resultOf, type ParseIssue, type ParseResult } from '../issues';
import { areaTextIssues, cleanAreaFreeText, indicatorTextIssues } from '../catalog/catalog-text';
import { areaLoopIssues } from '../areas/area-loops';
import { lookalikeNameIssues } from '../areas/area-names';
import { parseAreasCsv, parseIndicatorsCsv } from '../catalog/parse-catalog';
import { parseObservationsCsv } from '../validation/parse-observations-csv';
import { validateObservations, type RawObservation } from '../validation/validate-observations';
import { OBSERVATION_FIELDS } from '../observations/header-aliases';
import { oversizedJsonStrings } from '../validation/upload-limits';

/** The built-in dataset and every upload go through this same parser. */
/**
 * The files as the page holds them: the catalog, and the observations in columns. A clean canonical
 * observations.csv (what publishing writes) is streamed straight into columns; any other file is read
 * by the general reader, which names every issue. `observationRows` is the file's row count.
 */
export function parseDatasetFilesTabular(files: DatasetFiles): ParseResult<TabularDataset & { observationRows: number }> {
  const read = readCatalogFiles(files);
  const fast = read && withCanonical(files, read, readCanonicalObservations(files.observations, read.areas.data, read.indicators.data));
  if (fast) return fast;
  const parsed = parseDatasetFiles(files);
  if (!parsed.ok) return parsed;
  return { ...parsed, data: { ...tabular(parsed.data), observationRows: countRows(files.observations) } };
}

export function parseDatasetFiles(files: DatasetFiles): ParseResult<Dataset> {
  const areas = parseAreasCsv(files.areas);
  const indicators = parseIndicatorsCsv(files.indicators);
  if (!areas.ok || !indicators.ok)
    return { ok: false, issues: [...(areas.ok ? [] : inFile('areas.csv', areas.issues)), ...(indicators.ok ? [] : inFile('indicators.csv', indicators.issues))] };
  const observations = parseObservationsCsv(files.observations, { areas: areas.data, indicators: indicators.data });
  const extras = readExtras(files, areas.data, indicators.data);
  if (!observations.ok) return { ok: false, issues: [...observations.issues, ...(extras.ok ? [] : extras.issues)] };
  if (!extras.ok) return { ok: false, issues: extras.issues };
  return {
    ok: true,
    data: { areas: areas.data, indicators: indicators.data, observations: observations.data.observations, ...extras.extras },
    warnings: [...areas.warnings, ...indicators.warnings, ...observations.warnings, ...extras.issues],
  };
}

const cell = z.optional(z.union([z.string(), z.number(), z.null()]));
const jsonSchema = z.object({
  areas: z.array(areaSchema),
  indicators: z.array(indicatorSchema),
  observations: z.array(z.object(Object.fromEntries(OBSERVATION_FIELDS.map((f) => [f, cell])))),
});

export interface JsonDatasetFile {
  areas: Area[];
  indicators: Indicator[];
  raws: RawObservation[];
  /** Observations in the file, the ones left out included. */
  rowCount: number;
  /** Observations left out before validation (a cell over the length limit), each located. */
  issues: ParseIssue[];
}

/**
 * Reads the canonical JSON's shape: { areas, indicators, observations } with the CSV's field names.
 * Its catalog's ids, names and units are checked like any upload's text (catalog-text.ts); a
 * control or invisible character there stops the file, a formula-like name is a warning; so do a
 * parent or predecessor loop and two sibling units whose names look the same.
 */
export function readDatasetJson(text: string): { ok: true; file: JsonDatasetFile; warnings: ParseIssue[] } | { ok: false; issues: ParseIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, issues: [issue('error', 'invalid-json', {}, { vi: `Không phải JSON hợp lệ: ${(e as Error).message}`, en: `Not valid JSON: ${(e as Error).message}` })] };
  }
  const parsed = jsonSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((p) => {
        const [list, index, field] = p.path;
        return issue('error', 'invalid-json-shape', { row: typeof index === 'number' ? index + 1 : null, column: [list, field].filter((x) => x !== undefined).join('.') }, { vi: `JSON sai cấu trúc: ${p.message}`, en: `Wrong JSON structure: ${p.message}` });
      }),
    };
  const { indicators } = parsed.data as { indicators: Indicator[] };
  const areaPlace = (index: number, field: string) => ({ row: index + 1, column: `areas.${field}` });
  const { areas, issues: cleaned } = cleanAreaFreeText(parsed.data.areas as Area[], areaPlace);
  const textIssues = [
    ...areaTextIssues(areas, areaPlace),
    ...indicatorTextIssues(indicators, (index, field) => ({ row: index + 1, column: `indicators.${field}` })),
    ...cleaned,
    ...areaLoopIssues(areas, areaPlace),
    ...lookalikeNameIssues(areas, (index) => areaPlace(index, 'name')),
  ];
  if (textIssues.some(isError)) return { ok: false, issues: textIssues };
  const tooLong = oversizedJsonStrings(parsed.data);
  if (tooLong.catalog.length > 0) return { ok: false, issues: tooLong.catalog };
  const raws = parsed.data.observations.flatMap((cells, index) => (tooLong.rows.has(index) ? [] : [{ row: index + 1, cells, columnNames: {} }]));
  return { ok: true, file: { areas, indicators, raws, rowCount: parsed.data.observations.length, issues: tooLong.observations }, warnings: textIssues };
}

/** Parses the canonical JSON into a dataset validated against its own catalog. */
export function parseDatasetJson(text: string): ParseResult<Dataset> {
  const read = readDatasetJson(text);
  if (!read.ok) return read;
  const { areas, indicators, raws } = read.file;
  const validated = validateObservations(raws, { areas, indicators, numberLocale: 'en' });
  return resultOf({ areas, indicators, observations: validated.observations }, [...read.warnings, ...read.file.issues, ...validated.issues]);
}
