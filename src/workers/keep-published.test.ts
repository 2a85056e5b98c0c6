import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MANIFEST_SCHEMA } from '../domain/publication/manifest';
import { createPublishedStore, type PublishedRecord, type PublishedStore } from '../persistence/published-store';
import { keepPublished } from './keep-published';

const record: PublishedRecord = {
  manifest: { schema: MANIFEST_SCHEMA, version: 'v1', published: '2026-11-28T09:30:00+07:00', publisher: '', note: '', files: (['areas.csv', 'indicators.csv', 'observations.csv'] as const).map((name) => ({ name, sha256: 'a'.repeat(64), bytes: 1, rows: 0 })) },
  dataUrl: 'http://127.0.0.1/d/',
  savedAt: '2026-11-28T10:00:00Z',
  files: { 'areas.csv': new Uint8Array(100), 'indicators.csv': new Uint8Array(50), 'observations.csv': new Uint8Array(1000) },
};
let n = 0;
const failingStore = (error: Error) => (): PublishedStore => ({ read: () => Promise.resolve(null), discard: () => Promise.resolve(), save: () => Promise.reject(error) });

describe('keeping a verified publication, and saying whether it was kept', () => {
  it.each<[string, () => PublishedStore, unknown]>([
    ['the browser refuses the write (QuotaExceededError)', failingStore(new DOMException('full', 'QuotaExceededError')), { kept: false, needed: 1150, error: { name: 'QuotaExceededError', message: 'full' } }],
    [
      'no IndexedDB: the store cannot even open',
      () => {
        throw Object.assign(new Error('IndexedDB is not available'), { name: 'NotIndexedDB' });
      },
      { kept: false, error: { name: 'NotIndexedDB', message: 'IndexedDB is not available' } },
    ],
    ['another failure', failingStore(new Error('disk')), { kept: false, error: { name: 'Error', message: 'disk' } }],
    ['an error with neither name nor words', failingStore(Object.assign(new Error(''), { name: '' })), { kept: false, error: { name: '', message: '' } }],
  ])('%s', async (_, open, expected) => {
    expect(await keepPublished(record, open)).toMatchObject(expected as object);
  });

  it('a kept copy reads back as it was written', async () => {
    const store = createPublishedStore(`keep-test-${++n}`);
    expect(await keepPublished(record, () => store)).toEqual({ kept: true, needed: 1150 });
    expect((await store.read())?.manifest.version).toBe('v1');
  });
});
