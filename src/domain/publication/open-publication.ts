import { parseDatasetFilesTabular } from '../dataset-io';
import { catalogExtrasOf, type TabularDataset } from '../dataset-index';
import { isError, type ParseIssue } from '../issues';
import { optionalTexts, type AnyDataFileName, type Manifest } from './manifest';
import { checkFile, type DataFiles, type FileMismatch } from './manifest-files';

export type PublicationFiles = DataFiles;

export type OpenedPublication =
  | { ok: true; data: TabularDataset; warnings: ParseIssue[] }
  | { ok: false; mismatches: FileMismatch[]; issues: ParseIssue[] };

/**
 * A publication's files → its dataset, only when every file is the one its manifest names
 * (size, SHA-256, rows) and the whole parses: never a partial dataset. Runs in the Web Worker.
 * The observations are counted by the reading itself, not by a parse of their own.
 */
export async function openPublication(manifest: Manifest, files: PublicationFiles): Promise<OpenedPublication> {
  const checked = await Promise.all(manifest.files.map((entry) => {
    const bytes = files[entry.name];
    // A listed file that did not arrive is a file of the wrong size: never a partial dataset.
    return bytes ? checkFile(entry, bytes, { rows: entry.name !== 'observations.csv' }) : Promise.resolve({ name: entry.name, field: 'bytes' as const, expected: entry.bytes, found: 0 });
  }));
  const mismatches = checked.filter((m): m is FileMismatch => m !== null);
  if (mismatches.length > 0) return { ok: false, mismatches, issues: [] };
  const text = (name: AnyDataFileName) => new TextDecoder().decode(files[name]);
  const optional = optionalTexts((name) => (manifest.files.some((f) => f.name === name) ? text(name) : undefined));
  const parsed = parseDatasetFilesTabular({ areas: text('areas.csv'), indicators: text('indicators.csv'), observations: text('observations.csv'), ...optional });
  const expected = manifest.files.find((f) => f.name === 'observations.csv')?.rows;
  if (parsed.ok && parsed.data.observationRows !== expected)
    return { ok: false, mismatches: [{ name: 'observations.csv', field: 'rows', expected: expected ?? 0, found: parsed.data.observationRows }], issues: [] };
  if (parsed.ok) return { ok: true, data: { areas: parsed.data.areas, indicators: parsed.data.indicators, ...catalogExtrasOf(parsed.data), table: parsed.data.table }, warnings: parsed.warnings };
  return { ok: false, mismatches: [], issues: parsed.issues.filter(isError).slice(0, 20) };
}
