import { describe, expect, it } from 'vitest';
import type { Answer, NetworkFacts } from './load-plan';
import { classifyAnswer, classifyNetworkFailure, configFromAnswer, connectSrcAllows, isSamePublication, manifestFromText, planFetch } from './load-plan';
import { MANIFEST_SCHEMA, type Manifest } from './manifest';

const sha = (c: string) => c.repeat(64);
const manifest = (version: string, shas: [string, string, string], bytes = 10): Manifest => ({
  schema: MANIFEST_SCHEMA,
  version,
  published: '2026-11-28T09:30:00+07:00',
  publisher: 'Sở KH&ĐT',
  note: '',
  files: [
    { name: 'areas.csv', sha256: sha(shas[0]), bytes, rows: 1 },
    { name: 'indicators.csv', sha256: sha(shas[1]), bytes, rows: 1 },
    { name: 'observations.csv', sha256: sha(shas[2]), bytes, rows: 1 },
  ],
});

describe('which files to fetch', () => {
  const v1 = manifest('v1', ['a', 'b', 'c']);
  it.each<[string, Manifest | null, Manifest, string[]]>([
    ['nothing kept: all three', null, v1, ['areas.csv', 'indicators.csv', 'observations.csv']],
    ['the same publication: none', v1, v1, []],
    ['a new version, only observations changed', v1, manifest('v2', ['a', 'b', 'd']), ['observations.csv']],
    ['a new version with the same files: none', v1, manifest('v3', ['a', 'b', 'c']), []],
    ['the same checksum, another size: fetched', v1, manifest('v4', ['a', 'b', 'c'], 11), ['areas.csv', 'indicators.csv', 'observations.csv']],
  ])('%s', (_, kept, latest, fetch) => {
    const plan = planFetch(latest, kept);
    expect(plan.fetch).toEqual(fetch);
    expect([...plan.fetch, ...plan.reuse].sort()).toEqual(['areas.csv', 'indicators.csv', 'observations.csv']);
  });

  it('is the same publication only with the same version and files', () => {
    expect(isSamePublication(v1, v1)).toBe(true);
    expect(isSamePublication(manifest('v3', ['a', 'b', 'c']), v1)).toBe(false);
  });
});

const answer = (over: Partial<Answer>): Answer => ({ status: 200, statusText: 'OK', contentType: 'text/csv', head: 'area,year', ...over });
const url = 'https://data.example.vn/d/observations.csv';

describe('which failure an answer is', () => {
  it.each<[string, Partial<Answer>, string | null]>([
    ['a CSV', {}, null],
    ['404', { status: 404, statusText: 'Not Found' }, 'not-found'],
    ['410', { status: 410 }, 'not-found'],
    ['500', { status: 500, statusText: 'Internal Server Error' }, 'http'],
    ['403 of an object store', { status: 403, statusText: 'Forbidden', contentType: 'application/xml' }, 'http'],
    ['an HTML page by its type', { contentType: 'text/html; charset=utf-8', head: 'whatever' }, 'html'],
    ['an HTML page sent as CSV', { contentType: 'text/csv', head: '\n  <!DOCTYPE html><html>' }, 'html'],
    ['an HTML page with no type', { contentType: '', head: '<html><body>502</body></html>' }, 'html'],
    ['a CSV with a BOM', { head: '\uFEFFarea,year' }, null],
  ])('%s', (_, over, kind) => {
    expect(classifyAnswer(url, 'observations.csv', answer(over))?.kind ?? null).toBe(kind);
  });
});

describe('which failure a request with no answer is', () => {
  const facts = (over: Partial<NetworkFacts>): NetworkFacts => ({ cause: 'network', seconds: 4, online: true, cspBlocked: false, reachableWithoutCors: false, appOrigin: 'https://app.example.vn', ...over });
  it.each<[string, string, Partial<NetworkFacts>, string]>([
    ['the page policy blocks the origin', url, { cspBlocked: true }, 'csp'],
    ['too slow', url, { cause: 'timeout' }, 'timeout'],
    ['offline', url, { online: false }, 'offline'],
    ['another origin that answers without CORS', url, { reachableWithoutCors: true }, 'cors'],
    ['another origin that does not answer', url, {}, 'unreachable'],
    ['this origin does not answer', 'https://app.example.vn/data/manifest.json', { reachableWithoutCors: true }, 'unreachable'],
  ])('%s', (_, where, over, kind) => {
    const failure = classifyNetworkFailure(where, 'observations.csv', facts(over));
    expect(failure.kind).toBe(kind);
    expect(failure.url).toBe(where);
  });

  it('names both origins when CORS is refused', () => {
    expect(classifyNetworkFailure(url, 'manifest.json', facts({ reachableWithoutCors: true }))).toEqual({ kind: 'cors', url, file: 'manifest.json', origin: 'https://data.example.vn', appOrigin: 'https://app.example.vn' });
  });
});

