import { describe, expect, it } from 'vitest';
import { readCapped, type BodyTap } from './fetch-file';

/** An answer whose body comes in these chunks, with these headers. */
function answer(chunks: Uint8Array[], headers: Record<string, string> = {}, status = 200) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(body, { status, headers });
}

/** A tap that wants a body of at least `from` bytes (or of a length not declared), and logs what it saw. */
function tap(from = 0) {
  const log = { begun: [] as (number | null)[], bytes: [] as number[], ended: 0 };
  const tapped: BodyTap = {
    begin: (bytes) => (log.begun.push(bytes), bytes === null || bytes >= from),
    chunk: (bytes) => log.bytes.push(...bytes),
    end: () => void log.ended++,
  };
  return { tapped, log };
}

const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
const chunks = [bytes.slice(0, 300), bytes.slice(300, 301), bytes.slice(301)];

describe('a body read within its limit, seen by a tap as it comes', () => {
  it.each([
    ['a declared length', { 'content-length': '1000' }, 1000],
    ['no declared length', {}, null],
    ['a compressed body (its length is not the bytes’)', { 'content-length': '400', 'content-encoding': 'gzip' }, null],
  ])('with %s: the answer is every byte, and the tap saw each in order', async (_, headers, declared) => {
    const { tapped, log } = tap();
    const read = await readCapped(answer(chunks, headers), 5000, tapped);
    expect(read.overLimit).toBe(false);
    expect([...read.bytes]).toEqual([...bytes]);
    expect(log).toEqual({ begun: [declared], bytes: [...bytes], ended: 1 });
  });

  it('a server that sends more than it declared: every byte still read, and seen', async () => {
    const { tapped, log } = tap();
    const read = await readCapped(answer(chunks, { 'content-length': '500' }), 5000, tapped);
    expect([...read.bytes]).toEqual([...bytes]);
    expect(log.bytes).toEqual([...bytes]);
  });

  it('a body past the limit stops the reading: the tap is not told it ended', async () => {
    const { tapped, log } = tap();
    const read = await readCapped(answer(chunks), 500, tapped);
    expect(read.overLimit).toBe(true);
    expect(log.ended).toBe(0);
  });

  it('a tap that does not want a small body, or an error page, sees nothing of it', async () => {
    for (const [response, begun] of [
      [answer(chunks, { 'content-length': '1000' }), [1000]],
      [answer(chunks, { 'content-length': '1000' }, 404), []],
    ] as const) {
      const { tapped, log } = tap(2000);
      const read = await readCapped(response, 5000, tapped);
      expect([...read.bytes]).toEqual([...bytes]);
      expect(log).toEqual({ begun, bytes: [], ended: 0 });
    }
  });
});

describe('the bytes of a body counted as they come (the download progress)', () => {
  it.each([
    ['a declared length', { 'content-length': '1000' }, 1000],
    ['no declared length', {}, null],
    ['a compressed body', { 'content-length': '400', 'content-encoding': 'gzip' }, null],
    ['a declared length over the limit is not taken as the size', { 'content-length': '999999' }, null],
  ])('with %s: 0 when the headers come, then the running count, and every byte read', async (_, headers, declared) => {
    const seen: [number, number | null][] = [];
    const read = await readCapped(answer(chunks, headers), 5000, undefined, (received, length) => seen.push([received, length]));
    expect([...read.bytes]).toEqual([...bytes]);
    expect(seen).toEqual([[0, declared], [300, declared], [301, declared], [1000, declared]]);
  });

  it('counted and tapped at once: both see the body, the answer is whole', async () => {
    const { tapped, log } = tap();
    const seen: number[] = [];
    const read = await readCapped(answer(chunks, { 'content-length': '1000' }), 5000, tapped, (received) => seen.push(received));
    expect([...read.bytes]).toEqual([...bytes]);
    expect(log.bytes).toEqual([...bytes]);
    expect(seen.at(-1)).toBe(1000);
  });

  it('an error page is not counted as the file', async () => {
    const seen: number[] = [];
    await readCapped(answer(chunks, {}, 500), 5000, undefined, (received) => seen.push(received));
    expect(seen).toEqual([]);
  });
});
