import { describe, expect, it } from 'vitest';
import type { LoadFailure } from '../../domain/publication/load-failure';
import { MANIFEST_SCHEMA, type Manifest } from '../../domain/publication/manifest';
import type { PublicationRef } from '../../domain/publication/draft-base';
import { dataStatusOf } from './data-status';
import type { PublishedShown } from './published-types';
import type { PublicationWatch } from './publication-watch';

const manifest = (version: string, published = '2026-11-28T09:30:00+07:00'): Manifest => ({ schema: MANIFEST_SCHEMA, version, published, publisher: '', note: '', files: [] });
const timeout: LoadFailure = { kind: 'timeout', url: 'http://x/manifest.json', file: 'manifest.json', seconds: 4 };
const mismatch: LoadFailure = { kind: 'mismatch', url: 'http://x/areas.csv', name: 'areas.csv', field: 'rows', expected: 16, found: 15 };
const shown = (over: Partial<PublishedShown> = {}): PublishedShown => ({ manifest: manifest('v1'), dataUrl: 'http://x/', network: 'online', failures: [], rejected: null, checkedAt: 100, ...over });
const data = (published: PublishedShown | null, draft: number | null = null, bases: { base?: PublicationRef | null; latest?: PublicationRef } = {}) => ({
  version: draft === null ? null : { id: draft, basePublication: bases.base },
  published,
  state: { latestPublication: bases.latest },
});
const watch = (over: Partial<PublicationWatch> = {}): PublicationWatch => ({ latest: null, failures: [], rejected: null, checkedAt: 0, ...over });
const v1 = { version: 'v1', published: '2026-11-28T09:30:00+07:00' };
const v2 = { version: 'v2', published: '2026-12-05T08:00:00+07:00' };

describe('the status of the data shown', () => {
  it.each<[string, ReturnType<typeof data> | undefined, boolean, PublicationWatch, unknown]>([
    ['loading', undefined, false, watch(), { kind: 'loading' }],
    ['no good version at all', undefined, true, watch(), { kind: 'none' }],
    ['a draft', data(shown(), 3), false, watch(), { kind: 'draft', id: 3, base: { kind: 'unknown' } }],
    ['a draft on the newest publication', data(null, 3, { base: v2, latest: v2 }), false, watch(), { kind: 'draft', id: 3, base: { kind: 'current' } }],
    ['a draft on an older publication', data(null, 3, { base: v1, latest: v2 }), false, watch(), { kind: 'draft', id: 3, base: { kind: 'older', base: v1, latest: v2 } }],
    ['a draft saved before bases were recorded', data(null, 3, { latest: v2 }), false, watch(), { kind: 'draft', base: { kind: 'unknown' } }],
    ['a draft on a bundled build', data(null, 3, { base: null }), false, watch(), { kind: 'draft', base: { kind: 'unknown' } }],
    ['the data of a bundled build', data(null), false, watch(), { kind: 'bundled' }],
    ['published, just checked', data(shown()), false, watch(), { kind: 'published', shown: v1, freshness: 'online', failures: [], rejected: null, newer: null }],
    ['a slide show’s pinned version', data(shown({ network: 'pinned' })), false, watch(), { freshness: 'online' }],
    ['offline at load', data(shown({ network: 'offline', failures: [timeout] })), false, watch(), { freshness: 'offline', failures: [timeout] }],
    ['a newer one failed its checks', data(shown({ network: 'failed', failures: [mismatch], rejected: manifest('v2', v2.published) })), false, watch(), { freshness: 'failed', failures: [mismatch], rejected: v2 }],
    ['a check older than the load is ignored', data(shown()), false, watch({ failures: [timeout], checkedAt: 50 }), { freshness: 'online', failures: [] }],
    ['went offline since', data(shown()), false, watch({ failures: [timeout], checkedAt: 200 }), { freshness: 'offline', failures: [timeout] }],
    ['back online since', data(shown({ network: 'offline', failures: [timeout] })), false, watch({ latest: manifest('v1'), checkedAt: 200 }), { freshness: 'online', failures: [], newer: null }],
    ['a newer one published since', data(shown()), false, watch({ latest: manifest('v2', v2.published), checkedAt: 200 }), { freshness: 'online', newer: v2 }],
    [
      'the newer one that failed is not offered again',
      data(shown({ network: 'failed', failures: [mismatch], rejected: manifest('v2', v2.published) })),
      false,
      watch({ latest: manifest('v2', v2.published), checkedAt: 200 }),
      { freshness: 'failed', failures: [mismatch], newer: null },
    ],
    // The kept version shown at once, the network asked behind it.
    ['the kept version, checking', data(shown({ network: 'checking' })), false, watch(), { freshness: 'checking', failures: [], newer: null }],
    ['the kept version is the newest', data(shown({ network: 'checking' })), false, watch({ latest: manifest('v1'), checkedAt: 101 }), { freshness: 'online', newer: null }],
    ['the kept version, the network silent', data(shown({ network: 'checking' })), false, watch({ failures: [timeout], checkedAt: 101 }), { freshness: 'offline', failures: [timeout] }],
    ['a newer one downloaded and verified behind it: offered', data(shown({ network: 'checking' })), false, watch({ latest: manifest('v2', v2.published), checkedAt: 101 }), { freshness: 'online', newer: v2 }],
    [
      'a newer one downloaded behind it failed its checks: said, with its version, not offered',
      data(shown({ network: 'checking' })),
      false,
      watch({ failures: [mismatch], rejected: v2, checkedAt: 101 }),
      { freshness: 'failed', failures: [mismatch], rejected: v2, newer: null },
    ],
    ['a later look finds the one that failed: still not offered', data(shown({ network: 'checking' })), false, watch({ latest: manifest('v2', v2.published), rejected: v2, checkedAt: 101 }), { freshness: 'failed', rejected: v2, newer: null }],
    ['a version rejected before is the one now shown: not named as rejected', data(shown({ manifest: manifest('v2', v2.published) })), false, watch({ latest: manifest('v2', v2.published), rejected: v2, checkedAt: 200 }), { freshness: 'online', rejected: null, newer: null }],
  ])('%s', (_, loaded, failed, watched, expected) => {
    expect(dataStatusOf(loaded, failed, watched)).toMatchObject(expected as object);
  });
});
