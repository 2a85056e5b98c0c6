import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STALL_AFTER_MS } from '../../domain/publication/download-progress';
import { MANIFEST_SCHEMA, type Manifest } from '../../domain/publication/manifest';
import { trackDownload, useDownloads } from './download-store';

const manifest: Manifest = {
  schema: MANIFEST_SCHEMA,
  version: 'v2',
  published: '2026-12-05T08:00:00+07:00',
  publisher: '',
  note: '',
  files: [
    { name: 'areas.csv', sha256: 'a'.repeat(64), bytes: 1000, rows: 1 },
    { name: 'observations.csv', sha256: 'b'.repeat(64), bytes: 9000, rows: 1 },
  ],
};
const shown = () => useDownloads.getState().download;

beforeEach(() => {
  vi.useFakeTimers();
  useDownloads.setState({ download: null, ready: null, wantSwitch: false });
});
afterEach(() => void vi.useRealTimers());

describe('what the screen hears of a download', () => {
  it.each<[string, (t: ReturnType<typeof trackDownload>) => void, unknown]>([
    ['the manifest read: the version coming and the total', (t) => t.expect(manifest, ['areas.csv', 'observations.csv']), { coming: { version: 'v2' }, files: { 'areas.csv': { received: 0, total: 1000 }, 'observations.csv': { received: 0, total: 9000 } } }],
    ['bytes before the manifest (a first visit) are kept, its sizes taken', (t) => (t.bytes('areas.csv', 400, 1000), t.expect(manifest, ['areas.csv', 'observations.csv'])), { files: { 'areas.csv': { received: 400, total: 1000 } } }],
    ['a declared length stands in until the manifest is read', (t) => t.bytes('observations.csv', 10, 9000), { files: { 'observations.csv': { received: 10, total: 9000 } } }],
    ['no size at all: none invented', (t) => t.bytes('observations.csv', 10, null), { files: { 'observations.csv': { received: 10, total: null } } }],
    ['the manifest’s size wins over a declared one', (t) => (t.expect(manifest, ['observations.csv']), t.bytes('observations.csv', 10, 123)), { files: { 'observations.csv': { received: 10, total: 9000 } } }],
  ])('%s', (_, act, expected) => {
    const tracker = trackDownload('newer');
    act(tracker);
    vi.advanceTimersByTime(300);
    expect(shown()).toMatchObject(expected as object);
    tracker.end();
    expect(shown()).toBeNull();
  });

  it('says it stalls after a while without a byte, and not once bytes come again', () => {
    const tracker = trackDownload('first', () => undefined);
    vi.advanceTimersByTime(STALL_AFTER_MS - 500);
    expect(shown()?.stalled).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(shown()?.stalled).toBe(true);
    tracker.bytes('observations.csv', 1, null);
    vi.advanceTimersByTime(300);
    expect(shown()?.stalled).toBe(false);
    tracker.end();
  });

  it('a download that ended never takes down a later one’s notice', () => {
    const first = trackDownload('first');
    const second = trackDownload('newer');
    first.bytes('areas.csv', 5, null);
    vi.advanceTimersByTime(300);
    first.end();
    expect(shown()?.kind).toBe('newer');
    second.end();
    expect(shown()).toBeNull();
  });
});
