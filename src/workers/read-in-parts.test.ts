import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cutAtLineEnds, cutsOutsideQuotes, quoteCount, readCanonicalObservations, readCanonicalPart } from '../domain/canonical-observations';
import { parseAreasCsv, parseIndicatorsCsv } from '../domain/parse-catalog';
import { PARALLEL_FROM_BYTES, partsFor, partsReader, readCanonicalInParts, type SentPart } from './read-in-parts';

const data = (name: string) => readFileSync(`data/${name}`, 'utf8');
const areas = parseAreasCsv(data('areas.csv'));
const indicators = parseIndicatorsCsv(data('indicators.csv'));
if (!areas.ok || !indicators.ok) throw new Error('data/ does not parse');
const catalog = { areas: areas.data, indicators: indicators.data };
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
    expect(read).toEqual(readCanonicalObservations(data('observations.csv'), areas.data, indicators.data));
  });
});

describe('reading in parts', () => {
  /** Parts read here, in this thread, as the part workers read them; what was sent and ended is logged. */
  const inThread = (log: { sent: number; ended: number; failAt?: number }) => (piece: Uint8Array, first: boolean): SentPart => {
    const text = new TextDecoder().decode(piece);
    const n = ++log.sent;
    return {
      quotes: Promise.resolve(quoteCount(text)),
      read: ({ areas, indicators }) =>
        n === log.failAt ? Promise.reject(new Error('the part reader did not start')) : Promise.resolve(readCanonicalPart(text, areas, indicators, { first })),
      end: () => void log.ended++,
    };
  };
  const text = data('observations.csv');
  const one = readCanonicalObservations(text, areas.data, indicators.data);

  it.each([2, 3, 4])('in %i parts gives what one reading gives, and ends every part', async (parts) => {
    const log = { sent: 0, ended: 0 };
    expect(await partsReader(() => parts, inThread(log))(bytesOf(text))(catalog)).toEqual(one);
    expect(log).toEqual({ sent: parts, ended: parts });
  });

  it('cuts again with care when a cut fell inside a quoted field, and gives what one reading gives', async () => {
    // A note of many lines in quotes, in the middle of the file: the cut at the middle falls inside it.
    const lines = text.trimEnd().split('\n');
    // A row without quote marks, its note (the last field) replaced.
    const middle = lines.findIndex((line, i) => i >= lines.length / 2 && !line.includes('"'));
    const note = `"${Array.from({ length: Math.ceil(text.length / 4) }, (_, i) => `dòng ${i}`).join('\n')}"`;
    const quoted = [...lines.slice(0, middle), `${lines[middle]!.replace(/,[^,]*$/, '')},${note}`, ...lines.slice(middle + 1), ''].join('\n');
    expect(cutsOutsideQuotes(cutAtLineEnds(bytesOf(quoted), 2).map((piece) => quoteCount(new TextDecoder().decode(piece))))).toBe(false);
    const log = { sent: 0, ended: 0 };
    expect(await partsReader(() => 2, inThread(log))(bytesOf(quoted))(catalog)).toEqual(readCanonicalObservations(quoted, areas.data, indicators.data));
    expect(log).toEqual({ sent: 4, ended: 4 });
  });

  it('gives null, and ends its parts, when the catalog did not parse', async () => {
    const log = { sent: 0, ended: 0 };
    expect(await partsReader(() => 2, inThread(log))(bytesOf(text))(null)).toBeNull();
    expect(log).toEqual({ sent: 2, ended: 2 });
  });

  it('reads in one piece here when a part fails', async () => {
    const log = { sent: 0, ended: 0, failAt: 2 };
    expect(await partsReader(() => 3, inThread(log))(bytesOf(text))(catalog)).toEqual(one);
    expect(log.ended).toBe(3);
  });
});
