import { countRows } from '../csv/csv.ts';
import { ALL_DATA_FILES, MANIFEST_SCHEMA, sha256Hex, versionId, type AnyDataFileName, type DataFileName, type Manifest, type OptionalDataFileName, type ManifestFile } from './manifest.ts';

/** A folder's data files as bytes: the required three, and the optional ones it has. */
export type DataFiles = Record<DataFileName, Uint8Array> & Partial<Record<OptionalDataFileName, Uint8Array>>;

/** The manifest's other half: a file's bytes described and checked, rows counted by the app's own CSV parser. */

/** The manifest entry a file's bytes give. */
export async function describeFile(name: AnyDataFileName, bytes: Uint8Array): Promise<ManifestFile> {
  return { name, sha256: await sha256Hex(bytes), bytes: bytes.byteLength, rows: countRows(new TextDecoder().decode(bytes)) };
}

export interface FileMismatch {
  name: AnyDataFileName;
  field: 'bytes' | 'sha256' | 'rows';
  expected: string | number;
  found: string | number;
}

/** Where a file's bytes disagree with its manifest entry: size first (a truncated file), then checksum, then rows. */
export async function checkFile(entry: ManifestFile, bytes: Uint8Array, { rows: countTheRows = true } = {}): Promise<FileMismatch | null> {
  if (bytes.byteLength !== entry.bytes) return { name: entry.name, field: 'bytes', expected: entry.bytes, found: bytes.byteLength };
  const sha256 = await sha256Hex(bytes);
  if (sha256 !== entry.sha256) return { name: entry.name, field: 'sha256', expected: entry.sha256, found: sha256 };
  if (!countTheRows) return null;
  const rows = countRows(new TextDecoder().decode(bytes));
  if (rows !== entry.rows) return { name: entry.name, field: 'rows', expected: entry.rows, found: rows };
  return null;
}

/** Builds the manifest for a folder's files: the three required, and the optional ones (awards.csv, main-targets.csv) the folder has. */
export async function buildManifest(files: DataFiles, meta: { published: Date; publisher: string; note: string }): Promise<Manifest> {
  const entries = await Promise.all(ALL_DATA_FILES.flatMap((name) => { const bytes = files[name]; return bytes ? [describeFile(name, bytes)] : []; }));
  // The id's digits cover the whole publication, not the observations alone: the same data
  // published twice within a minute, or with other areas or another note, is another version.
  const publication = [meta.published.toISOString(), meta.publisher, meta.note, ...entries.map((e) => e.sha256)].join('\n');
  return {
    schema: MANIFEST_SCHEMA,
    version: versionId(meta.published, await sha256Hex(new TextEncoder().encode(publication))),
    published: meta.published.toISOString(),
    publisher: meta.publisher,
    note: meta.note,
    files: entries,
  };
}
