import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDatasetFiles } from '../dataset/dataset-io';
import { parseIndicatorsCsv } from '../catalog/parse-catalog';
import { datasetToJson, indicatorsToCsv, observationsToCsv } from '../dataset/dataset-export';
import { analyzeUpload } from './analyze-upload';
import { diffObservations } from './diff';

const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const parsed = parseDatasetFiles({ areas: read('areas.csv'), indicators: read('indicators.csv'), observations: read('observations.csv') });
if (!parsed.ok) throw new Error('built-in dataset does not parse');
const dataset = parsed.data;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('export then upload gives the identical dataset', () => {
  it.each([
    ['canonical CSV', observationsToCsv(dataset.observations)],
    ['canonical JSON', datasetToJson(dataset)],
  ])('%s → no changes in the diff', (_, text) => {
    const analysis = analyzeUpload(bytes(text), { ...dataset, history: dataset.observations });
    expect(analysis.issues).toEqual([]);
    const diff = diffObservations(dataset.observations, analysis.observations, 'merge');
    expect({ added: diff.added.length, changed: diff.changed.length, unchanged: diff.unchanged.length }).toEqual({ added: 0, changed: 0, unchanged: dataset.observations.length });
  });
});

/** Text built to be read as a formula, or to confuse the escaping: leading = + - @ and quotes, delimiters, line breaks. */
const hostileText = (lineBreaks: boolean) =>
  fc.tuple(
    fc.constantFrom('=', '+', '-', '@', "'", "''", "'=", "''-", "'@", '-5', '+1', '=-', '"', 'Báo cáo '),
    fc.string({ unit: fc.constantFrom('a', 'ồ', 'Đ', '=', '+', '-', '@', "'", '"', ',', ';', '1', '.', '%', '|', '!', '(', ')', ' ', ...(lineBreaks ? ['\t', '\n', '\r\n'] : [])), maxLength: 24 }),
  ).map(([start, rest]) => `${start}${rest}`.trim()).filter((s) => s !== '');

describe('export then upload gives the same hostile text back', () => {
  const rows = dataset.observations.slice(0, 6);
  it('source and note through the canonical CSV (the data table\'s export) and JSON', () => {
    fc.assert(fc.property(fc.array(fc.tuple(hostileText(true), hostileText(true)), { minLength: rows.length, maxLength: rows.length }), (texts) => {
      const hostile = rows.map((o, i) => ({ ...o, source: texts[i]?.[0] ?? '', note: texts[i]?.[1] ?? '' }));
      for (const text of [observationsToCsv(hostile), datasetToJson({ ...dataset, observations: hostile })]) {
        const analysis = analyzeUpload(bytes(text), { ...dataset, history: dataset.observations });
        expect(analysis.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(analysis.issues.every((i) => i.code === 'formula-cell')).toBe(true);
        expect(analysis.observations).toEqual(hostile);
      }
    }), { numRuns: 60 });
  });

  it('indicator names and units through the catalog CSV', () => {
    fc.assert(fc.property(hostileText(false), hostileText(false), hostileText(false), (name, nameEn, unit) => {
      const indicators = dataset.indicators.slice(0, 3).map((i) => ({ ...i, nameVi: name, nameEn, unit, unitEn: unit }));
      const again = parseIndicatorsCsv(indicatorsToCsv(indicators));
      expect(again.ok && again.data).toEqual(indicators);
    }), { numRuns: 60 });
  });
});
