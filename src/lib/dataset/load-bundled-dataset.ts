import type { TabularDataset } from '../../domain/dataset/dataset-index';
import type { ParseIssue } from '../../domain/issues';
import { DatasetLoadError } from './dataset-errors';
import { datasetWorker } from './dataset-worker';
import areasUrl from '../../data/areas.csv?url';
import indicatorsUrl from '../../data/indicators.csv?url';
import observationsUrl from '../../data/observations.csv?url';

/**
 * The data built into the bundle as hashed assets (the app before published folders). Only a
 * build with VITE_BUNDLED_DATA=1 includes it: `npm run bench:data` compares it with the runtime folder.
 */
async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

export async function loadBundledDataset(): Promise<{ dataset: TabularDataset; warnings: ParseIssue[]; published: null }> {
  const [areas, indicators, observations] = await Promise.all([areasUrl, indicatorsUrl, observationsUrl].map(fetchText));
  const result = await datasetWorker().parseDatasetFiles({ areas: areas ?? '', indicators: indicators ?? '', observations: observations ?? '' });
  if (!result.ok) throw new DatasetLoadError(result.issues);
  return { dataset: result.data, warnings: result.warnings, published: null };
}
