import { z } from '../zod';
import { formatBytes, LIMITS } from '../limits';

/**
 * The deployment's `config.json` beside index.html: where the published data folder is. It is
 * read at run time, so IT can point the built app at another folder without a rebuild. The file
 * is optional; without it the data is the `data/` folder beside index.html.
 */
export const DEFAULT_DATA_URL = 'data/';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** An http(s) address without credentials, query or fragment, or a plain path relative to index.html. */
export function isAllowedDataUrl(value: string): boolean {
  if (!SCHEME.test(value)) return !value.startsWith('//') && !/[\\?#\s]/.test(value) && ![...value].some((c) => c.charCodeAt(0) < 0x20);
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.search && !url.hash;
  } catch {
    return false;
  }
}

export const configSchema = z.strictObject({
  dataUrl: z.optional(
    z.string().check(
      z.minLength(1),
      z.maxLength(LIMITS.dataUrlChars),
      z.refine(isAllowedDataUrl, 'must be an http(s) address such as "https://data.example.vn/chi-tieu-data/" or a relative path such as "data/"'),
    ),
  ),
});

export type ReadConfig = { ok: true; dataUrl: string } | { ok: false; problem: string };

/** A folder's address ends with "/", so file names resolve inside it. */
export const asFolder = (url: string): string => (url.endsWith('/') ? url : `${url}/`);

const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 120));

/** The text of config.json → the data folder's address as written (relative or absolute), or what is wrong. */
export function readConfig(text: string): ReadConfig {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > LIMITS.configBytes) return { ok: false, problem: `the file is ${formatBytes(bytes)}; at most ${formatBytes(LIMITS.configBytes)}` };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = configSchema.safeParse(json);
  if (parsed.success) return { ok: true, dataUrl: asFolder(parsed.data.dataUrl ?? DEFAULT_DATA_URL) };
  const first = parsed.error.issues[0];
  const path = first?.path ?? [];
  const found = path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], json);
  const where = path.length > 0 ? `${path.join('.')}: ` : '';
  return { ok: false, problem: `${where}${first?.message ?? 'invalid'}${path.length > 0 ? `, found ${shown(found)}` : ''}` };
}

/** The data folder as an absolute address, resolved against the folder of index.html. */
export const resolveDataUrl = (dataUrl: string, appBase: string): string => new URL(asFolder(dataUrl), appBase).href;
