import { describe, expect, it } from 'vitest';
import { createMemoryRepository } from './memory-repository';
import { buildDataset } from '../testing/builders';

const meta = (fileName: string) => ({ fileName, createdAt: '2026-11-22T00:00:00Z', note: '', counts: { added: 1, changed: 0, unchanged: 0, removed: 0, total: 1 } });

describe('the dataset repository (in-memory fake)', () => {
  it('commits versions, undoes to any of them, deletes, and falls back to the built-in version 0', async () => {
    const repo = createMemoryRepository();
    expect(await repo.state()).toEqual({ versions: [], currentId: 0 });
    const first = await repo.commit(buildDataset(), meta('a.csv'));
    const second = await repo.commit(buildDataset({ observations: [] }), meta('b.csv'));
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
});
