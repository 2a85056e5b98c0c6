import { readCatalogFiles, type CatalogRead } from '../domain/dataset/catalog-read';
import type { CanonicalBytesReader, PublicationFiles } from '../domain/publication/open-publication';
import { partsFor, READ_AHEAD_MARK } from './part-sizes';
import { cores, readTaken, startWorkerReader, type PartReader } from './read-in-parts';

/** How much of the file a piece holds (up to its last line end): the first is read some 30 ms after the download starts. */
export const PIECE_BYTES = 8 * 2 ** 20;
/** A file with no line end in four pieces' worth is not cut as it comes (a hostile one, or not a CSV): it is read whole at the end. */
const LONGEST_LINE_PIECES = 4;
const NEWLINE = 0x0a;

function sameBytes(a: Uint8Array, b: Uint8Array | undefined): boolean {
  if (b === undefined || a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * An observations.csv read while it downloads. Its bytes come in chunks; each time a piece's worth has
 * come, the bytes up to the last line end go to the next of the readers (in turn), which decodes them at
 * once and reads them as soon as the catalog is known (given here when the catalog's files have come).
 * Once the whole file is here and handed over to be checked, `open` gives the reading, the same as
 * one reading gives (readTaken checks the cuts, combineCanonicalParts the file-wide rules), or nothing
 * when what was read ahead is not what was handed over; nothing read ahead is used unless the file
 * passes its checks (openPublication).
 */
export class ReadAhead {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /** Where the last line end in `pending` is, or -1. */
  private lastNewline = -1;
  private received = 0;
  private readonly quotes: Promise<number>[] = [];
  private catalogRead: { read: CatalogRead; areas: Uint8Array; indicators: Uint8Array } | null = null;
  /** Too long a line: nothing more is read ahead. */
  private failed = false;
  private ended = false;

  constructor(
    private readonly readers: PartReader[],
    private readonly pieceBytes = PIECE_BYTES,
  ) {}

  /** The file's next chunks, in order, no longer needed by the caller. */
  push(chunks: readonly Uint8Array[]): void {
    if (this.failed || this.ended) return;
    for (const chunk of chunks) {
      const newline = chunk.lastIndexOf(NEWLINE);
      if (newline >= 0) this.lastNewline = this.pendingBytes + newline;
      this.pending.push(chunk);
      this.pendingBytes += chunk.byteLength;
      this.received += chunk.byteLength;
    }
    if (this.pendingBytes < this.pieceBytes) return;
    if (this.lastNewline >= 0) this.send(this.lastNewline + 1);
    else if (this.pendingBytes > LONGEST_LINE_PIECES * this.pieceBytes) {
      this.failed = true;
      this.pending = [];
    }
  }

  /** The catalog the file is read against, read from the catalog files' bytes (compared with the files handed over). */
  catalog(read: CatalogRead, bytes: { areas: Uint8Array; indicators: Uint8Array }): void {
    if (this.ended || this.catalogRead) return;
    this.catalogRead = { read, ...bytes };
    for (const reader of this.readers) reader.places({ areas: read.areas.data, indicators: read.indicators.data });
  }

  private sameCatalog(files: Partial<PublicationFiles>): boolean {
    return !this.catalogRead || (sameBytes(this.catalogRead.areas, files['areas.csv']) && sameBytes(this.catalogRead.indicators, files['indicators.csv']));
  }

  /**
   * What was read ahead, to open `files` with: the reader of their observations.csv (the whole file, to
   * be checked; the reading of what came ahead, or, when a cut fell inside quotes or a reader failed,
   * `fallback`'s) and the catalog read ahead, if any (then it need not be read again). Null (and the
   * readers end) when the bytes or the catalog read ahead are not the ones handed over.
   */
  open(files: Partial<PublicationFiles>, fallback: CanonicalBytesReader): { reader: CanonicalBytesReader; catalog: CatalogRead | undefined } | null {
    const bytes = files['observations.csv'];
    if (this.failed || this.ended || !bytes || bytes.byteLength !== this.received || !this.sameCatalog(files)) {
      this.end();
      return null;
    }
    return { reader: this.reader(fallback), catalog: this.catalogRead?.read };
  }

  private reader(fallback: CanonicalBytesReader): CanonicalBytesReader {
    return (whole) => {
      if (whole.byteLength !== this.received) {
        this.end();
        return fallback(whole);
      }
      if (this.pendingBytes > 0) this.send(this.pendingBytes);
      this.ended = true;
      return async (places) => {
        try {
          const read = await readTaken(this.readers, this.quotes, places);
          if (read === 'cut-in-quotes') return fallback(whole)(places);
          // For the profiler and the end-to-end tests: the file was read as it came, in this many pieces.
          performance.mark(READ_AHEAD_MARK, { detail: { pieces: this.quotes.length } });
          return read;
        } catch {
          return fallback(whole)(places);
        }
      };
    };
  }

  /** Nothing more is read ahead: the readers end. */
  end(): void {
    this.ended = true;
    this.pending = [];
    for (const reader of this.readers) reader.end();
  }

  /** The first `bytes` of what is pending, as one piece, to the next reader. */
  private send(bytes: number): void {
    const piece = new Uint8Array(bytes);
    const rest = new Uint8Array(this.pendingBytes - bytes);
    // `at`: where a chunk starts in what is pending.
    let at = 0;
    for (const chunk of this.pending) {
      const end = at + chunk.byteLength;
      if (at < bytes) piece.set(chunk.subarray(0, Math.min(chunk.byteLength, bytes - at)), at);
      if (end > bytes) {
        const from = Math.max(0, bytes - at);
        rest.set(chunk.subarray(from), at + from - bytes);
      }
      at = end;
    }
    const index = this.quotes.length;
    this.quotes.push(this.readers[index % this.readers.length]!.take(piece, index === 0));
    this.pending = rest.byteLength > 0 ? [rest] : [];
    this.pendingBytes = rest.byteLength;
    this.lastNewline = rest.lastIndexOf(NEWLINE);
  }
}

type CatalogFile = 'areas.csv' | 'indicators.csv';

/** The one file read ahead in this worker (a page loads one publication at a time), with its catalog's files as they come. */
let current: { id: number; reading: ReadAhead; catalog: Partial<Record<CatalogFile, Uint8Array>> } | null = null;

/** The dataset worker's side of a read ahead, which the page drives as the files download (lib/dataset/dataset-worker.ts). */
export const readAheadApi = {
  /** An observations.csv of `bytes` starts to come: its readers start (one a core). */
  readAheadStart(id: number, bytes: number): void {
    current?.reading.end();
    current = { id, reading: new ReadAhead(Array.from({ length: partsFor(bytes, cores()) }, startWorkerReader)), catalog: {} };
  },
  readAheadPush(id: number, chunks: Uint8Array[]): void {
    if (current?.id === id) current.reading.push(chunks);
  },
  /** A catalog file has come: once both have, and they parse, the file's pieces are read against them as they come. */
  readAheadCatalog(id: number, name: CatalogFile, bytes: Uint8Array): void {
    if (current?.id !== id) return;
    current.catalog[name] = bytes;
    const { 'areas.csv': areas, 'indicators.csv': indicators } = current.catalog;
    if (!areas || !indicators) return;
    const decoder = new TextDecoder();
    const read = readCatalogFiles({ areas: decoder.decode(areas), indicators: decoder.decode(indicators) });
    if (read) current.reading.catalog(read, { areas, indicators });
  },
  readAheadCancel(id: number): void {
    if (current?.id !== id) return;
    current.reading.end();
    current = null;
  },
};

/** The reading read ahead under `id`, taken (once) to open the files it came with; null if there is none. */
export function takeReadAhead(id: number | undefined): ReadAhead | null {
  if (id === undefined || current?.id !== id) return null;
  const { reading } = current;
  current = null;
  return reading;
}
