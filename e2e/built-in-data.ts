import { readFileSync } from 'node:fs';
import { createDatasetIndex, type DatasetIndex } from '../src/domain/dataset/dataset-index';
import { parseDatasetFiles } from '../src/domain/dataset/dataset-io';

/** The built-in data (data/*.csv, the optional files too) read by the app's own parser: specs compute what the page must show from it. */
export function builtInIndex(): DatasetIndex {
  const parsed = parseDatasetFiles({
    areas: readFileSync('data/areas.csv', 'utf8'),
    indicators: readFileSync('data/indicators.csv', 'utf8'),
    observations: readFileSync('data/observations.csv', 'utf8'),
    awards: readFileSync('data/awards.csv', 'utf8'),
    mainTargets: readFileSync('data/main-targets.csv', 'utf8'),
  });
  if (!parsed.ok) throw new Error('the built-in dataset does not parse');
  return createDatasetIndex(parsed.data);
}
