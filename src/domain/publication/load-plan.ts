import { readConfig } from './config';
import type { LoadFailure, PublicationFile } from './load-failure';
import { MANIFEST_SCHEMA, readManifest, readsSchema, type AnyDataFileName, type Manifest } from './manifest';

/**
 * The loader's decisions, as pure functions of what the network and storage returned: which
 * files to fetch, and which failure an answer is. The effects live in src/lib/publication.
 */

/** Files whose name, size and SHA-256 are unchanged since the last good version are taken from it, not fetched; only the files the manifest lists are asked for. */
export function planFetch(manifest: Manifest, lastGood: Manifest | null): { fetch: AnyDataFileName[]; reuse: AnyDataFileName[] } {
  const listed = manifest.files.map((f) => f.name);
  const same = (name: AnyDataFileName) => {
    const now = manifest.files.find((f) => f.name === name);
    const before = lastGood?.files.find((f) => f.name === name);
    return !!now && !!before && now.sha256 === before.sha256 && now.bytes === before.bytes;
  };
  return { fetch: listed.filter((name) => !same(name)), reuse: listed.filter(same) };
}

/** The last good version is the newest: nothing to fetch and nothing new to show. */
export const isSamePublication = (a: Manifest, b: Manifest): boolean => a.version === b.version && planFetch(a, b).fetch.length === 0;

/** What came back from an HTTP request, as far as the decisions need it. */
export interface Answer {
  status: number;
  statusText: string;
  contentType: string;
  /** The body's first characters, to recognise an HTML page served with another type. */
  head: string;
}

const HTML_START = /^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)/i;
export const looksLikeHtml = (answer: Pick<Answer, 'contentType' | 'head'>): boolean =>
  /\btext\/html\b|\bapplication\/xhtml\+xml\b/i.test(answer.contentType) || HTML_START.test(answer.head.replace(/^\uFEFF/, ''));

/** An answer that cannot be the file asked for: a 404, another error status, or an HTML page. */
export function classifyAnswer(url: string, file: PublicationFile, answer: Answer): LoadFailure | null {
  if (answer.status === 404 || answer.status === 410) return { kind: 'not-found', url, file };
  if (answer.status < 200 || answer.status > 299) return { kind: 'http', url, file, status: answer.status, statusText: answer.statusText };
  if (looksLikeHtml(answer)) return { kind: 'html', url, file, contentType: answer.contentType || 'no Content-Type' };
  return null;
}

/** What is known when fetch() itself failed (no HTTP answer at all). */
export interface NetworkFacts {
  cause: 'timeout' | 'network';
  seconds: number;
  /** navigator.onLine */
  online: boolean;
  /** The page's connect-src does not allow the address (checked before asking). */
  cspBlocked: boolean;
  /** A no-cors request to the same address got an (opaque) answer: the server is there but refuses CORS. */
  reachableWithoutCors: boolean;
  appOrigin: string;
}

export function classifyNetworkFailure(url: string, file: PublicationFile, facts: NetworkFacts): LoadFailure {
  const origin = new URL(url).origin;
  if (facts.cspBlocked) return { kind: 'csp', url, file, origin };
  if (facts.cause === 'timeout') return { kind: 'timeout', url, file, seconds: facts.seconds };
  if (!facts.online) return { kind: 'offline', url, file };
  if (origin !== facts.appOrigin && facts.reachableWithoutCors) return { kind: 'cors', url, file, origin, appOrigin: facts.appOrigin };
  return { kind: 'unreachable', url, file };
}

/**
 * config.json's answer → the data folder as written, or a failure. No config.json (404, or the
 * HTML page a single-page-app server sends for any missing path) means the default folder.
 */
export function configFromAnswer(url: string, answer: Answer, text: string): { ok: true; dataUrl: string } | { ok: false; failure: LoadFailure } {
  const failure = classifyAnswer(url, 'config.json', answer);
  if (failure?.kind === 'not-found' || failure?.kind === 'html') return readConfig('{}') as { ok: true; dataUrl: string };
  if (failure) return { ok: false, failure };
  const read = readConfig(text);
  return read.ok ? read : { ok: false, failure: { kind: 'config', url, file: 'config.json', problem: read.problem } };
}

/** manifest.json's text → the manifest, or the failure: not JSON, an unknown schema version, or invalid. */
export function manifestFromText(url: string, text: string): { ok: true; manifest: Manifest } | { ok: false; failure: LoadFailure } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, failure: { kind: 'not-json', url, file: 'manifest.json', problem: error instanceof Error ? error.message : String(error) } };
  }
  const schema = (json as { schema?: unknown } | null)?.schema;
  if (json !== null && typeof json === 'object' && !readsSchema(schema))
    return { ok: false, failure: { kind: 'schema', url, file: 'manifest.json', expected: MANIFEST_SCHEMA, found: schema === undefined ? 'none' : JSON.stringify(schema).slice(0, 80) } };
  const read = readManifest(json);
  return read.ok ? read : { ok: false, failure: { kind: 'manifest', url, file: 'manifest.json', problem: read.problem } };
}

/**
 * Whether a Content Security Policy lets the page fetch `target` (connect-src, else default-src).
 * Understands 'self', *, scheme sources (https:) and host sources with a "*." wildcard and port;
 * no policy allows everything.
 */
export function connectSrcAllows(policy: string | null, target: string, appOrigin: string): boolean {
  if (!policy) return true;
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name.toLowerCase(), values] as const),
  );
  const sources = directives.get('connect-src') ?? directives.get('default-src');
  if (!sources) return true;
  const url = new URL(target);
  return sources.some((source) => sourceMatches(source, url, appOrigin));
}

function sourceMatches(source: string, url: URL, appOrigin: string): boolean {
  const lower = source.toLowerCase();
  if (lower === "'self'") return url.origin === appOrigin;
  if (lower === '*') return url.protocol === 'http:' || url.protocol === 'https:';
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower)) return url.protocol === lower || (lower === 'http:' && url.protocol === 'https:');
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?/.exec(lower);
  if (!match) return false;
  const [, scheme, wildcard, host = '', port] = match;
  if (scheme && `${scheme}:` !== url.protocol && !(scheme === 'http' && url.protocol === 'https:')) return false;
  const hostOk = wildcard ? url.hostname.endsWith(`.${host}`) : url.hostname === host;
  const defaultPort = url.protocol === 'https:' ? '443' : '80';
  const portOk = port === '*' || (port ?? defaultPort) === (url.port || defaultPort);
  return hostOk && portOk;
}
