/** Part readers that read here, in this thread, with what a part worker holds (workers/taken-pieces.ts), and a log of what they did. */
import { readFileSync } from 'node:fs';
import { decodePiece } from '../domain/csv/csv-cuts';
import { parseAreasCsv, parseIndicatorsCsv } from '../domain/catalog/parse-catalog';
import type { PartReader } from './read-in-parts';
import { TakenPieces } from './taken-pieces';

/** The shipped data (data/), read as files: its observations' text and its catalog, parsed. */
export function shippedData() {
  const text = (name: string) => readFileSync(`data/${name}`, 'utf8');
  const areas = parseAreasCsv(text('areas.csv'));
  const indicators = parseIndicatorsCsv(text('indicators.csv'));
  if (!areas.ok || !indicators.ok) throw new Error('data/ does not parse');
  return { text, areas: areas.data, indicators: indicators.data, catalog: { areas: areas.data, indicators: indicators.data } };
}

export interface ReaderLog {
  started: number;
  ended: number;
  /** Pieces taken, by every reader. */
  taken: number;
  /** Pieces read before `read` was asked (read as they came, the catalog known). */
  readEarly: number;
  /** The reader (counted from 1) whose `read` fails, as a worker that did not start. */
  failAt?: number;
}

export const newLog = (failAt?: number): ReaderLog => ({ started: 0, ended: 0, taken: 0, readEarly: 0, failAt });

export function inThreadReaders(log: ReaderLog): () => PartReader {
  return () => {
    const n = ++log.started;
    const taken = new TakenPieces();
    // Pieces taken before the catalog are read when it comes, the later ones as they come.
    let takenBefore = 0;
    let placed = false;
    return {
      take: (bytes, first) => {
        log.taken++;
        if (placed) log.readEarly++;
        else takenBefore++;
        return Promise.resolve(taken.take(decodePiece(bytes, first), first));
      },
      places: (places) => {
        placed = true;
        log.readEarly += takenBefore;
        taken.places(places);
      },
      read: (places) => (n === log.failAt ? Promise.reject(new Error('the part reader did not start')) : Promise.resolve(taken.read(places))),
      end: () => void log.ended++,
    };
  };
}
