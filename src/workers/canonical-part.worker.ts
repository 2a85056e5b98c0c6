/// <reference lib="webworker" />
// Pieces of a published observations.csv, read beside the other pieces in workers of their own: on two
// cores the reading of 1.7 million rows takes about half the time. While the file downloads, a piece is
// taken as soon as it has arrived and read as soon as the catalog is known. The columns go back transferred.
import { expose, transfer } from 'comlink';
import { readCanonicalPart, type CanonicalPart } from '../domain/canonical-observations';
import { quoteCount } from '../domain/csv-cuts';
import type { Area, Indicator } from '../domain/model';
import type { ObservationColumns } from '../domain/observation-table';

interface Piece {
  /** The piece decoded, until it is read. */
  text: string | null;
  first: boolean;
  part: CanonicalPart | null;
}

/** The pieces taken, in order. */
let pieces: Piece[] = [];
let catalog: { areas: Area[]; indicators: Indicator[] } | null = null;

function read(piece: Piece, { areas, indicators }: { areas: Area[]; indicators: Indicator[] }) {
  if (piece.text === null) return;
  piece.part = readCanonicalPart(piece.text, areas, indicators, { first: piece.first });
  piece.text = null;
}

export type WiredPart = { ok: true; columns: ObservationColumns; rows: number; records: number; englishOnly: number; eitherWay: number } | { ok: false; row: number };

const api = {
  /**
   * A piece's bytes (whole rows if no cut fell inside quotes; only the file's first piece has the header
   * line), decoded at once, and read at once when the catalog is known. Says how many quote marks the
   * piece has, which tells whether the cuts were right.
   */
  take(bytes: Uint8Array, first: boolean): number {
    const piece: Piece = { text: new TextDecoder().decode(bytes), first, part: null };
    pieces.push(piece);
    const quotes = quoteCount(piece.text!);
    if (catalog) read(piece, catalog);
    return quotes;
  },
  /** The catalog, known before the last piece comes: the pieces taken are read now, the next ones as they come. */
  places(areas: Area[], indicators: Indicator[]): void {
    catalog = { areas, indicators };
    for (const piece of pieces) read(piece, catalog);
  },
  /** The readings of the pieces taken, in the order taken, each read against this catalog if not yet. */
  read(areas: Area[], indicators: Indicator[]): WiredPart[] {
    catalog ??= { areas, indicators };
    for (const piece of pieces) read(piece, catalog);
    const parts = pieces.map((piece) => piece.part!);
    pieces = [];
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
