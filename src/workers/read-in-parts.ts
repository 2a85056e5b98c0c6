import { transfer, wrap } from 'comlink';
import { combineCanonicalParts, readCanonicalObservations, splitCsvBytes, type CanonicalPart, type CanonicalRead } from '../domain/canonical-observations';
import type { Area, Indicator } from '../domain/model';
import { ObservationTable } from '../domain/observation-table';
import type { CanonicalBytesReader } from '../domain/publication/open-publication';
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

/** A part read in a worker of its own (one started ahead, or now), which ends with the reading. */
function readInWorker(piece: Uint8Array, first: boolean, areas: readonly Area[], indicators: readonly Indicator[]): Promise<CanonicalPart> {
  const { worker, failed } = spare.shift() ?? startReader();
  const copy = piece.slice();
  const read = wrap<CanonicalPartApi>(worker).readPart(transfer(copy, [copy.buffer]), first, [...areas], [...indicators]);
  return Promise.race([read, failed])
    .then((part): CanonicalPart => (part.ok ? { ...part, table: ObservationTable.fromColumns(part.columns) } : part))
    .finally(() => worker.terminate());
}

/**
 * The dataset worker's reader of a published observations.csv: a large file is cut into parts of
 * whole rows, each read at once in a worker of its own, and combined; the same result as one reading
 * (readCanonicalObservations). This worker only waits meanwhile: a worker started from a worker loads
 * its script through its parent, so a parent busy reading a part of its own would hold the others back
 * until it was done. Without workers (or when one fails to start) it is one reading, here.
 */
export const readCanonicalInParts: CanonicalBytesReader = async (bytes, areas, indicators): Promise<CanonicalRead> => {
  const parts = typeof Worker === 'undefined' ? 1 : partsFor(bytes.byteLength, cores());
  const pieces = splitCsvBytes(bytes, parts);
  if (pieces.length === 1) return readCanonicalObservations(decode(bytes), areas, indicators);
  try {
    const read = await Promise.all(pieces.map((piece, i) => readInWorker(piece, i === 0, areas, indicators)));
    return combineCanonicalParts(read, areas, indicators);
  } catch {
    return readCanonicalObservations(decode(bytes), areas, indicators);
  }
};
