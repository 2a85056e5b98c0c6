import { transfer, wrap } from 'comlink';
import { combineCanonicalParts, readCanonicalObservations, type CanonicalPart, type CanonicalRead } from '../domain/observations/canonical-observations';
import { cutAtLineEnds, cutsOutsideQuotes, splitCsvBytes } from '../domain/csv/csv-cuts';
import { ObservationTable } from '../domain/observations/observation-table';
import type { CanonicalBytesReader, CatalogPlaces } from '../domain/publication/open-publication';
import { failureOf } from './worker-failure';
import { partsFor } from './part-sizes';
import type { CanonicalPartApi } from './canonical-part.worker';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
export const cores = () => navigator.hardwareConcurrency || 2;

/**
 * A reader of pieces of one file, in a worker of its own: it decodes a piece as it takes it, and reads it
 * at once when it knows the catalog. `take` is given a piece its caller no longer needs (it may be moved).
 */
export interface PartReader {
  /** The count of the piece's quote marks. */
  take(piece: Uint8Array, first: boolean): Promise<number>;
  /** The catalog, known early: the pieces are read as they come from now on. */
  places(catalog: CatalogPlaces): void;
  /** The readings of the pieces taken, in the order taken. */
  read(catalog: CatalogPlaces): Promise<CanonicalPart[]>;
  end(): void;
}

/** A reader in a worker of its own; fails if the worker cannot start (its script not loaded, an error thrown). */
export function startWorkerReader(): PartReader {
  const worker = new Worker(new URL('./canonical-part.worker.ts', import.meta.url), { type: 'module' });
  const failed = failureOf(worker, 'the part reader did not start');
  const api = wrap<CanonicalPartApi>(worker);
  const fromWorker = (part: Awaited<ReturnType<typeof api.read>>[number]): CanonicalPart => (part.ok ? { ...part, table: ObservationTable.fromColumns(part.columns) } : part);
  return {
    take: (piece, first) => {
      const quotes = Promise.race([api.take(transfer(piece, [piece.buffer as ArrayBuffer]), first), failed]);
      // Not awaited when the catalog did not parse: a reader that failed to start is then nobody's error.
      quotes.catch(() => undefined);
      return quotes;
    },
    places: ({ areas, indicators }) => void api.places([...areas], [...indicators]).catch(() => undefined),
    read: ({ areas, indicators }) => Promise.race([api.read([...areas], [...indicators]), failed]).then((parts) => parts.map(fromWorker)),
    end: () => worker.terminate(),
  };
}

/**
 * Pieces taken by `readers` in turn (piece i by reader i mod n), read against the catalog, combined in
 * the file's order. The reading is asked for at once (before anything else this thread does next), then
 * the cuts are checked: 'cut-in-quotes' when a cut fell inside a quoted field, so the pieces were not whole
 * rows and their reading is thrown away. The readers end, whatever happens.
 */
export async function readTaken(readers: PartReader[], quotes: Promise<number>[], places: CatalogPlaces | null): Promise<CanonicalRead | null | 'cut-in-quotes'> {
  try {
    if (!places) return null;
    const reads = readers.map((reader) => reader.read(places));
    // A reading given up (a cut in quotes) is never awaited.
    for (const read of reads) read.catch(() => undefined);
    if (!cutsOutsideQuotes(await Promise.all(quotes))) return 'cut-in-quotes';
    const byReader = await Promise.all(reads);
    const parts = quotes.map((_, i) => byReader[i % readers.length]![Math.floor(i / readers.length)]!);
    return combineCanonicalParts(parts, places.areas, places.indicators);
  } finally {
    readers.forEach((reader) => reader.end());
  }
}

/** Pieces handed to readers started for them, one each; what readTaken needs of them. */
function sendPieces(pieces: Uint8Array[], start: () => PartReader) {
  const readers = pieces.map(() => start());
  // Each piece is copied: the file's bytes are kept whole (checked, then stored).
  const quotes = pieces.map((piece, i) => readers[i]!.take(piece.slice(), i === 0));
  return { readers, quotes };
}

/**
 * A reader of a published observations.csv in `parts(bytes)` parts, each taken by a reader of its own:
 * the file is cut at line ends without a scan for quote marks, each part decoded at once (while the
 * catalog is read) and read once the catalog is given; the parts are combined into the same result as one
 * reading (readCanonicalObservations). The parts count their quote marks, and in the rare file where a
 * cut fell inside quotes it is cut again with care and read again. When a part fails, it is one reading, here.
 */
export function partsReader(parts: (bytes: number) => number, start: () => PartReader): CanonicalBytesReader {
  return (bytes) => {
    const one = (places: CatalogPlaces | null) => Promise.resolve(places && readCanonicalObservations(decode(bytes), places.areas, places.indicators));
    const count = parts(bytes.byteLength);
    const pieces = cutAtLineEnds(bytes, count);
    if (pieces.length === 1) return one;
    let sent: ReturnType<typeof sendPieces>;
    try {
      sent = sendPieces(pieces, start);
    } catch {
      return one;
    }
    return async (places) => {
      try {
        const read = await readTaken(sent.readers, sent.quotes, places);
        if (read !== 'cut-in-quotes') return read;
        const again = sendPieces(splitCsvBytes(bytes, count), start);
        const second = await readTaken(again.readers, again.quotes, places);
        return second === 'cut-in-quotes' ? one(places) : second;
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
export const readCanonicalInParts: CanonicalBytesReader = partsReader((bytes) => (typeof Worker === 'undefined' ? 1 : partsFor(bytes, cores())), startWorkerReader);
