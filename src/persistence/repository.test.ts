import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { buildDataset, buildObservation } from '../testing/builders';
import { StorageError, type DatasetRepository } from './dataset-repository';
import { createIndexedDbRepository } from './indexeddb-repository';
import { createMemoryRepository } from './memory-repository';
import { tabular } from '../domain/dataset/dataset-index';
import { ObservationTable } from '../domain/observations/observation-table';

/** What a read gives back, as observations: a version is stored as columns. */
const observationsOf = (d: Parameters<typeof tabular>[0] | undefined) => (d ? tabular(d).table.toObservations() : undefined);

const meta = (fileName: string) => ({ fileName, createdAt: '2026-11-22T00:00:00Z', note: '', counts: { added: 1, changed: 0, unchanged: 0, removed: 0, total: 1 } });
let dbCount = 0;
const freshDb = () => `chi-tieu-test-${++dbCount}`;

const failureOf = async (work: Promise<unknown>) => {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(StorageError);
  return (error as StorageError).failure;
};

const repositories: [string, () => DatasetRepository][] = [
  ['in memory', createMemoryRepository],
  ['in IndexedDB', () => createIndexedDbRepository(freshDb())],
];

describe.each(repositories)('the dataset repository %s', (_, create) => {
  it('commits versions, undoes to any of them, deletes, and falls back to the built-in version 0', async () => {
    const repo = create();
    expect(await repo.state()).toEqual({ versions: [], currentId: 0 });
    const first = await repo.commit(buildDataset(), meta('a.csv'), 0);
    const second = await repo.commit(buildDataset({ observations: [] }), meta('b.csv'), 1);
    expect([first.id, second.id]).toEqual([1, 2]);
    expect((await repo.state()).currentId).toBe(2);
    await repo.setCurrent(1);
    expect((await repo.state()).currentId).toBe(1);
    await repo.setCurrent(2);
    await repo.remove(2);
    expect(await repo.state()).toMatchObject({ currentId: 1, versions: [{ id: 1, fileName: 'a.csv' }] });
    await repo.remove(1);
    expect(await repo.state()).toEqual({ versions: [], currentId: 0 });
    expect(await repo.dataset(1)).toBeUndefined();
  });

  // Two tabs: each built its version on what it saw; the second to commit must not drop the first's rows.
  it.each([
    { name: 'both built on the built-in data', setup: [] as number[], base: 0, moved: 1 },
    { name: 'both built on version 1', setup: [0], base: 1, moved: 2 },
    { name: 'the other tab undid to the built-in data', setup: [0, 1], base: 2, moved: 0, undo: 0 },
    { name: 'the other tab undid to an older version', setup: [0, 1], base: 2, moved: 1, undo: 1 },
  ])('refuses a commit built on a version that is no longer current ($name), writing nothing', async ({ setup, base, moved, undo }) => {
    const repo = create();
    for (const b of setup) await repo.commit(buildDataset(), meta(`setup-${b}.csv`), b);
    if (undo === undefined) await repo.commit(buildDataset(), meta('other-tab.csv'), base);
    else await repo.setCurrent(undo);
    const before = await repo.state();
    const error = await repo.commit(buildDataset({ observations: [] }), meta('this-tab.csv'), base).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: 'conflict', details: { foundCurrentId: moved } });
    expect(await repo.state()).toEqual(before);
  });

  it.each([7, 3, -1])('refuses to make a version current that does not exist (%i), e.g. deleted in another tab', async (id) => {
    const repo = create();
    await repo.commit(buildDataset(), meta('a.csv'), 0);
    await repo.commit(buildDataset(), meta('b.csv'), 1);
    await repo.remove(1);
    expect(await failureOf(repo.setCurrent(id === 3 ? 1 : id))).toBe('conflict');
    expect((await repo.state()).currentId).toBe(2);
  });
});

describe('stored records read back from IndexedDB', () => {
  const good = buildDataset({ observations: [buildObservation({ actual: 5 })] });
  it.each([
    { name: 'not an object', state: 'hello' },
    { name: 'versions missing', state: { currentId: 0 } },
    { name: 'current version not in the list', state: { versions: [], currentId: 4 } },
    { name: 'a version with a negative count', state: { versions: [{ ...meta('a.csv'), id: 1, counts: { ...meta('a.csv').counts, added: -1 } }], currentId: 1 } },
    { name: 'a prototype key', state: JSON.parse('{"__proto__": {"currentId": 1}, "versions": "x"}') as unknown },
  ])('a corrupt list of versions ($name) is reported once, set aside, and writing starts afresh', async ({ state }) => {
    const name = freshDb();
    const repo = createIndexedDbRepository(name);
    await set('state', state, createStore(name, 'versions'));
    expect(await failureOf(repo.state())).toBe('corrupt');
    expect(await repo.state()).toEqual({ versions: [], currentId: 0 });
    expect((await repo.commit(good, meta('a.csv'), 0)).id).toBe(1);
    expect(observationsOf(await repo.dataset(1))).toEqual(good.observations);
  });

  it.each([
    { name: 'a plan as text', patch: { plan: '12' } },
    { name: 'a year as a fraction', patch: { year: 2020.5 } },
    { name: 'no area', patch: { area: '' } },
    { name: 'an infinite actual', patch: { actual: Infinity } },
  ])('a corrupt dataset ($name) is reported, never handed to the views', async ({ patch }) => {
    const name = freshDb();
    const repo = createIndexedDbRepository(name);
    await repo.commit(good, meta('a.csv'), 0);
    await set('dataset:1', { ...good, observations: [{ ...good.observations[0], ...patch }] }, createStore(name, 'versions'));
    expect(await failureOf(repo.dataset(1))).toBe('corrupt');
  });

  const columnsOf = () => ({ ...ObservationTable.from(good.observations).columns });
  it.each([
    { name: 'a code past its dictionary', damage: (c: ReturnType<typeof columnsOf>) => ({ ...c, areaIds: [] }) },
    { name: 'an infinite plan', damage: (c: ReturnType<typeof columnsOf>) => ({ ...c, plan: Float64Array.from(c.plan, () => Infinity) }) },
    { name: 'a column of numbers stored as a list', damage: (c: ReturnType<typeof columnsOf>) => ({ ...c, year: Array.from(c.year) }) },
    { name: 'a column too short', damage: (c: ReturnType<typeof columnsOf>) => ({ ...c, actual: c.actual.slice(1) }) },
    { name: 'a text that is not one', damage: (c: ReturnType<typeof columnsOf>) => ({ ...c, strings: [1] }) },
  ])('a corrupt dataset stored as columns ($name) is reported, never handed to the views', async ({ damage }) => {
    const name = freshDb();
    const repo = createIndexedDbRepository(name);
    await repo.commit(good, meta('a.csv'), 0);
    await set('dataset:1', { areas: good.areas, indicators: good.indicators, columns: damage(columnsOf()) }, createStore(name, 'versions'));
    expect(await failureOf(repo.dataset(1))).toBe('corrupt');
  });

  it('a version stored as objects before columns still reads', async () => {
    const name = freshDb();
    const repo = createIndexedDbRepository(name);
    await repo.commit(good, meta('a.csv'), 0);
    await set('dataset:1', good, createStore(name, 'versions'));
    expect(observationsOf(await repo.dataset(1))).toEqual(good.observations);
  });
});
