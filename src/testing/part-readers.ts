/** Part readers that read here, in this thread, as the part workers read (workers/canonical-part.worker.ts), with a log of what they did. */
import { readFileSync } from 'node:fs';
import { readCanonicalPart, type CanonicalPart } from '../domain/canonical-observations';
import { quoteCount } from '../domain/csv-cuts';
import { parseAreasCsv, parseIndicatorsCsv } from '../domain/parse-catalog';
import type { CatalogPlaces } from '../domain/publication/open-publication';
import type { PartReader } from '../workers/read-in-parts';

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
    const pieces: { text: string; first: boolean; part: CanonicalPart | null }[] = [];
    let catalog: CatalogPlaces | null = null;
    const readAll = (places: CatalogPlaces) => {
      for (const piece of pieces) piece.part ??= readCanonicalPart(piece.text, places.areas, places.indicators, { first: piece.first });
    };
    return {
      take: (bytes, first) => {
        log.taken++;
        const text = new TextDecoder().decode(bytes);
        pieces.push({ text, first, part: null });
        if (catalog) {
          readAll(catalog);
          log.readEarly++;
        }
        return Promise.resolve(quoteCount(text));
      },
      places: (places) => {
        catalog = places;
        log.readEarly += pieces.filter((piece) => !piece.part).length;
        readAll(places);
      },
      read: (places) => {
        if (n === log.failAt) return Promise.reject(new Error('the part reader did not start'));
        readAll(catalog ?? places);
        return Promise.resolve(pieces.map((piece) => piece.part!));
      },
      end: () => void log.ended++,
    };
  };
}
