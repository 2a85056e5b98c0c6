import { readCanonicalPart, type CanonicalPart } from '../domain/observations/canonical-observations';
import { quoteCount } from '../domain/csv/csv-cuts';
import type { CatalogPlaces } from '../domain/publication/open-publication';

/**
 * The pieces of a file one part reader has taken, in order: each read as soon as the catalog is known,
 * which is given early while the file downloads, or else with the reading asked for. What a part worker
 * (canonical-part.worker.ts) holds; tests hold one in their own thread.
 */
export class TakenPieces {
  private pieces: { text: string | null; first: boolean; part: CanonicalPart | null }[] = [];
  private catalog: CatalogPlaces | null = null;

  /** A piece's text (only the file's first piece has the header line); says how many quote marks it has. */
  take(text: string, first: boolean): number {
    this.pieces.push({ text, first, part: null });
    const quotes = quoteCount(text);
    if (this.catalog) this.readAll(this.catalog);
    return quotes;
  }

  /** The catalog, known early: the pieces taken are read now, the next ones as they come. */
  places(catalog: CatalogPlaces): void {
    this.catalog = catalog;
    this.readAll(catalog);
  }

  /** The readings of the pieces taken, in the order taken (against the early catalog, if one was given); then none is held. */
  read(catalog: CatalogPlaces): CanonicalPart[] {
    this.catalog ??= catalog;
    this.readAll(this.catalog);
    const parts = this.pieces.map((piece) => piece.part!);
    this.pieces = [];
    return parts;
  }

  private readAll({ areas, indicators }: CatalogPlaces): void {
    for (const piece of this.pieces) {
      if (piece.text === null) continue;
      piece.part = readCanonicalPart(piece.text, areas, indicators, { first: piece.first });
      piece.text = null;
    }
  }
}
