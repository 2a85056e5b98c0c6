import { LIMITS } from '../../domain/limits';
import { resolveDataUrl } from '../../domain/publication/config';
import type { LoadFailure } from '../../domain/publication/load-failure';
import { classifyAnswer, configFromAnswer, manifestFromText } from '../../domain/publication/load-plan';
import type { AnyDataFileName, Manifest } from '../../domain/publication/manifest';
import type { PublicationFiles } from '../../domain/publication/open-publication';
import { fetchFile, type BodyTap, type FetchOptions } from './fetch-file';

/** config.json and manifest.json are small: a network that cannot bring them in 4 s counts as offline. */
export const CHECK_TIMEOUT_MS = 4_000;
export const FILE_TIMEOUT_MS = 60_000;

/** The newest publication the deployment points at. */
export interface Latest {
  manifest: Manifest;
  /** The data folder, absolute, ending in "/". */
  dataUrl: string;
}

export type Check = { ok: true; latest: Latest } | { ok: false; failures: LoadFailure[] };

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** The folder of index.html: config.json sits beside it, and a relative dataUrl starts there. */
const appBase = () => new URL(import.meta.env.BASE_URL, window.location.origin).href;
const fail = (failure: LoadFailure): Check => ({ ok: false, failures: [failure] });

/** Where the data folder is: config.json's dataUrl (absolute), or the default folder when there is no config.json. */
export async function locateData(): Promise<{ ok: true; dataUrl: string } | { ok: false; failures: LoadFailure[] }> {
  const configUrl = new URL('config.json', appBase()).href;
  const config = await fetchFile(configUrl, 'config.json', { timeoutMs: CHECK_TIMEOUT_MS, cache: 'no-store', maxBytes: LIMITS.configBytes });
  if (!config.ok) return { ok: false, failures: [config.failure] };
  const where = configFromAnswer(configUrl, config.answer, decode(config.bytes));
  return where.ok ? { ok: true, dataUrl: resolveDataUrl(where.dataUrl, appBase()) } : { ok: false, failures: [where.failure] };
}

/** The manifest of the folder, always from the network. */
export async function readLatestManifest(dataUrl: string): Promise<Check> {
  const manifestUrl = new URL('manifest.json', dataUrl).href;
  const fetched = await fetchFile(manifestUrl, 'manifest.json', { timeoutMs: CHECK_TIMEOUT_MS, cache: 'no-store', maxBytes: LIMITS.manifestBytes });
  if (!fetched.ok) return fail(fetched.failure);
  const wrong = classifyAnswer(manifestUrl, 'manifest.json', fetched.answer);
  if (wrong) return fail(wrong);
  if (fetched.overLimit) return fail({ kind: 'too-large', url: manifestUrl, file: 'manifest.json', limit: LIMITS.manifestBytes });
  const read = manifestFromText(manifestUrl, decode(fetched.bytes));
  return read.ok ? { ok: true, latest: { manifest: read.manifest, dataUrl } } : fail(read.failure);
}

/** Network-first: config.json, then the manifest it points at; never the files. */
export async function checkLatest(): Promise<Check> {
  const where = await locateData();
  return where.ok ? readLatestManifest(where.dataUrl) : where;
}

/** One data file, refused when the answer is not it; read up to the size limit, so a larger file's size is said exactly. */
async function fetchDataFile(dataUrl: string, name: AnyDataFileName, expectedBytes: number, how: Pick<FetchOptions, 'tap' | 'onBytes' | 'signal'>): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; failure: LoadFailure }> {
  const url = new URL(name, dataUrl).href;
  const limit = LIMITS.publishedFileBytes;
  if (expectedBytes > limit) return { ok: false, failure: { kind: 'too-large', url, file: name, limit } };
  const fetched = await fetchFile(url, name, { timeoutMs: FILE_TIMEOUT_MS, cache: 'no-cache', maxBytes: limit, ...how });
  if (!fetched.ok) return fetched;
  const wrong = classifyAnswer(url, name, fetched.answer);
  if (wrong) return { ok: false, failure: wrong };
  if (fetched.overLimit) return { ok: false, failure: { kind: 'too-large', url, file: name, limit } };
  return { ok: true, bytes: fetched.bytes };
}

/** What reads a publication's observations.csv while it downloads: the file's bytes as they come, and the catalog's files once each has come. */
export interface ObservationsTap extends BodyTap {
  catalog(name: 'areas.csv' | 'indicators.csv', bytes: Uint8Array): void;
}

/** How the files are fetched: observations.csv read as it comes (`tap`), each file's bytes counted (`progress`), the person's Cancel (`signal`). */
export interface FetchFilesHow {
  tap?: ObservationsTap;
  progress?: (name: AnyDataFileName, received: number, declared: number | null) => void;
  signal?: AbortSignal;
}

/**
 * The files asked for, all or none: every failure is reported, not only the first. Without a
 * manifest yet (a first visit, when every file is needed anyway) sizes are checked afterwards.
 * With a tap, observations.csv is read as it comes (nothing of it is used unless every file passes).
 */
export async function fetchDataFiles(dataUrl: string, manifest: Manifest | null, names: readonly AnyDataFileName[], how: FetchFilesHow = {}): Promise<{ ok: true; files: Partial<PublicationFiles> } | { ok: false; failures: LoadFailure[] }> {
  const expected = (name: AnyDataFileName) => manifest?.files.find((f) => f.name === name)?.bytes ?? 0;
  const { tap, progress, signal } = how;
  const one = async (name: AnyDataFileName) => {
    const onBytes = progress && ((received: number, declared: number | null) => progress(name, received, declared));
    const fetched = await fetchDataFile(dataUrl, name, expected(name), { tap: name === 'observations.csv' ? tap : undefined, onBytes, signal });
    if (fetched.ok && tap && (name === 'areas.csv' || name === 'indicators.csv')) tap.catalog(name, fetched.bytes);
    return fetched;
  };
  const results = await Promise.all(names.map(async (name) => [name, await one(name)] as const));
  const failures = results.flatMap(([, r]) => (r.ok ? [] : [r.failure]));
  if (failures.length > 0) return { ok: false, failures };
  return { ok: true, files: Object.fromEntries(results.map(([name, r]) => [name, r.ok ? r.bytes : new Uint8Array()])) };
}
