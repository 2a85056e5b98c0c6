import { z } from '../zod.ts';

/**
 * A published data folder: `manifest.json` beside the canonical CSVs. The manifest names the
 * version and, for each file, its SHA-256, byte size and row count, so a reader can tell a
 * complete publication from a partial, truncated or substituted one before showing a figure.
 * Checking a file against its entry parses the CSV (PapaParse): that half is manifest-files.ts,
 * so the page, which only reads manifests, does not load the parser.
 */
export const MANIFEST_SCHEMA = 'chi-tieu-data/2';
/**
 * The schemas this app reads: 1, written before periods within the year (its observations.csv has at most
 * the history column), and 2, whose observations.csv may carry the period column. The files of both read
 * the same way (the canonical reader takes every width written so far); publish writes the newest.
 */
export const READ_SCHEMAS = ['chi-tieu-data/1', MANIFEST_SCHEMA] as const;
export const readsSchema = (schema: unknown): boolean => (READ_SCHEMAS as readonly unknown[]).includes(schema);
export const DATA_FILES = ['areas.csv', 'indicators.csv', 'observations.csv'] as const;
export type DataFileName = (typeof DATA_FILES)[number];
/** Files a publication may have: a folder without them (published before awards or main-target lists existed) still loads. */
export const OPTIONAL_DATA_FILES = ['awards.csv', 'main-targets.csv'] as const;
export type OptionalDataFileName = (typeof OPTIONAL_DATA_FILES)[number];
/** Where each optional file goes in the parser's input (DatasetFiles). */
export const OPTIONAL_FILE_FIELDS = { 'awards.csv': 'awards', 'main-targets.csv': 'mainTargets' } as const satisfies Record<OptionalDataFileName, string>;

/** The optional files' texts as the parser takes them: only those given. */
export function optionalTexts(text: (name: OptionalDataFileName) => string | undefined): Partial<Record<(typeof OPTIONAL_FILE_FIELDS)[OptionalDataFileName], string>> {
  return Object.fromEntries(OPTIONAL_DATA_FILES.flatMap((name) => {
    const value = text(name);
    return value === undefined ? [] : [[OPTIONAL_FILE_FIELDS[name], value]];
  }));
}
export type AnyDataFileName = DataFileName | OptionalDataFileName;
export const ALL_DATA_FILES: readonly AnyDataFileName[] = [...DATA_FILES, ...OPTIONAL_DATA_FILES];

/** A publication's version id: letters, digits, . _ - (at most 80). */
export const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

const fileEntry = z.object({
  name: z.enum([...DATA_FILES, ...OPTIONAL_DATA_FILES]),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a SHA-256 in 64 lowercase hex digits')),
  bytes: z.number().check(z.int(), z.gte(0)),
  rows: z.number().check(z.int(), z.gte(0)),
});

export const manifestSchema = z
  .object({
    schema: z.enum(READ_SCHEMAS),
    /** Unique per publication; a new publication is a new id, never an edited one. */
    version: z.string().check(z.regex(VERSION_PATTERN, 'letters, digits, . _ - (at most 80)')),
    /** When it was published (ISO 8601 date-time). */
    published: z.iso.datetime({ offset: true }),
    publisher: z.string().check(z.maxLength(200)),
    note: z.string().check(z.maxLength(2000)),
    files: z.array(fileEntry).check(z.minLength(DATA_FILES.length), z.maxLength(ALL_DATA_FILES.length)),
  })
  .check(
    z.refine((m) => DATA_FILES.every((name) => m.files.some((f) => f.name === name)) && new Set(m.files.map((f) => f.name)).size === m.files.length, {
      message: `files must list ${DATA_FILES.join(', ')} once each (and ${OPTIONAL_DATA_FILES.join(', ')} at most once)`,
      path: ['files'],
    }),
  );

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestFile = Manifest['files'][number];

/** What is wrong with a manifest, in words; the schema version is checked first so an unknown one says so plainly. */
export function readManifest(json: unknown): { ok: true; manifest: Manifest } | { ok: false; problem: string } {
  const schema = (json as { schema?: unknown } | null)?.schema;
  if (typeof json === 'object' && json !== null && !readsSchema(schema))
    return { ok: false, problem: `schema: expected "${MANIFEST_SCHEMA}", found ${JSON.stringify(schema ?? null)?.slice(0, 80)}` };
  const parsed = manifestSchema.safeParse(json);
  if (parsed.success) return { ok: true, manifest: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, problem: `${first?.path.join('.') || 'manifest'}: ${first?.message ?? 'invalid'}` };
}

/** The SHA-256 of bytes as lowercase hex (WebCrypto: the browser and Node alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new publication's id: its time and the first digits of the publication's checksum, e.g. "20261128T0930Z-3fa9c2". */
export function versionId(published: Date, publicationSha256: string): string {
  const stamp = published.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace(/(\d{4})\d{2}Z$/, '$1Z');
  return `${stamp}-${publicationSha256.slice(0, 6)}`;
}

export const manifestToJson = (manifest: Manifest): string => `${JSON.stringify(manifest, null, 2)}\n`;
