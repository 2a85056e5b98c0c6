import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '../dataset/dataset-io';
import { ALL_DATA_FILES, DATA_FILES, readManifest } from './manifest';
import { buildManifest, type DataFiles } from './manifest-files';
import { checkFolder } from './check-folder';
import { openPublication } from './open-publication';
import { planFetch } from './load-plan';
import { publishDataset } from './publish';

/** main-targets.csv is an optional file of a published folder, like awards.csv: with it the lists load; without it the folder loads as before. */
const bytesOf = (name: string) => new Uint8Array(readFileSync(`data/${name}`));
const required = Object.fromEntries(DATA_FILES.map((name) => [name, bytesOf(name)])) as DataFiles;
const withLists: DataFiles = { ...required, 'main-targets.csv': bytesOf('main-targets.csv') };
const withBoth: DataFiles = { ...withLists, 'awards.csv': bytesOf('awards.csv') };
const meta = { published: new Date('2026-11-28T02:30:00Z'), publisher: 'test', note: '' };
const encode = (s: string) => new TextEncoder().encode(s);
const text = (name: string) => readFileSync(`data/${name}`, 'utf8');

describe('main-targets.csv in a publication', () => {
  it('the manifest lists it when the folder has it (after awards.csv), and only then', async () => {
    expect((await buildManifest(withLists, meta)).files.map((f) => f.name)).toEqual([...DATA_FILES, 'main-targets.csv']);
    expect((await buildManifest(withBoth, meta)).files.map((f) => f.name)).toEqual([...ALL_DATA_FILES]);
    const full = await buildManifest(withBoth, meta);
    expect(readManifest(JSON.parse(JSON.stringify(full))).ok).toBe(true);
    const twice = readManifest({ ...full, files: [...full.files, full.files[4]] });
    expect(twice.ok || twice.problem).toMatch(/^files/);
  });

  it('opens with its rows; without main-targets.csv it opens with none', async () => {
    const opened = await openPublication(await buildManifest(withLists, meta), withLists);
    expect(opened.ok && opened.data.mainTargets?.map((t) => `${t.area}:${t.year}:${t.indicator}:${t.scope}`)).toEqual(
      ['grdp_growth', 'grdp_per_capita', 'budget_revenue', 'standard_schools', 'birth_rate_reduction', 'poverty_reduction', 'jobs_created'].map((id) => `lai-chau:2024:${id}:partial`),
    );
    const old = await openPublication(await buildManifest(required, meta), required);
    expect(old.ok && old.data.mainTargets).toBeUndefined();
  });

  it('a listed main-targets.csv that did not arrive, or was changed, refuses the whole publication', async () => {
    const manifest = await buildManifest(withLists, meta);
    expect(await openPublication(manifest, required)).toMatchObject({ ok: false, mismatches: [{ name: 'main-targets.csv', field: 'bytes' }] });
    const changed = { ...withLists, 'main-targets.csv': withLists['main-targets.csv']!.map((b, i) => (i === 10 ? b ^ 1 : b)) };
    expect(await openPublication(manifest, changed)).toMatchObject({ ok: false, mismatches: [{ name: 'main-targets.csv', field: 'sha256' }] });
  });

  it('only the files the manifest lists are fetched; an unchanged main-targets.csv is reused', async () => {
    const lists = await buildManifest(withLists, meta);
    expect(planFetch(lists, null).fetch).toEqual([...DATA_FILES, 'main-targets.csv']);
    expect(planFetch(lists, lists)).toEqual({ fetch: [], reuse: [...DATA_FILES, 'main-targets.csv'] });
  });

  it('checking a folder locates a bad row in main-targets.csv', async () => {
    const bad = encode('area,year,indicator,scope,source,note\nlai-chau,2024,grdp_growth,partial,,\nlai-chau,2024,GRDP bình quân,partial,s,\n');
    const check = await checkFolder({ ...required, 'main-targets.csv': bad });
    expect(check.dataset).toBeNull();
    expect(check.issues.filter((i) => i.severity === 'error').map((i) => [i.file, i.row, i.column, i.code])).toEqual([
      ['main-targets.csv', 2, 'source', 'missing-source'],
      ['main-targets.csv', 3, 'indicator', 'unknown-indicator'],
    ]);
  });

  it('publishing writes main-targets.csv when the dataset has lists, and reads it back the same', async () => {
    const dataset = parseDatasetFiles({ areas: text('areas.csv'), indicators: text('indicators.csv'), observations: text('observations.csv'), awards: text('awards.csv'), mainTargets: text('main-targets.csv') });
    if (!dataset.ok) throw new Error('data/ does not parse');
    const result = await publishDataset(dataset.data, meta);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.folder.manifest.files.map((f) => f.name)).toEqual([...ALL_DATA_FILES]);
    expect(new TextDecoder().decode(result.folder.files['main-targets.csv'])).toBe(text('main-targets.csv'));
    const reopened = await openPublication(result.folder.manifest, result.folder.files);
    expect(reopened.ok && reopened.data.mainTargets).toEqual(dataset.data.mainTargets);
    const plain = await publishDataset({ ...dataset.data, mainTargets: undefined }, meta);
    expect(plain.ok && Object.keys(plain.folder.files)).not.toContain('main-targets.csv');
  });
});
