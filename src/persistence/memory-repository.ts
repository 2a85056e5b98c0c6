import type { TabularDataset } from '../domain/dataset/dataset-index';
import type { Dataset } from '../domain/model';
import { planCommit, planNotePublication, planRemove, planSetCurrent, type DatasetRepository, type VersionState } from './dataset-repository';

/** The in-memory fake: same behaviour as IndexedDB (the same plans, the same refusals), gone on reload. */
export function createMemoryRepository(): DatasetRepository {
  let state: VersionState = { versions: [], currentId: 0 };
  const datasets = new Map<number, Dataset | TabularDataset>();
  const later = <T>(work: () => T) => Promise.resolve().then(work);
  return {
    kind: 'memory',
    state: () => later(() => structuredClone(state)),
    dataset: (id) => later(() => datasets.get(id)),
    commit: (dataset, meta, baseId, options) =>
      later(() => {
        const planned = planCommit(state, meta, baseId, options);
        datasets.set(planned.version.id, dataset);
        state = planned.state;
        return planned.version;
      }),
    notePublication: (seen) =>
      later(() => {
        const next = planNotePublication(state, seen);
        if (next) state = next;
        return next !== null;
      }),
    setCurrent: (id) => later(() => void (state = planSetCurrent(state, id))),
    remove: (id) =>
      later(() => {
        datasets.delete(id);
        state = planRemove(state, id);
      }),
  };
}
