import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { PublicationRef } from '../domain/publication/draft-base';
import { buildDataset } from '../testing/builders';
import { StorageError, type DatasetRepository } from './dataset-repository';
import { createIndexedDbRepository } from './indexeddb-repository';
import { createMemoryRepository } from './memory-repository';

const v1: PublicationRef = { version: '20261128T0930Z-3fa9c2', published: '2026-11-28T09:30:00+07:00' };
const v2: PublicationRef = { version: '20261205T0800Z-77ab01', published: '2026-12-05T08:00:00+07:00' };
const v3: PublicationRef = { version: '20261210T0800Z-0c0c0c', published: '2026-12-10T08:00:00+07:00' };
const meta = (fileName: string, basePublication?: PublicationRef | null) => ({
  fileName, createdAt: '2026-11-22T00:00:00Z', note: '', counts: { added: 1, changed: 0, unchanged: 0, removed: 0, total: 1 },
  ...(basePublication === undefined ? {} : { basePublication }),
});
let dbCount = 0;
const repositories: [string, () => DatasetRepository][] = [
  ['in memory', createMemoryRepository],
  ['in IndexedDB', () => createIndexedDbRepository(`chi-tieu-base-test-${++dbCount}`)],
];
const refusal = (work: Promise<unknown>) => work.then(() => null, (e: unknown) => e as StorageError);

describe.each(repositories)('a draft’s base publication, %s', (_, create) => {
  it('records the newest publication a tab showed, writing only when it changes', async () => {
    const repo = create();
    expect(await repo.notePublication(v1)).toBe(true);
    expect(await repo.notePublication(v1)).toBe(false);
    expect(await repo.notePublication(v2)).toBe(true);
    expect(await repo.state()).toEqual({ versions: [], currentId: 0, latestPublication: v2 });
  });

  it.each<[string, PublicationRef | null | undefined, PublicationRef | null, boolean]>([
    ['built on the newest', v2, v2, true],
    ['built on an older one', v1, v2, false],
    ['no publication known yet', v1, null, true],
    ['a bundled build’s data (no publication)', null, v2, true],
    ['base not given (an older tab’s code)', undefined, v2, true],
  ])('commits on the base publication it was given: %s', async (_name, base, latest, saved) => {
    const repo = create();
    if (latest) await repo.notePublication(latest);
    const before = await repo.state();
    const error = await refusal(repo.commit(buildDataset(), meta('a.csv', base), 0));
    if (saved) {
      expect(error).toBeNull();
      expect((await repo.state()).versions[0]?.basePublication).toEqual(base ?? (base === null ? null : undefined));
    } else {
      expect(error).toMatchObject({ failure: 'stale-base', details: { basePublication: base, latestPublication: latest } });
      expect(await repo.state()).toEqual(before);
    }
  });

  it('saves on the older publication only when the analyst chose it against the newest known', async () => {
    const repo = create();
    await repo.notePublication(v2);
    expect((await refusal(repo.commit(buildDataset(), meta('a.csv', v1), 0, { keepOlderBase: v1 })))?.failure).toBe('stale-base');
    await repo.notePublication(v3);
    // Chosen against v2, but v3 came meanwhile: asked again.
    expect(await refusal(repo.commit(buildDataset(), meta('a.csv', v1), 0, { keepOlderBase: v2 }))).toMatchObject({ details: { latestPublication: v3 } });
    const saved = await repo.commit(buildDataset(), meta('a.csv', v1), 0, { keepOlderBase: v3 });
    expect(saved).toMatchObject({ id: 1, basePublication: v1 });
  });

  it('a draft built on a draft inherits its publication, whatever the page said', async () => {
    const repo = create();
    await repo.notePublication(v1);
    await repo.commit(buildDataset(), meta('a.csv', v1), 0);
    expect(await repo.commit(buildDataset(), meta('b.csv', v2), 1)).toMatchObject({ id: 2, basePublication: v1 });
    await repo.notePublication(v2);
    expect(await refusal(repo.commit(buildDataset(), meta('c.csv', v2), 2))).toMatchObject({ failure: 'stale-base', details: { basePublication: v1, latestPublication: v2 } });
    // Undo, delete and make current keep the newest publication known.
    await repo.setCurrent(1);
    await repo.remove(2);
    expect(await repo.state()).toMatchObject({ currentId: 1, latestPublication: v2 });
  });
});

describe('the publication fields read back from IndexedDB', () => {
  const version = { id: 1, ...meta('a.csv') };
  it.each<[string, unknown, 'ok' | 'corrupt']>([
    ['a version saved before bases were recorded', { versions: [version], currentId: 1 }, 'ok'],
    ['a version on a bundled build (null base)', { versions: [{ ...version, basePublication: null }], currentId: 1, latestPublication: v1 }, 'ok'],
    ['a version with its base', { versions: [{ ...version, basePublication: v1 }], currentId: 1, latestPublication: v2 }, 'ok'],
    ['a base version with a slash', { versions: [{ ...version, basePublication: { ...v1, version: '../x' } }], currentId: 1 }, 'corrupt'],
    ['a base without a date', { versions: [{ ...version, basePublication: { version: 'v1' } }], currentId: 1 }, 'corrupt'],
    ['a newest publication as text', { versions: [], currentId: 0, latestPublication: 'v2' }, 'corrupt'],
    ['a newest publication with a huge date', { versions: [], currentId: 0, latestPublication: { version: 'v2', published: 'x'.repeat(101) } }, 'corrupt'],
  ])('%s', async (_, state, expected) => {
    const name = `chi-tieu-base-read-${++dbCount}`;
    const repo = createIndexedDbRepository(name);
    await set('state', state, createStore(name, 'versions'));
    const read = await repo.state().then((s) => ({ ok: s }), (e: unknown) => ({ error: e as StorageError }));
    if (expected === 'ok') expect(read).toEqual({ ok: state });
    else expect(read).toMatchObject({ error: { failure: 'corrupt' } });
  });
});
