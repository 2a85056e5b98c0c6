import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '../dataset-io';
import { datasetToJson, observationsToCsv } from '../dataset-export';
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
