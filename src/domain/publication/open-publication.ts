import { parseDatasetFiles } from '../dataset-io';
import { isError, type ParseIssue } from '../issues';
import type { Dataset } from '../model';
import { checkFile, type DataFileName, type FileMismatch, type Manifest } from './manifest';

export type PublicationFiles = Record<DataFileName, Uint8Array>;

export type OpenedPublication =
  | { ok: true; data: Dataset; warnings: ParseIssue[] }
  | { ok: false; mismatches: FileMismatch[]; issues: ParseIssue[] };

/**
 * A publication's files → its dataset, only when every file is the one its manifest names
 * (size, SHA-256, rows) and the whole parses: never a partial dataset. Runs in the Web Worker.
 */
export async function openPublication(manifest: Manifest, files: PublicationFiles): Promise<OpenedPublication> {
  const checked = await Promise.all(manifest.files.map((entry) => checkFile(entry, files[entry.name])));
  const mismatches = checked.filter((m): m is FileMismatch => m !== null);
  if (mismatches.length > 0) return { ok: false, mismatches, issues: [] };
  const text = (name: DataFileName) => new TextDecoder().decode(files[name]);
  const parsed = parseDatasetFiles({ areas: text('areas.csv'), indicators: text('indicators.csv'), observations: text('observations.csv') });
  if (parsed.ok) return parsed;
  return { ok: false, mismatches: [], issues: parsed.issues.filter(isError).slice(0, 20) };
}
