import { describe, expect, it } from 'vitest';
import { readCanonicalObservations } from '../domain/observations/canonical-observations';
import { readCatalogFiles } from '../domain/dataset/catalog-read';
import type { CanonicalBytesReader } from '../domain/publication/open-publication';
import { inThreadReaders, newLog, shippedData, type ReaderLog } from './test-part-readers';
import { ReadAhead } from './read-ahead';
import { endsOutsideQuotes } from '../testing/csv-lines';

const { text: data, areas, indicators, catalog } = shippedData();
const catalogRead = readCatalogFiles({ areas: data('areas.csv'), indicators: data('indicators.csv') })!;
const encode = (text: string) => new TextEncoder().encode(text);
const catalogBytes = { areas: encode(data('areas.csv')), indicators: encode(data('indicators.csv')) };
const text = data('observations.csv');
const bytes = encode(text);
const one = readCanonicalObservations(text, areas, indicators);
const files = (observations: Uint8Array) => ({ 'areas.csv': catalogBytes.areas, 'indicators.csv': catalogBytes.indicators, 'observations.csv': observations });

/** The fallback: one reading here, counted. */
const fallback = (calls: { n: number }): CanonicalBytesReader => (whole) => (places) => {
  calls.n++;
  return Promise.resolve(places && readCanonicalObservations(new TextDecoder().decode(whole), places.areas, places.indicators));
};

/** `file` pushed in chunks of these sizes, in turn (copies: the pushed bytes are the reader's). */
function pushAll(ahead: ReadAhead, file: Uint8Array, sizes: number[]) {
  for (let at = 0, i = 0; at < file.byteLength; i++) {
    const size = sizes[i % sizes.length]!;
    ahead.push([file.slice(at, at + size)]);
    at += size;
  }
}

const PIECE = 4096;
const start = (log: ReaderLog, readers = 2) => new ReadAhead(Array.from({ length: readers }, inThreadReaders(log)), PIECE);

describe('an observations.csv read while it downloads', () => {
  it.each([
    ['small chunks, two readers', [700, 1300, 97], 2, 3],
    ['chunks larger than a piece, three readers', [9000, 5000], 3, 3],
    ['one chunk, two readers', [bytes.byteLength], 2, 1],
  ])('in %s, gives what one reading gives, and ends its readers', async (_, sizes, readers, pieces) => {
    const log = newLog();
    const ahead = start(log, readers);
    pushAll(ahead, bytes, sizes);
    const calls = { n: 0 };
    const opened = ahead.open(files(bytes), fallback(calls));
    expect(opened).not.toBeNull();
    expect(opened!.catalog).toBeUndefined();
    expect(await opened!.reader(bytes)(catalog)).toEqual(one);
    expect(calls.n).toBe(0);
    expect(log.taken).toBeGreaterThanOrEqual(pieces);
    expect(log).toMatchObject({ started: readers, ended: readers });
  });

  it('reads each piece as it comes once the catalog is known', async () => {
    const log = newLog();
    const ahead = start(log);
    ahead.catalog(catalogRead, catalogBytes);
    pushAll(ahead, bytes, [1000]);
    // Every piece but the last (sent when the whole file is handed over) was read as it came.
    expect(log.readEarly).toBe(log.taken);
    expect(log.taken).toBeGreaterThan(2);
    const opened = ahead.open(files(bytes), fallback({ n: 0 }))!;
    // The catalog read ahead is the one opened with the files: it is not read again.
    expect(opened.catalog).toBe(catalogRead);
    expect(await opened.reader(bytes)(catalog)).toEqual(one);
  });

  it('is given up when the catalog read ahead is not the one handed over, or the file is not all of it', () => {
    for (const [handed, pushed] of [
      [{ ...files(bytes), 'areas.csv': encode(data('areas.csv').replace('Tân Uyên', 'Tan Uyen')) }, bytes],
      [files(bytes), bytes.subarray(0, bytes.byteLength - 10)],
    ] as const) {
      const log = newLog();
      const ahead = start(log);
      ahead.catalog(catalogRead, catalogBytes);
      pushAll(ahead, pushed, [3000]);
      expect(ahead.open(handed, fallback({ n: 0 }))).toBeNull();
      expect(log.ended).toBe(2);
    }
  });

  it('reads the whole file again when a cut fell inside quotes, and when a reader fails', async () => {
    // A note of many lines in quotes: the cuts at line ends fall inside it.
    const lines = text.trimEnd().split('\n');
    const middle = lines.findIndex((line, i) => i >= lines.length / 2 && endsOutsideQuotes(line));
    const note = `"${Array.from({ length: 800 }, (_, i) => `dòng ${i}`).join('\n')}"`;
    const quoted = [...lines.slice(0, middle), `${lines[middle]!.replace(/,[^,]*$/, '')},${note}`, ...lines.slice(middle + 1), ''].join('\n');
    const quotedBytes = encode(quoted);
    for (const [file, log] of [
      [quotedBytes, newLog()],
      [bytes, newLog(2)],
    ] as const) {
      const ahead = start(log);
      pushAll(ahead, file, [1500]);
      const calls = { n: 0 };
      const read = await ahead.open(files(file), fallback(calls))!.reader(file)(catalog);
      expect(read).toEqual(readCanonicalObservations(new TextDecoder().decode(file), areas, indicators));
      expect(calls.n).toBe(1);
      expect(log.ended).toBe(2);
    }
  });

  it('gives null when the catalog did not parse', async () => {
    const log = newLog();
    const ahead = start(log);
    pushAll(ahead, bytes, [5000]);
    expect(await ahead.open(files(bytes), fallback({ n: 0 }))!.reader(bytes)(null)).toBeNull();
    expect(log.ended).toBe(2);
  });

  it('stops cutting a file with no line end in four pieces, and leaves it to be read whole', () => {
    const log = newLog();
    const ahead = start(log);
    const long = encode('x'.repeat(PIECE * 5));
    pushAll(ahead, long, [PIECE]);
    expect(log.taken).toBe(0);
    expect(ahead.open(files(long), fallback({ n: 0 }))).toBeNull();
  });
});