describe('config.json as answered', () => {
  const at = 'https://app.example.vn/config.json';
  it.each<[string, Partial<Answer>, string, unknown]>([
    ['absent (404): the default folder', { status: 404 }, '', { ok: true, dataUrl: 'data/' }],
    ['absent, the SPA page instead: the default folder', { contentType: 'text/html' }, '<!doctype html>', { ok: true, dataUrl: 'data/' }],
    ['present', { contentType: 'application/json' }, '{"dataUrl":"https://cdn.example.vn/d/"}', { ok: true, dataUrl: 'https://cdn.example.vn/d/' }],
    ['a server error', { status: 500, statusText: 'Internal Server Error' }, '', { ok: false, failure: { kind: 'http', url: at, file: 'config.json', status: 500, statusText: 'Internal Server Error' } }],
  ])('%s', (_, over, text, expected) => {
    expect(configFromAnswer(at, answer(over), text)).toEqual(expected);
  });

  it('invalid: located', () => {
    expect(configFromAnswer(at, answer({}), '{"dataUrl":"ftp://x/"}')).toMatchObject({ ok: false, failure: { kind: 'config', url: at, file: 'config.json' } });
  });
});

describe('manifest.json as read', () => {
  const at = 'https://data.example.vn/d/manifest.json';
  it.each<[string, string, string]>([
    ['not JSON', '{"schema":', 'not-json'],
    ['an unknown schema version', JSON.stringify({ ...manifest('v1', ['a', 'b', 'c']), schema: 'chi-tieu-data/3' }), 'schema'],
    ['no schema at all', '{"files":[]}', 'schema'],
    ['a file missing from the list', JSON.stringify({ ...manifest('v1', ['a', 'b', 'c']), files: manifest('v1', ['a', 'b', 'c']).files.slice(1) }), 'manifest'],
  ])('%s', (_, text, kind) => {
    const read = manifestFromText(at, text);
    expect(read.ok ? null : read.failure.kind).toBe(kind);
  });

  it('says which schema it found and which it reads', () => {
    const read = manifestFromText(at, JSON.stringify({ ...manifest('v1', ['a', 'b', 'c']), schema: 'chi-tieu-data/3' }));
    expect(read).toEqual({ ok: false, failure: { kind: 'schema', url: at, file: 'manifest.json', expected: 'chi-tieu-data/2', found: '"chi-tieu-data/3"' } });
  });

  it('reads a good one', () => {
    expect(manifestFromText(at, JSON.stringify(manifest('v1', ['a', 'b', 'c'])))).toEqual({ ok: true, manifest: manifest('v1', ['a', 'b', 'c']) });
  });
});

describe('what the page policy lets it fetch', () => {
  const app = 'https://app.example.vn';
  it.each<[string, string | null, string, boolean]>([
    ['no policy', null, 'https://cdn.example.vn/d/manifest.json', true],
    ["'self', this origin", "default-src 'self'; connect-src 'self'", 'https://app.example.vn/data/manifest.json', true],
    ["'self', another origin", "connect-src 'self'", 'https://cdn.example.vn/d/manifest.json', false],
    ['the origin listed', "connect-src 'self' https://cdn.example.vn", 'https://cdn.example.vn/d/manifest.json', true],
    ['another port', "connect-src 'self' http://127.0.0.1:4287", 'http://127.0.0.1:4288/manifest.json', false],
    ['the port listed', "connect-src 'self' http://127.0.0.1:4287", 'http://127.0.0.1:4287/d/manifest.json', true],
    ['a wildcard subdomain', "connect-src *.example.vn", 'https://s3.example.vn/x', true],
    ['a scheme source', "connect-src 'self' https:", 'https://anything.example.org/x', true],
    ['default-src only', "default-src 'self'", 'https://cdn.example.vn/x', false],
    ['no connect-src nor default-src', "img-src 'self'", 'https://cdn.example.vn/x', true],
  ])('%s', (_, policy, target, allowed) => {
    expect(connectSrcAllows(policy, target, app)).toBe(allowed);
  });
});
