import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, type DataFileName } from './manifest';
import { buildManifest } from './manifest-files';
import { openPublication, type PublicationFiles } from './open-publication';

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
});
