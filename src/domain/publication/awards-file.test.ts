import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '../dataset/dataset-io';
import { DATA_FILES, readManifest } from './manifest';
import { buildManifest, type DataFiles } from './manifest-files';
import { checkFolder } from './check-folder';
import { openPublication } from './open-publication';
import { planFetch } from './load-plan';
import { publishDataset } from './publish';

/** awards.csv is an optional file of a published folder: with it the awards load; without it the folder loads as before. */
const bytesOf = (name: string) => new Uint8Array(readFileSync(`data/${name}`));
const required = Object.fromEntries(DATA_FILES.map((name) => [name, bytesOf(name)])) as DataFiles;
const withAwards: DataFiles = { ...required, 'awards.csv': bytesOf('awards.csv') };
const meta = { published: new Date('2026-11-28T02:30:00Z'), publisher: 'test', note: '' };
const encode = (s: string) => new TextEncoder().encode(s);

describe('awards.csv in a publication', () => {
  it('the manifest lists it when the folder has it, and a folder without it still has a valid manifest', async () => {
    const full = await buildManifest(withAwards, meta);
    const old = await buildManifest(required, meta);
    expect(full.files.map((f) => f.name)).toEqual([...DATA_FILES, 'awards.csv']);
    expect(old.files.map((f) => f.name)).toEqual([...DATA_FILES]);
    expect(readManifest(JSON.parse(JSON.stringify(old))).ok).toBe(true);
    const twice = readManifest({ ...full, files: [...full.files, full.files[3]] });
    expect(twice.ok || twice.problem).toMatch(/^files/);
    expect(readManifest({ ...full, files: full.files.filter((f) => f.name !== 'areas.csv') })).toMatchObject({ ok: false });
  });

  it('opens with its awards; without awards.csv it opens with none', async () => {
    const opened = await openPublication(await buildManifest(withAwards, meta), withAwards);
    expect(opened.ok && opened.data.awards?.map((a) => `${a.area}:${a.kind}:${a.status}`)).toEqual(['lang-son:government_flag:proposed', 'lao-cai:pm_certificate:proposed']);
    const old = await openPublication(await buildManifest(required, meta), required);
    expect(old.ok && old.data.awards).toBeUndefined();
  });

  it('a listed awards.csv that did not arrive, or was changed, refuses the whole publication', async () => {
    const manifest = await buildManifest(withAwards, meta);
    expect(await openPublication(manifest, required)).toMatchObject({ ok: false, mismatches: [{ name: 'awards.csv', field: 'bytes' }] });
    const changed = { ...withAwards, 'awards.csv': withAwards['awards.csv']!.map((b, i) => (i === 10 ? b ^ 1 : b)) };
    expect(await openPublication(manifest, changed)).toMatchObject({ ok: false, mismatches: [{ name: 'awards.csv', field: 'sha256' }] });
  });

  it('only the files the manifest lists are fetched; an unchanged awards.csv is reused', async () => {
    const full = await buildManifest(withAwards, meta);
    expect(planFetch(full, null).fetch).toEqual([...DATA_FILES, 'awards.csv']);
    expect(planFetch(await buildManifest(required, meta), null).fetch).toEqual([...DATA_FILES]);
    expect(planFetch(full, full)).toEqual({ fetch: [], reuse: [...DATA_FILES, 'awards.csv'] });
  });

  it('checking a folder locates a bad awards row in awards.csv', async () => {
    const bad = encode('area,year,award,status,source,note\nlang-son,2016,government_flag,proposed,,\n');
    const check = await checkFolder({ ...required, 'awards.csv': bad });
    expect(check.dataset).toBeNull();
    expect(check.issues.filter((i) => i.severity === 'error').map((i) => [i.file, i.row, i.column, i.code])).toEqual([['awards.csv', 2, 'source', 'missing-source']]);
  });

  it('publishing writes awards.csv when the dataset has awards, and reads it back the same', async () => {
    const dataset = parseDatasetFiles({ areas: readFileSync('data/areas.csv', 'utf8'), indicators: readFileSync('data/indicators.csv', 'utf8'), observations: readFileSync('data/observations.csv', 'utf8'), awards: readFileSync('data/awards.csv', 'utf8') });
    if (!dataset.ok) throw new Error('data/ does not parse');
    const result = await publishDataset(dataset.data, meta);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.folder.manifest.files.map((f) => f.name)).toContain('awards.csv');
    const reopened = await openPublication(result.folder.manifest, result.folder.files);
    expect(reopened.ok && reopened.data.awards).toEqual(dataset.data.awards);
    const plain = await publishDataset({ ...dataset.data, awards: undefined }, meta);
    expect(plain.ok && Object.keys(plain.folder.files)).not.toContain('awards.csv');
  });
});
