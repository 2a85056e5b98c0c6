import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '../dataset/dataset-io';
import type { Dataset } from '../model';
import { buildIndicator, buildObservation, LAI_CHAU_AREAS } from '../../testing/builders';
import { DATA_FILES, readManifest } from './manifest';
import { checkFile } from './manifest-files';
import { publishDataset, PUBLISHED_FILES, type PublishedFolder } from './publish';

const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const builtIn = parseDatasetFiles({ areas: read('areas.csv'), indicators: read('indicators.csv'), observations: read('observations.csv') });
if (!builtIn.ok) throw new Error('data/ does not parse');

const tricky: Dataset = {
  areas: LAI_CHAU_AREAS,
  indicators: [buildIndicator(), buildIndicator({ id: 'poverty_reduction', nameVi: 'Giảm tỷ lệ hộ nghèo, "bình quân"', unit: 'điểm %', unitEn: 'points', decimals: 2, additive: false })],
  observations: [
    buildObservation({ indicator: 'budget_revenue', unit: 'tỷ đồng', plan: 70, actual: 75.5, source: 'Báo cáo, tr. 3', note: 'dòng một\ndòng hai, "trích"' }),
    buildObservation({ area: 'sin-ho', plan: null, actual: 4.2, reportedPercent: 105, note: 'đạt 105% KH' }),
    buildObservation({ area: 'lai-chau', year: 2016, indicator: 'budget_revenue', unit: 'tỷ đồng', plan: 1500, actual: 1862.123 }),
  ],
};

const published = new Date('2026-11-28T09:30:12.345Z');
const meta = { publisher: 'Sở Kế hoạch và Đầu tư', note: 'Số liệu năm 2025', published };
const text = (folder: PublishedFolder, name: (typeof PUBLISHED_FILES)[number]) => new TextDecoder().decode(folder.files[name]);

describe('publishing a dataset', () => {
  it.each([
    ['the built-in data', builtIn.data],
    ['notes with quotes, commas and line breaks', tricky],
  ])('round-trips %s through the app parser, every file matching the manifest', async (_, dataset) => {
    const result = await publishDataset(dataset, meta);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { folder } = result;
    expect(Object.keys(folder.files).sort()).toEqual([...PUBLISHED_FILES].sort());
    const reread = parseDatasetFiles({ areas: text(folder, 'areas.csv'), indicators: text(folder, 'indicators.csv'), observations: text(folder, 'observations.csv') });
    expect(reread.ok && reread.data).toEqual(dataset);
    const manifest = readManifest(JSON.parse(text(folder, 'manifest.json')));
    expect(manifest).toEqual({ ok: true, manifest: folder.manifest });
    for (const name of DATA_FILES) expect(await checkFile(folder.manifest.files.find((f) => f.name === name)!, folder.files[name])).toBeNull();
    expect(folder.manifest).toMatchObject({ publisher: meta.publisher, note: meta.note, published: '2026-11-28T09:30:12.345Z' });
    expect(folder.manifest.files.find((f) => f.name === 'observations.csv')?.rows).toBe(dataset.observations.length);
  });

  it('writes the canonical columns of data/', async () => {
    const result = await publishDataset(builtIn.data, meta);
    if (!result.ok) throw new Error('refused');
    for (const name of DATA_FILES) expect(text(result.folder, name).split('\n')[0]).toBe(read(name).split('\n')[0]);
  });

  it('gives each publication its own version, even of the same data in the same minute', async () => {
    const ids = await Promise.all([0, 1, 2].map(async (ms) => {
      const result = await publishDataset(tricky, { ...meta, published: new Date(published.getTime() + ms) });
      return result.ok ? result.folder.manifest.version : null;
    }));
    expect(new Set(ids).size).toBe(3);
  });

  it('refuses a figure the parser could not read back, naming file, row, column and value', async () => {
    // "1.862" alone reads as 1862 in Vietnamese or 1.862 in English: the app would report it, so it is never published.
    const ambiguous: Dataset = { ...tricky, observations: [buildObservation({ indicator: 'budget_revenue', unit: 'tỷ đồng', actual: 1.862 })] };
    const result = await publishDataset(ambiguous, meta);
    expect(result).toMatchObject({ ok: false, issues: [{ severity: 'error', file: 'observations.csv', row: 2, column: 'actual', value: '1.862' }] });
  });

  it('refuses a note the manifest cannot carry, saying how long it may be', async () => {
    const result = await publishDataset(tricky, { ...meta, note: 'x'.repeat(2001) });
    expect(result).toMatchObject({ ok: false, issues: [{ file: 'manifest.json', column: 'note' }] });
    if (!result.ok) expect(result.issues[0]?.message.en).toContain('at most 2000');
  });
});
