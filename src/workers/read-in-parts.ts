import { transfer, wrap } from 'comlink';
import { combineCanonicalParts, cutAtLineEnds, cutsOutsideQuotes, readCanonicalObservations, splitCsvBytes, type CanonicalPart, type CanonicalRead } from '../domain/canonical-observations';
import { ObservationTable } from '../domain/observation-table';
import type { CanonicalBytesReader, CatalogPlaces } from '../domain/publication/open-publication';
import { failureOf } from '../lib/worker-failure';
import type { CanonicalPartApi } from './canonical-part.worker';

/**
 * Below this a file is read in one piece: a worker starts in some 50 ms, and a reading of 8 MiB takes
 * about 250 ms, half of which a second core saves. (The 140,000-row national file, 10.7 MB, is read in parts.)
 */
export const PARALLEL_FROM_BYTES = 8 * 2 ** 20;

/** How many parts a file of `bytes` is read in: one a core, two to four, one for a small file. */
export const partsFor = (bytes: number, cores: number): number => (bytes < PARALLEL_FROM_BYTES ? 1 : Math.min(4, Math.max(2, cores)));

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

interface PartReader {
  worker: Worker;
  /** Fails if the worker cannot start (its script not loaded, an error thrown): listened to from its start. */
  failed: Promise<never>;
}

function startReader(): PartReader {
  const worker = new Worker(new URL('./canonical-part.worker.ts', import.meta.url), { type: 'module' });
  return { worker, failed: failureOf(worker, 'the part reader did not start') };
}

/** Readers started before the file arrived; the ones not used end after a minute. */
const spare: PartReader[] = [];
let spareTimer: ReturnType<typeof setTimeout> | undefined;
const cores = () => navigator.hardwareConcurrency || 2;

/**
 * Starts the workers that will read an observations.csv of `bytes`, while it downloads: a worker
 * loads its script through this one, which is then idle (once the file is here, it is busy).
 */
export function warmPartReaders(bytes: number): void {
  if (typeof Worker === 'undefined') return;
  const parts = partsFor(bytes, cores());
  if (parts === 1) return;
  while (spare.length < parts) spare.push(startReader());
  clearTimeout(spareTimer);
  spareTimer = setTimeout(() => spare.splice(0).forEach((reader) => reader.worker.terminate()), 60_000);
}

/** A part handed to its reader: it counts the part's quote marks at once and reads the part once given the catalog. */
export interface SentPart {
  quotes: Promise<number>;
  read(catalog: CatalogPlaces): Promise<CanonicalPart>;
  end(): void;
}

/** A part sent to a worker of its own (one started ahead, or now), which decodes it at once and ends with the reading. */
function sendToWorker(piece: Uint8Array, first: boolean): SentPart {
  const { worker, failed } = spare.shift() ?? startReader();
  const copy = piece.slice();
  const api = wrap<CanonicalPartApi>(worker);
  const quotes = Promise.race([api.take(transfer(copy, [copy.buffer]), first), failed]);
  // Not awaited when the catalog did not parse: a reader that failed to start is then nobody's error.
  quotes.catch(() => undefined);
  return {
    quotes,
    read: ({ areas, indicators }) =>
      Promise.race([api.read([...areas], [...indicators]), failed]).then((part): CanonicalPart => (part.ok ? { ...part, table: ObservationTable.fromColumns(part.columns) } : part)),
    end: () => worker.terminate(),
  };
}

/**
 * The parts sent, read against the catalog: the reading is asked for at once (synchronously, before
 * anything else this thread does next), then the cuts are checked; 'cut-in-quotes' when a cut fell
 * inside a quoted field, so the parts were not whole rows and their reading is thrown away.
 */
async function readSent(parts: SentPart[], places: CatalogPlaces | null): Promise<CanonicalRead | null | 'cut-in-quotes'> {
  try {
    if (!places) return null;
    const reads = parts.map((part) => part.read(places));
    // A reading given up (a cut in quotes) is never awaited: its worker ends.
    for (const read of reads) read.catch(() => undefined);
    if (!cutsOutsideQuotes(await Promise.all(parts.map((part) => part.quotes)))) return 'cut-in-quotes';
    return combineCanonicalParts(await Promise.all(reads), places.areas, places.indicators);
  } finally {
    parts.forEach((part) => part.end());
  }
}

/**
 * A reader of a published observations.csv in `parts(bytes)` parts, each handed to `send`: the file is
 * cut at line ends without a scan for quote marks, each part decoded at once (while the catalog is read)
 * and read once the catalog is given; the parts are combined into the same result as one reading
 * (readCanonicalObservations). The parts count their quote marks, and in the rare file where a cut fell
 * inside quotes it is cut again with care and read again. When a part fails, it is one reading, here.
 */
export function partsReader(parts: (bytes: number) => number, send: (piece: Uint8Array, first: boolean) => SentPart): CanonicalBytesReader {
  return (bytes) => {
    const one = (places: CatalogPlaces | null) => Promise.resolve(places && readCanonicalObservations(decode(bytes), places.areas, places.indicators));
    const count = parts(bytes.byteLength);
    const pieces = cutAtLineEnds(bytes, count);
    if (pieces.length === 1) return one;
    let sent: SentPart[];
    try {
      sent = pieces.map((piece, i) => send(piece, i === 0));
    } catch {
      return one;
    }
    return async (places) => {
      try {
        const read = await readSent(sent, places);
        if (read !== 'cut-in-quotes') return read;
        const again = await readSent(splitCsvBytes(bytes, count).map((piece, i) => send(piece, i === 0)), places);
        return again === 'cut-in-quotes' ? one(places) : again;
      } catch {
        return one(places);
      }
    };
  };
}

/**
 * The dataset worker's reader: a large file in parts, one a core, each in a worker of its own. This
 * worker only waits meanwhile: a worker started from a worker loads its script through its parent, so a
 * parent busy reading a part of its own would hold the others back until it was done. Without workers
 * it is one reading, here.
 */
export const readCanonicalInParts: CanonicalBytesReader = partsReader((bytes) => (typeof Worker === 'undefined' ? 1 : partsFor(bytes, cores())), sendToWorker);
