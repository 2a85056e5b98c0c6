import { classifyNetworkFailure, connectSrcAllows, type Answer } from '../../domain/publication/load-plan';
import type { LoadFailure, PublicationFile } from '../../domain/publication/load-failure';
import { LoadCancelledError } from '../dataset/dataset-errors';

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
  /** Where the body's bytes also go as they come, if it wants them. */
  tap?: BodyTap;
  /** Told the bytes read so far as they come (0 when the headers come), with the declared length. */
  onBytes?: BytesSeen;
  /** The person's Cancel: the request is aborted and LoadCancelledError thrown (a timeout is a failure instead). */
  signal?: AbortSignal;
}

export type BytesSeen = (received: number, declared: number | null) => void;

/** A reader of a body as it downloads (a large observations.csv, read in the dataset worker meanwhile). */
export interface BodyTap {
  /** A good answer has come, of this declared size (null when not declared): whether its bytes are wanted. */
  begin(bytes: number | null): boolean;
  /** The body's next bytes, copied for the answer already: the tap may keep them. */
  chunk(bytes: Uint8Array): void;
  /** The body has all come (not called when reading stopped). */
  end(): void;
}

const appOrigin = () => window.location.origin;
const pagePolicy = () => document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? null;

/** Reads at most `maxBytes + 1` bytes of a body; a tap that wants them sees them as they come, and `onBytes` hears how many. */
export async function readCapped(response: Response, maxBytes: number, tap?: BodyTap, onBytes?: BytesSeen): Promise<{ bytes: Uint8Array; overLimit: boolean }> {
  const header = Number(response.headers.get('content-length') ?? NaN);
  // The length of the bytes read, when declared within the limit (a compressed body's is not theirs).
  const declared = Number.isInteger(header) && header <= maxBytes && !response.headers.get('content-encoding') ? header : null;
  const tapped = response.ok && response.body !== null && tap?.begin(declared) === true;
  const counted = response.ok && response.body !== null && onBytes !== undefined;
  if (counted) onBytes(0, declared);
  // A declared length within the limit, read by nobody else as it comes: one native read, no copy of chunks on the page.
  if (!tapped && !counted && response.ok && declared !== null) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, overLimit: bytes.byteLength > maxBytes };
  }
  const reader = response.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(await response.arrayBuffer()), overLimit: false };
  // Bytes go into one buffer of the declared length while they fit it, then into a list of chunks.
  let sized = (tapped || counted) && declared !== null ? new Uint8Array(declared) : null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (sized && total + value.byteLength <= sized.byteLength) sized.set(value, total);
    else {
      if (sized) chunks.push(sized.subarray(0, total));
      sized = null;
      chunks.push(value);
    }
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { bytes: concat(chunks, total), overLimit: true };
    }
    // A chunk kept in the list is the answer's: the tap gets a copy.
    if (tapped) tap.chunk(sized ? value : value.slice());
    if (counted) onBytes(total, declared);
  }
  if (tapped) tap.end();
  return { bytes: sized ? sized.subarray(0, total) : concat(chunks, total), overLimit: false };
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
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel);
  try {
    if (options.signal?.aborted) throw new LoadCancelledError();
    const response = await fetch(url, { cache: options.cache, credentials: 'omit', signal: controller.signal });
    const { bytes, overLimit } = await readCapped(response, options.maxBytes, options.tap, options.onBytes);
    const answer: Answer = {
      status: response.status,
      statusText: response.statusText,
      contentType: response.headers.get('content-type') ?? '',
      head: new TextDecoder().decode(bytes.subarray(0, 512)),
    };
    return { ok: true, answer, bytes, overLimit };
  } catch {
    // Cancelled by the person: not a failure of the network, nothing to say about the server.
    if (options.signal?.aborted && !timedOut) throw new LoadCancelledError();
    const crossOrigin = new URL(url).origin !== facts.appOrigin;
    const online = navigator.onLine;
    const probe = !timedOut && online && crossOrigin ? await reachableWithoutCors(url) : false;
    return { ok: false, failure: classifyNetworkFailure(url, file, { ...facts, online, cause: timedOut ? 'timeout' : 'network', reachableWithoutCors: probe }) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}
