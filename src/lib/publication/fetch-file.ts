import { classifyNetworkFailure, connectSrcAllows, type Answer } from '../../domain/publication/load-plan';
import type { LoadFailure, PublicationFile } from '../../domain/publication/load-failure';

/** A file of the publication as the server answered, or why nothing came back. */
export type Fetched =
  | { ok: true; answer: Answer; bytes: Uint8Array; overLimit: boolean }
  | { ok: false; failure: LoadFailure };

export interface FetchOptions {
  timeoutMs: number;
  /** no-store for config.json and manifest.json (always the network), no-cache for the files (revalidated). */
  cache: RequestCache;
  /** Reading stops past this many bytes (`overLimit`): nothing from outside is read unbounded. */
  maxBytes: number;
}

const appOrigin = () => window.location.origin;
const pagePolicy = () => document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? null;

/** Reads at most `maxBytes + 1` bytes of a body. */
async function readCapped(response: Response, maxBytes: number): Promise<{ bytes: Uint8Array; overLimit: boolean }> {
  // A declared length within the limit: one native read, no copy of chunks on the page.
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (response.ok && Number.isInteger(declared) && declared <= maxBytes && !response.headers.get('content-encoding')) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, overLimit: bytes.byteLength > maxBytes };
  }
  const reader = response.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(await response.arrayBuffer()), overLimit: false };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { bytes: concat(chunks, total), overLimit: true };
    }
  }
  return { bytes: concat(chunks, total), overLimit: false };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The server is there but refuses this page CORS: an opaque no-cors request still gets through. */
const reachableWithoutCors = (url: string) =>
  fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(4000) }).then(
    () => true,
    () => false,
  );

/** One GET with a timeout over the whole answer, body included; each failure located. */
export async function fetchFile(url: string, file: PublicationFile, options: FetchOptions): Promise<Fetched> {
  const seconds = Math.round(options.timeoutMs / 1000);
  const facts = { seconds, online: navigator.onLine, appOrigin: appOrigin(), cspBlocked: false, reachableWithoutCors: false };
  // Asking would only raise a CSP violation report; say so instead.
  if (!connectSrcAllows(pagePolicy(), url, facts.appOrigin)) return { ok: false, failure: classifyNetworkFailure(url, file, { ...facts, cause: 'network', cspBlocked: true }) };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), options.timeoutMs);
  try {
    const response = await fetch(url, { cache: options.cache, credentials: 'omit', signal: controller.signal });
    const { bytes, overLimit } = await readCapped(response, options.maxBytes);
    const answer: Answer = {
      status: response.status,
      statusText: response.statusText,
      contentType: response.headers.get('content-type') ?? '',
      head: new TextDecoder().decode(bytes.subarray(0, 512)),
    };
    return { ok: true, answer, bytes, overLimit };
  } catch {
    const crossOrigin = new URL(url).origin !== facts.appOrigin;
    const online = navigator.onLine;
    const probe = !timedOut && online && crossOrigin ? await reachableWithoutCors(url) : false;
    return { ok: false, failure: classifyNetworkFailure(url, file, { ...facts, online, cause: timedOut ? 'timeout' : 'network', reachableWithoutCors: probe }) };
  } finally {
    clearTimeout(timer);
  }
}
