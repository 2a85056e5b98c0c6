import { wrap } from 'comlink';
import type { Dataset } from '../domain/model';
import type { ParseIssue } from '../domain/issues';
import type { DatasetWorkerApi } from '../workers/dataset.worker';
import { StorageError, type DatasetRepository, type VersionMeta, type VersionState } from '../persistence/dataset-repository';
import { repository, takeStartupCorruption } from './repository';
import areasUrl from '../../data/areas.csv?url';
import indicatorsUrl from '../../data/indicators.csv?url';
import observationsUrl from '../../data/observations.csv?url';

let worker: ReturnType<typeof wrap<DatasetWorkerApi>> | null = null;
const datasetWorker = () => (worker ??= wrap<DatasetWorkerApi>(new Worker(new URL('../workers/dataset.worker.ts', import.meta.url), { type: 'module' })));

export class DatasetLoadError extends Error {
  constructor(readonly issues: ParseIssue[]) {
    super(`The built-in dataset has ${issues.length} problems`);
  }
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** The built-in dataset (data/), fetched as files and parsed in the worker by the upload's own parser. */
export async function loadBuiltInDataset(): Promise<{ dataset: Dataset; warnings: ParseIssue[] }> {
  const [areas, indicators, observations] = await Promise.all([areasUrl, indicatorsUrl, observationsUrl].map(fetchText));
  const result = await datasetWorker().parseDatasetFiles({ areas: areas ?? '', indicators: indicators ?? '', observations: observations ?? '' });
  if (!result.ok) throw new DatasetLoadError(result.issues);
  return { dataset: result.data, warnings: result.warnings };
}

/** A stored record that failed validation: kept out of the way, never shown as data. */
export interface SetAside {
  /** `versions`: the list of versions; `version`: one version's dataset. */
  what: 'versions' | 'version';
  id?: number;
  reason: string;
}

export interface CurrentDataset {
  dataset: Dataset;
  warnings: ParseIssue[];
  /** The version shown: 0 is the built-in dataset. */
  version: VersionMeta | null;
  state: VersionState;
  storage: DatasetRepository['kind'];
  setAside: SetAside[];
}

const EMPTY_STATE: VersionState = { versions: [], currentId: 0 };
const isCorrupt = (error: unknown): error is StorageError => error instanceof StorageError && error.failure === 'corrupt';
const reasonOf = (error: StorageError) => error.message.replace(/^Storage corrupt: /, '');

/**
 * The dataset the dashboard shows: the current committed version, else the built-in one.
 * Stored records are validated as they are read; a corrupt one is set aside and reported,
 * and the page goes on with the built-in data.
 */
export async function loadCurrentDataset(): Promise<CurrentDataset> {
  const repo = await repository();
  const setAside: SetAside[] = [];
  const atStartup = takeStartupCorruption();
  if (atStartup) setAside.push({ what: 'versions', reason: reasonOf(atStartup) });
  const state = await repo.state().catch((error: unknown) => {
    if (!isCorrupt(error)) throw error;
    setAside.push({ what: 'versions', reason: reasonOf(error) });
    return EMPTY_STATE;
  });
  const stored =
    state.currentId === 0
      ? undefined
      : await repo.dataset(state.currentId).catch((error: unknown) => {
          if (!isCorrupt(error)) throw error;
          setAside.push({ what: 'version', id: state.currentId, reason: reasonOf(error) });
          return undefined;
        });
  if (stored) return { dataset: stored, warnings: [], version: state.versions.find((v) => v.id === state.currentId) ?? null, state, storage: repo.kind, setAside };
  const builtIn = await loadBuiltInDataset();
  return { ...builtIn, version: null, state, storage: repo.kind, setAside };
}
