/**
 * The size limits of everything that comes from outside: files, links and stored values.
 * Each is checked at the boundary, before any parsing, and named in the message that refuses
 * an input and in the README's paragraph of limits. Large inputs within these limits must work.
 */
export const LIMITS = {
  /** An uploaded CSV or JSON file (a million rows of the canonical CSV is about 100 MB). */
  uploadBytes: 128 * 1024 * 1024,
  /** Files in one upload (the communes' workbooks dropped together), all of them within uploadBytes. */
  uploadFiles: 100,
  /** Columns of an uploaded CSV (a wide file: 50 indicators × 10 years × plan and actual). */
  uploadColumns: 1_000,
  /** Characters in one cell of an uploaded file. */
  cellChars: 10_000,
  /** A presentation deck file (JSON). */
  deckBytes: 1024 * 1024,
  /** Slides in one deck. */
  deckSlides: 500,
  /** Characters in a slide's title. */
  slideTitleChars: 300,
  /** A scoring-scheme file (JSON). */
  schemeBytes: 256 * 1024,
  /** The scheme carried in a ranking link (the `scheme` query value), in characters. */
  schemeLinkChars: 16 * 1024,
  /** Criteria in one scoring scheme. */
  schemeCriteria: 200,
  /** The deployment's `config.json` beside index.html. */
  configBytes: 16 * 1024,
  /** Characters in config.json's `dataUrl`. */
  dataUrlChars: 2_000,
  /** A published folder's `manifest.json`. */
  manifestBytes: 256 * 1024,
  /** The awards file (awards.csv): a province's communes over decades fit many times over. */
  awardsBytes: 2 * 1024 * 1024,
  /** The main-targets file (main-targets.csv): ~20 targets × 3,300 units × a decade is ~90 MB, so a province's lists, not the country's. */
  mainTargetsBytes: 4 * 1024 * 1024,
  /** One file of a published folder (as an upload: a million rows is about 100 MB). */
  publishedFileBytes: 128 * 1024 * 1024,
  /**
   * An office workbook (.xlsx, .xlsm, .ods) unzipped, all its parts together, as its zip directory
   * declares them before anything is inflated: a 10 MB workbook of figures is 60 to 100 MB of XML.
   */
  workbookUnzippedBytes: 192 * 1024 * 1024,
  /** One part of a workbook unzipped (a sheet's XML): a zip bomb is one small part that inflates past this. */
  workbookPartBytes: 96 * 1024 * 1024,
  /**
   * Unzipped over zipped, for a workbook over 8 MB unzipped: sheet XML compresses 5 to 100 times, and
   * deflate cannot pass about 1,032; more is parts that overlap in the file (a bomb of the other kind).
   */
  workbookZipRatio: 1_000,
  /** Sheets in one workbook (a department's report has a few, a commune template one per commune at most). */
  workbookSheets: 100,
  /** Cells in one sheet by its dimension (rows × columns): a province's 38 communes × 100 columns is 4,000. */
  workbookSheetCells: 500_000,
  /** Non-empty cells of every sheet read at once (they cross from the worker to the page). */
  workbookCells: 2_000_000,
  /** Characters of a sheet's name as shown (Excel allows 31; an .ods any number). */
  sheetNameChars: 100,
} as const;

/**
 * The years a figure may have and a catalog date may fall in (a unit's validity): a year 0000 or
 * 9999 is a typing slip, never a report's. A unit older than 1900 leaves its start date empty.
 */
export const YEARS = { first: 1900, last: 2100 } as const;

/** Whether an ISO date (YYYY-MM-DD) lies in the years above. */
export const dateInYears = (iso: string): boolean => iso >= `${YEARS.first}-01-01` && iso <= `${YEARS.last}-12-31`;

/** "128 MB", "1 MB", "256 kB": a byte limit as a person reads it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} kB`;
  return `${bytes} B`;
}
