import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, type DataFileName } from './manifest';
import { buildManifest } from './manifest-files';
import { combineCanonicalParts, readCanonicalPart } from '../observations/canonical-observations';
import { splitCsvBytes } from '../csv/csv-cuts';
import { openPublication, type CanonicalBytesReader, type PublicationFiles } from './open-publication';

const files = Object.fromEntries(DATA_FILES.map((name) => [name, new Uint8Array(readFileSync(`data/${name}`))])) as PublicationFiles;
const manifest = await buildManifest(files, { published: new Date('2026-11-28T02:30:00Z'), publisher: 'test', note: '' });
const withFile = (name: DataFileName, bytes: Uint8Array): PublicationFiles => ({ ...files, [name]: bytes });
const text = (s: string) => new TextEncoder().encode(s);

describe('opening a publication', () => {
  it('gives the dataset when every file is the one its manifest names', async () => {
    const opened = await openPublication(manifest, files);
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.data.areas.length).toBe(58);
  });

  it.each<[string, PublicationFiles, { name: string; field: string }[]]>([
    ['a truncated file', withFile('observations.csv', files['observations.csv'].slice(0, 1000)), [{ name: 'observations.csv', field: 'bytes' }]],
    ['a changed byte', withFile('areas.csv', files['areas.csv'].map((b, i) => (i === 30 ? b ^ 1 : b))), [{ name: 'areas.csv', field: 'sha256' }]],
    ['two bad files', { ...withFile('areas.csv', text('x')), 'indicators.csv': text('y') }, [{ name: 'areas.csv', field: 'bytes' }, { name: 'indicators.csv', field: 'bytes' }]],
  ])('refuses the whole of it for %s, naming each file', async (_, broken, expected) => {
    const opened = await openPublication(manifest, broken);
    expect(opened).toMatchObject({ ok: false, mismatches: expected });
  });

  it('refuses files that match their manifest but do not parse', async () => {
    const bad = withFile('observations.csv', text('area,year,indicator,plan,actual\nnowhere,2020,x,1,2\n'));
    const badManifest = await buildManifest(bad, { published: new Date(), publisher: 'test', note: '' });
    const opened = await openPublication(badManifest, bad);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.issues.length).toBeGreaterThan(0);
  });

  // The dataset worker reads a large observations.csv in parts; a reader here does the same in one thread.
  const calls: number[] = [];
  const inThreeParts: CanonicalBytesReader = (bytes) => {
    const pieces = splitCsvBytes(bytes, 3).map((piece) => new TextDecoder().decode(piece));
    calls.push(pieces.length);
    return (catalog) => {
      if (!catalog) return Promise.resolve(null);
      const { areas, indicators } = catalog;
      return Promise.resolve(combineCanonicalParts(pieces.map((piece, i) => readCanonicalPart(piece, areas, indicators, { first: i === 0 })), areas, indicators));
    };
  };

  it('gives the same dataset when the observations are read by the worker\'s reader', async () => {
    const [plain, parts] = await Promise.all([openPublication(manifest, files), openPublication(manifest, files, inThreeParts)]);
    expect(calls).toEqual([3]);
    expect(plain.ok && parts.ok).toBe(true);
    if (!plain.ok || !parts.ok) return;
    expect(parts.data.table.toObservations()).toEqual(plain.data.table.toObservations());
    expect({ ...parts.data, table: null }).toEqual({ ...plain.data, table: null });
  });

  it('reads nothing when a file has the wrong size, and refuses a reading whose file fails its checksum', async () => {
    calls.length = 0;
    expect(await openPublication(manifest, withFile('observations.csv', files['observations.csv'].slice(0, 1000)), inThreeParts)).toMatchObject({ ok: false, mismatches: [{ field: 'bytes' }] });
    expect(calls).toEqual([]);
    const flipped = withFile('observations.csv', files['observations.csv'].map((b, i) => (i === 80 ? b ^ 1 : b)));
    expect(await openPublication(manifest, flipped, inThreeParts)).toMatchObject({ ok: false, mismatches: [{ name: 'observations.csv', field: 'sha256' }] });
  });
});
