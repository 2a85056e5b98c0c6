import { describe, expect, it } from 'vitest';
import { PARALLEL_FROM_BYTES } from '../../workers/part-sizes';
import { readAhead, type ReadAheadRemote } from './dataset-worker';

/** The worker's side, logged: each call with what it was given (chunks as their sizes). */
function remote() {
  const calls: [string, ...unknown[]][] = [];
  const api: ReadAheadRemote = {
    readAheadStart: (id, bytes) => calls.push(['start', id, bytes]),
    readAheadPush: (id, chunks) => calls.push(['push', id, chunks.map((c) => c.byteLength)]),
    readAheadCatalog: (id, name, bytes) => calls.push(['catalog', id, name, bytes.byteLength]),
    readAheadCancel: (id) => calls.push(['cancel', id]),
  };
  return { api, calls };
}

const MiB = 2 ** 20;
const chunk = (bytes: number) => new Uint8Array(bytes);

describe('the page reads a large observations.csv ahead, in the dataset worker', () => {
  it('a declared large file: its readers start at once, its bytes go a mebibyte or so at a time, whole buffers moved', () => {
    const { api, calls } = remote();
    const ahead = readAhead(api);
    expect(ahead.begin(PARALLEL_FROM_BYTES * 2)).toBe(true);
    expect(ahead.begun).toBe(true);
    for (let i = 0; i < 5; i++) ahead.chunk(chunk(MiB / 2));
    ahead.end();
    expect(calls).toEqual([
      ['start', ahead.id, PARALLEL_FROM_BYTES * 2],
      ['push', ahead.id, [MiB / 2, MiB / 2]],
      ['push', ahead.id, [MiB / 2, MiB / 2]],
      ['push', ahead.id, [MiB / 2]],
    ]);
  });

  it('a length not declared: the reading begins once a large file’s worth has come, with all of it', () => {
    const { api, calls } = remote();
    const ahead = readAhead(api);
    expect(ahead.begin(null)).toBe(true);
    expect(ahead.begun).toBe(false);
    const pieces = PARALLEL_FROM_BYTES / MiB;
    for (let i = 0; i < pieces; i++) ahead.chunk(chunk(MiB));
    expect(calls[0]).toEqual(['start', ahead.id, PARALLEL_FROM_BYTES]);
    expect(calls[1]).toEqual(['push', ahead.id, Array.from({ length: pieces }, () => MiB)]);
  });

  it('a small file is not read ahead: nothing reaches the worker, not even its catalog', () => {
    for (const declared of [PARALLEL_FROM_BYTES - 1, null]) {
      const { api, calls } = remote();
      const ahead = readAhead(api);
      ahead.catalog('areas.csv', chunk(100));
      ahead.begin(declared);
      ahead.chunk(chunk(1000));
      ahead.end();
      ahead.cancel();
      expect(ahead.begun).toBe(false);
      expect(calls).toEqual([]);
    }
  });

  it('the catalog’s files, copied (the page’s own go to be checked), follow the start when they came first; a cancel ends it', () => {
    const { api, calls } = remote();
    const ahead = readAhead(api);
    const areas = chunk(100);
    ahead.catalog('areas.csv', areas);
    ahead.begin(PARALLEL_FROM_BYTES);
    ahead.catalog('indicators.csv', chunk(50));
    ahead.cancel();
    expect(areas.byteLength).toBe(100);
    expect(calls).toEqual([
      ['start', ahead.id, PARALLEL_FROM_BYTES],
      ['catalog', ahead.id, 'areas.csv', 100],
      ['catalog', ahead.id, 'indicators.csv', 50],
      ['cancel', ahead.id],
    ]);
  });
});
