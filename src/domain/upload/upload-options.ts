import type { Award } from '../awards';
import type { MainTarget } from '../main-targets';
import type { Area, Indicator, Observation } from '../model';
import type { NumberLocale } from '../numbers/numbers';
import type { TextEncodingName } from '../text/decode';
import type { ColumnTarget } from './column-mapping';
import type { CatalogMode } from './area-catalog-diff';
import type { FormOptions } from '../workbook/form-options';

/** What an upload is read against (the catalog) and how (the analyst's choices): shared by both readers. */
export interface Catalog {
  areas: readonly Area[];
  indicators: readonly Indicator[];
  /** The dataset's awards and lists of main targets, which an awards.csv or main-targets.csv upload merges into. */
  awards?: readonly Award[];
  mainTargets?: readonly MainTarget[];
  /** The current dataset's observations, to flag figures far off their history. */
  history?: readonly Observation[];
}

export interface UploadOptions {
  encoding?: TextEncodingName;
  numberLocale?: NumberLocale | 'auto';
  /** The analyst's mapping, one target per column; omitted → proposed from the headers. */
  targets?: ColumnTarget[];
  /** Indicator names in the file mapped to catalog ids by the analyst. */
  indicatorAliases?: Record<string, string>;
  /** Indicators the analyst defined during this upload; they join the catalog on commit. */
  extraIndicators?: Indicator[];
  /** Area names in the file mapped to catalog ids by the analyst (or remembered from an earlier upload). */
  areaAliases?: Record<string, string>;
  /** Areas the analyst defined during this upload; they join the catalog on commit. */
  extraAreas?: Area[];
  /** For an areas catalog file: add and update (default), or replace the whole catalog. */
  catalogMode?: CatalogMode;
  /** An office workbook: the sheets to read, per file name; the first visible sheet with cells when absent. */
  sheets?: Record<string, string[]>;
  /** The analyst's choices over an office form's guesses: header row, year, unit column, a long form's unit (id or name). */
  form?: FormOptions & { area?: string };
  /** Several files: a file with errors gives its good rows too (otherwise none of its rows go in). */
  keepGoodRows?: boolean;
}
