/**
 * The upload's two readers of a delimited file — the one-pass reader of a long file (stream-long-file.ts)
 * and the general reader, which parses the whole file first — must give the same analysis, to the last
 * issue, message and value: on messy generated files and on every CSV of the bad-input corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeUpload, analyzeUploadWhole, type Catalog, type UploadOptions } from './analyze-upload';
import { parseDatasetFiles } from '../dataset/dataset-io';
import { messyUpload } from '../../testing/messy-upload';
import { streamLongFile } from './stream-long-file';

const dataDir = new URL('../../../data/', import.meta.url);
const readText = (name: string) => readFileSync(new URL(name, dataDir), 'utf8');
const dataset = parseDatasetFiles({ areas: readText('areas.csv'), indicators: readText('indicators.csv'), observations: readText('observations.csv') });
if (!dataset.ok) throw new Error('data/*.csv does not parse');
const { areas, indicators } = dataset.data;
const catalog: Catalog = { areas, indicators, history: dataset.data.observations };

const names = ['Sìn Hồ', 'Sin Ho', 'H. Sìn Hồ', 'TP Lai Châu', 'tam-duong', 'PHONG THỔ', 'huyện Than Uyên', 'Lai Châu', 'Than Uyên'];
const indicatorNames = indicators.slice(0, 6).flatMap((i) => [i.nameVi, i.id]);

const same = (bytes: Uint8Array, options: UploadOptions = {}) => expect(analyzeUpload(bytes, catalog, options)).toEqual(analyzeUploadWhole(bytes, catalog, options));

describe('the streamed and the whole-file reader agree', () => {
  it.each([
    ['a messy file, locale detected', { rows: 3000, areas: names, indicators: indicatorNames, years: [2019, 2021, 2024, 2025, 2026, 1850] }, {}],
    ['a messy file, Vietnamese numbers declared', { rows: 1500, areas: names, indicators: indicatorNames, years: [2020, 2025] }, { numberLocale: 'vi' }],
    ['a messy file, English numbers declared', { rows: 1500, areas: names, indicators: indicatorNames, years: [2020, 2025] }, { numberLocale: 'en' }],
    ['a messy comma-delimited file', { rows: 1500, areas: names, indicators: indicatorNames, years: [2022], delimiter: ',' }, {}],
    ['English opening rows the rest of the file outvotes', { rows: 22_000, areas: names, indicators: indicatorNames, years: Array.from({ length: 25 }, (_, k) => 2000 + k), plainRows: 20_500 }, {}],
    ['aliases chosen by the analyst', { rows: 1500, areas: [...names, 'Huyện Tân Uyên'], indicators: [...indicatorNames, 'Thu NS'], years: [2024, 2025] }, { areaAliases: { 'Huyện Tân Uyên': 'xa-tan-uyen' }, indicatorAliases: { 'Thu NS': indicators[0]!.id } }],
  ] as const)('%s', (_, file, options) => {
    same(messyUpload(file), options);
  }, 60_000);

  it.each([
    ['takes a messy long file whole', { rows: 300, areas: names, indicators: indicatorNames, years: [2021] }, true],
    ['leaves a file whose opening rows guess the wrong locale to the general reader', { rows: 22_000, areas: names, indicators: indicatorNames, years: [2020], plainRows: 20_500 }, false],
  ] as const)('the one-pass reader %s', (_, file, taken) => {
    const text = new TextDecoder().decode(messyUpload(file));
    expect(streamLongFile(text, catalog, {}) !== null).toBe(taken);
  }, 60_000);

  const corpus = new URL('bad-inputs/', dataDir);
  it.each(readdirSync(corpus).filter((f) => /\.(csv|txt)$/.test(f)))('%s', (name) => {
    same(new Uint8Array(readFileSync(new URL(name, corpus))));
  });
});
