import { describe, expect, it } from 'vitest';
import { readCanonicalObservations } from '../domain/observations/canonical-observations';
import { cutAtLineEnds, cutsOutsideQuotes, quoteCount } from '../domain/csv/csv-cuts';
import { PARALLEL_FROM_BYTES, partsFor } from './part-sizes';
import { inThreadReaders, newLog, shippedData } from './test-part-readers';
import { partsReader, readCanonicalInParts } from './read-in-parts';
import { endsOutsideQuotes } from '../testing/csv-lines';

const { text: data, areas, indicators, catalog } = shippedData();
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('how many parts a published observations.csv is read in', () => {
  it.each([
    [1_000, 2, 1],
    [PARALLEL_FROM_BYTES - 1, 8, 1],
    [PARALLEL_FROM_BYTES, 1, 2],
    [PARALLEL_FROM_BYTES, 2, 2],
    [128 * 2 ** 20, 3, 3],
    [128 * 2 ** 20, 16, 4],
  ])('%i bytes on %i cores: %i', (bytes, cores, parts) => {
    expect(partsFor(bytes, cores)).toBe(parts);
  });

  it('without workers (here, in Node) reads in one piece, as one reading does', async () => {
    const read = await readCanonicalInParts(bytesOf(data('observations.csv')))(catalog);
    expect(read).toEqual(readCanonicalObservations(data('observations.csv'), areas, indicators));
  });
});

describe('reading in parts', () => {
  const text = data('observations.csv');
  const one = readCanonicalObservations(text, areas, indicators);

  it.each([2, 3, 4])('in %i parts gives what one reading gives, and ends every part', async (parts) => {
    const log = newLog();
    expect(await partsReader(() => parts, inThreadReaders(log))(bytesOf(text))(catalog)).toEqual(one);
    expect(log).toMatchObject({ started: parts, taken: parts, ended: parts });
  });

  it('cuts again with care when a cut fell inside a quoted field, and gives what one reading gives', async () => {
    // A note of many lines in quotes, in the middle of the file: the cut at the middle falls inside it.
    const lines = text.trimEnd().split('\n');
    // A row whose last field is outside quotes, that field replaced.
    const middle = lines.findIndex((line, i) => i >= lines.length / 2 && endsOutsideQuotes(line));
    const note = `"${Array.from({ length: Math.ceil(text.length / 4) }, (_, i) => `dòng ${i}`).join('\n')}"`;
    const quoted = [...lines.slice(0, middle), `${lines[middle]!.replace(/,[^,]*$/, '')},${note}`, ...lines.slice(middle + 1), ''].join('\n');
    expect(cutsOutsideQuotes(cutAtLineEnds(bytesOf(quoted), 2).map((piece) => quoteCount(new TextDecoder().decode(piece))))).toBe(false);
    const log = newLog();
    expect(await partsReader(() => 2, inThreadReaders(log))(bytesOf(quoted))(catalog)).toEqual(readCanonicalObservations(quoted, areas, indicators));
    expect(log).toMatchObject({ started: 4, ended: 4 });
  });

  it('gives null, and ends its parts, when the catalog did not parse', async () => {
    const log = newLog();
    expect(await partsReader(() => 2, inThreadReaders(log))(bytesOf(text))(null)).toBeNull();
    expect(log).toMatchObject({ started: 2, ended: 2 });
  });

  it('reads in one piece here when a part fails', async () => {
    const log = newLog(2);
    expect(await partsReader(() => 3, inThreadReaders(log))(bytesOf(text))(catalog)).toEqual(one);
    expect(log.ended).toBe(3);
  });
});
