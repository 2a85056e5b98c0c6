import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { MANIFEST_SCHEMA, type Manifest } from '../domain/publication/manifest';
import { createPublishedStore, type PublishedRecord } from './published-store';

let n = 0;
const freshDb = () => `chi-tieu-published-test-${++n}`;
const manifest = (version: string): Manifest => ({
  schema: MANIFEST_SCHEMA,
  version,
  published: '2026-11-28T09:30:00+07:00',
  publisher: '',
  note: '',
  files: (['areas.csv', 'indicators.csv', 'observations.csv'] as const).map((name) => ({ name, sha256: 'a'.repeat(64), bytes: 1, rows: 0 })),
});
const record = (version: string): PublishedRecord => ({
  manifest: manifest(version),
  dataUrl: 'http://127.0.0.1:4287/d/',
  savedAt: '2026-11-28T10:00:00Z',
  files: { 'areas.csv': new Uint8Array([1]), 'indicators.csv': new Uint8Array([2]), 'observations.csv': new Uint8Array([3]) },
});

describe('the last good published version', () => {
  it('is absent at first, then the one saved last, and the one before is kept for a pinned show', async () => {
    const store = createPublishedStore(freshDb());
    expect(await store.read()).toBeNull();
    await store.save(record('v1'));
    expect((await store.read())?.manifest.version).toBe('v1');
    await store.save(record('v2'));
    expect((await store.read())?.manifest.version).toBe('v2');
    expect((await store.read('v1'))?.files['areas.csv']).toEqual(new Uint8Array([1]));
    await store.save(record('v3'));
    expect(await store.read('v1')).toBeNull();
    expect((await store.read('v2'))?.manifest.version).toBe('v2');
    await store.save(record('v3'));
    expect((await store.read('v2'))?.manifest.version).toBe('v2');
  });

  it('drops a version that no longer verifies', async () => {
    const store = createPublishedStore(freshDb());
    await store.save(record('v1'));
    await store.discard('v1');
    expect(await store.read()).toBeNull();
  });

  it('treats a damaged record as absent', async () => {
    const db = freshDb();
    const store = createPublishedStore(db);
    await store.save(record('v1'));
    await set('version:v1', { ...record('v1'), files: { 'areas.csv': 'not bytes' } }, createStore(db, 'publications'));
    expect(await store.read()).toBeNull();
    await set('version:v1', { ...record('v1'), manifest: { ...manifest('v1'), schema: 'chi-tieu-data/9' } }, createStore(db, 'publications'));
    expect(await store.read()).toBeNull();
  });
});
