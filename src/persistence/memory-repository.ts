import type { Dataset } from '../domain/model';
import { nextCurrentAfterRemoval, type DatasetRepository, type VersionMeta, type VersionState } from './dataset-repository';

/** The in-memory fake: same behaviour as IndexedDB, gone on reload. */
export function createMemoryRepository(): DatasetRepository {
  let state: VersionState = { versions: [], currentId: 0 };
  const datasets = new Map<number, Dataset>();
  return {
    kind: 'memory',
    state: () => Promise.resolve(structuredClone(state)),
    dataset: (id) => Promise.resolve(datasets.get(id)),
    commit(dataset, meta) {
      const id = Math.max(0, ...state.versions.map((v) => v.id)) + 1;
      const version: VersionMeta = { ...meta, id };
      datasets.set(id, dataset);
      state = { versions: [...state.versions, version], currentId: id };
      return Promise.resolve(version);
    },
    setCurrent(id) {
      state = { ...state, currentId: id };
      return Promise.resolve();
    },
    remove(id) {
      datasets.delete(id);
      state = { versions: state.versions.filter((v) => v.id !== id), currentId: nextCurrentAfterRemoval(state, id) };
      return Promise.resolve();
    },
  };
}
