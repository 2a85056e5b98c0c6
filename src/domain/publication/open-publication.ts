import type { CanonicalRead } from '../canonical-observations';
import { parseDatasetFilesTabular, readCatalogFiles, withCanonical } from '../dataset-io';
import { catalogExtrasOf, type TabularDataset } from '../dataset-index';
import { isError, type ParseIssue } from '../issues';
import type { Area, Indicator } from '../model';
import { optionalTexts, type AnyDataFileName, type Manifest } from './manifest';
import { checkFile, type DataFiles, type FileMismatch } from './manifest-files';

export type PublicationFiles = DataFiles;

export type OpenedPublication =
  | { ok: true; data: TabularDataset; warnings: ParseIssue[] }
  | { ok: false; mismatches: FileMismatch[]; issues: ParseIssue[] };

/**
 * Reads a canonical observations.csv given as bytes (the worker reads it in parts, in parallel); the
 * default decodes it and reads it here.
 */
export type CanonicalBytesReader = (bytes: Uint8Array, areas: readonly Area[], indicators: readonly Indicator[]) => Promise<CanonicalRead>;

/**
 * A publication's files → its dataset, only when every file is the one its manifest names
 * (size, SHA-256, rows) and the whole parses: never a partial dataset. Runs in the Web Worker.
 * The observations are counted by the reading itself, not by a parse of their own; they are read
 * while the checksums are computed, and the reading is thrown away if a file is not the one named.
 */
export async function openPublication(manifest: Manifest, files: PublicationFiles, readCanonical?: CanonicalBytesReader): Promise<OpenedPublication> {
  const checking = Promise.all(manifest.files.map((entry) => {
    const bytes = files[entry.name];
    // A listed file that did not arrive is a file of the wrong size: never a partial dataset.
    return bytes ? checkFile(entry, bytes, { rows: entry.name !== 'observations.csv' }) : Promise.resolve({ name: entry.name, field: 'bytes' as const, expected: entry.bytes, found: 0 });
  }));
  // A file missing or of the wrong size is known at once: then nothing is read.
  const sized = manifest.files.every((entry) => files[entry.name]?.byteLength === entry.bytes);
  const [checked, parsed] = await Promise.all([checking, sized ? parsePublication(manifest, files, readCanonical) : null]);
  const mismatches = checked.filter((m): m is FileMismatch => m !== null);
  if (mismatches.length > 0 || !parsed) return { ok: false, mismatches, issues: [] };
  const expected = manifest.files.find((f) => f.name === 'observations.csv')?.rows;
  if (parsed.ok && parsed.data.observationRows !== expected)
    return { ok: false, mismatches: [{ name: 'observations.csv', field: 'rows', expected: expected ?? 0, found: parsed.data.observationRows }], issues: [] };
  if (parsed.ok) return { ok: true, data: { areas: parsed.data.areas, indicators: parsed.data.indicators, ...catalogExtrasOf(parsed.data), table: parsed.data.table }, warnings: parsed.warnings };
  return { ok: false, mismatches: [], issues: parsed.issues.filter(isError).slice(0, 20) };
}

async function parsePublication(manifest: Manifest, files: PublicationFiles, readCanonical: CanonicalBytesReader | undefined) {
  const text = (name: AnyDataFileName) => new TextDecoder().decode(files[name]);
  const optional = optionalTexts((name) => (manifest.files.some((f) => f.name === name) ? text(name) : undefined));
  const catalog = { areas: text('areas.csv'), indicators: text('indicators.csv'), ...optional };
  const read = readCanonical && readCatalogFiles(catalog);
  const fast = read && withCanonical(catalog, read, await readCanonical(files['observations.csv'], read.areas.data, read.indicators.data));
  return fast ?? parseDatasetFilesTabular({ ...catalog, observations: text('observations.csv') });
}
