/// <reference lib="webworker" />
// Pieces of a published observations.csv, read beside the other pieces in workers of their own: on two
// cores the reading of 1.7 million rows takes about half the time. While the file downloads, a piece is
// taken as soon as it has arrived and read as soon as the catalog is known. The columns go back transferred.
import { expose, transfer } from 'comlink';
import { decodePiece } from '../domain/csv/csv-cuts';
import type { Area, Indicator } from '../domain/model';
import type { ObservationColumns } from '../domain/observations/observation-table';
import { TakenPieces } from './taken-pieces';

const taken = new TakenPieces();

export type WiredPart = { ok: true; columns: ObservationColumns; rows: number; records: number; englishOnly: number; eitherWay: number; width: number } | { ok: false; row: number };

const api = {
  /**
   * A piece's bytes (whole rows if no cut fell inside quotes; only the file's first piece has the header
   * line), decoded at once, and read at once when the catalog is known. Says how many quote marks the
   * piece has, which tells whether the cuts were right.
   */
  take(bytes: Uint8Array, first: boolean): number {
    return taken.take(decodePiece(bytes, first), first);
  },
  /** The catalog, known before the last piece comes: the pieces taken are read now, the next ones as they come. */
  places(areas: Area[], indicators: Indicator[]): void {
    taken.places({ areas, indicators });
  },
  /** The readings of the pieces taken, in the order taken, each read against this catalog if not yet. */
  read(areas: Area[], indicators: Indicator[]): WiredPart[] {
    const parts = taken.read({ areas, indicators });
    const wired = parts.map((part): WiredPart => {
      if (!part.ok) return part;
      const { table, ...counts } = part;
      return { ...counts, columns: table.columns };
    });
    return transfer(wired, parts.flatMap((part) => (part.ok ? part.table.transferables() : [])));
  },
};

export type CanonicalPartApi = typeof api;
expose(api);
