import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCanonicalObservations } from '../domain/canonical-observations';
import { parseAreasCsv, parseIndicatorsCsv } from '../domain/parse-catalog';
import { PARALLEL_FROM_BYTES, partsFor, readCanonicalInParts } from './read-in-parts';

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
    const data = (name: string) => readFileSync(`data/${name}`, 'utf8');
    const areas = parseAreasCsv(data('areas.csv'));
    const indicators = parseIndicatorsCsv(data('indicators.csv'));
    if (!areas.ok || !indicators.ok) throw new Error('data/ does not parse');
    const read = await readCanonicalInParts(new Uint8Array(readFileSync('data/observations.csv')), areas.data, indicators.data);
    expect(read).toEqual(readCanonicalObservations(data('observations.csv'), areas.data, indicators.data));
  });
});
