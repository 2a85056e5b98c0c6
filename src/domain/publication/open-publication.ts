import type { CanonicalRead } from '../observations/canonical-observations';
import { readCatalogFiles, withCanonical, type CatalogRead } from '../dataset/catalog-read';
import { catalogExtrasOf, type TabularDataset } from '../dataset/dataset-index';
import { isError, type ParseIssue } from '../issues';
import type { Area, Indicator } from '../model';
import { optionalTexts, type AnyDataFileName, type Manifest } from './manifest';
import { checkFile, type DataFiles, type FileMismatch } from './manifest-files';

export type PublicationFiles = DataFiles;

export type OpenedPublication =
  | { ok: true; data: TabularDataset; warnings: ParseIssue[] }
  | { ok: false; mismatches: FileMismatch[]; issues: ParseIssue[] };

/** The catalog's areas and indicators, whose places the fast reading of observations looks up. */
export interface CatalogPlaces {
  areas: readonly Area[];
  indicators: readonly Indicator[];
}

/**
 * Reads a canonical observations.csv given as bytes (the worker reads it in parts, in parallel), in two
 * steps: given the bytes it starts (the parts decode while the catalog is read), given the catalog it
 * reads, or gives null when the catalog did not parse (then the general reading names every issue).
 * Without a reader, the general reading reads everything here.
 */
export type CanonicalBytesReader = (bytes: Uint8Array) => (catalog: CatalogPlaces | null) => Promise<CanonicalRead | null>;

/**
 * A publication's files → its dataset, only when every file is the one its manifest names
 * (size, SHA-256, rows) and the whole parses: never a partial dataset. Runs in the Web Worker.
 * The observations are counted by the reading itself, not by a parse of their own; they are read
 * while the checksums are computed, and the reading is thrown away if a file is not the one named.
 * `catalogRead`: areas.csv and indicators.csv as readCatalogFiles read them, when the caller read these
 * very bytes already (while the files downloaded).
 */
export async function openPublication(manifest: Manifest, files: PublicationFiles, readCanonical?: CanonicalBytesReader, catalogRead?: CatalogRead): Promise<OpenedPublication> {
  // A file missing or of the wrong size is known at once: then nothing is read.
  const sized = manifest.files.every((entry) => files[entry.name]?.byteLength === entry.bytes);
  // The reading starts first: Chromium computes a SHA-256 in the calling thread (some 200 ms for 128 MB),
  // which would hold back the parts' readers.
  const parsing = sized ? parsePublication(manifest, files, readCanonical, catalogRead) : null;
  const checking = Promise.all(manifest.files.map((entry) => {
    const bytes = files[entry.name];
    // A listed file that did not arrive is a file of the wrong size: never a partial dataset.
    return bytes ? checkFile(entry, bytes, { rows: entry.name !== 'observations.csv' }) : Promise.resolve({ name: entry.name, field: 'bytes' as const, expected: entry.bytes, found: 0 });
  }));
  const [checked, parsed] = await Promise.all([checking, parsing]);
  const mismatches = checked.filter((m): m is FileMismatch => m !== null);
  if (mismatches.length > 0 || !parsed) return { ok: false, mismatches, issues: [] };
  const expected = manifest.files.find((f) => f.name === 'observations.csv')?.rows;
  if (parsed.ok && parsed.data.observationRows !== expected)
    return { ok: false, mismatches: [{ name: 'observations.csv', field: 'rows', expected: expected ?? 0, found: parsed.data.observationRows }], issues: [] };
  if (parsed.ok) return { ok: true, data: { areas: parsed.data.areas, indicators: parsed.data.indicators, ...catalogExtrasOf(parsed.data), table: parsed.data.table }, warnings: parsed.warnings };
  return { ok: false, mismatches: [], issues: parsed.issues.filter(isError).slice(0, 20) };
}

async function parsePublication(manifest: Manifest, files: PublicationFiles, readCanonical: CanonicalBytesReader | undefined, catalogRead: CatalogRead | undefined) {
  const text = (name: AnyDataFileName) => new TextDecoder().decode(files[name]);
  const optional = optionalTexts((name) => (manifest.files.some((f) => f.name === name) ? text(name) : undefined));
  const catalog = { areas: text('areas.csv'), indicators: text('indicators.csv'), ...optional };
  // The general reader, which names every issue of a file that is not clean, is loaded only then.
  const general = async () => (await import('../dataset/dataset-io')).parseDatasetFilesTabular({ ...catalog, observations: text('observations.csv') });
  if (!readCanonical) return general();
  // The observations' readers start first and decode while the catalog is read here.
  const readWith = readCanonical(files['observations.csv']);
  const read = catalogRead ?? readCatalogFiles(catalog);
  // Asked for before this returns: the checksums computed next hold this thread for a while.
  const canonical = await readWith(read && { areas: read.areas.data, indicators: read.indicators.data });
  return (read && canonical && withCanonical(catalog, read, canonical)) ?? general();
}
