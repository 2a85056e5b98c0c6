import { describe, expect, it } from 'vitest';
import type { LoadFailure } from '../../domain/publication/load-failure';
import { describeFailure, formatPublishedDate, publicationT } from './publication-messages';

const folder = 'http://127.0.0.1:4287/chi-tieu-data/';
const at = (file: string) => `${folder}${file}`;

/** Every failure says where (address and file), what was expected versus found, and the fix. */
const CASES: [string, LoadFailure, string[]][] = [
  ['offline', { kind: 'offline', url: 'https://app.vn/config.json', file: 'config.json' }, ['config.json', 'https://app.vn/config.json', 'ngoại tuyến']],
  ['timeout', { kind: 'timeout', url: at('manifest.json'), file: 'manifest.json', seconds: 4 }, [at('manifest.json'), '4 giây']],
  ['unreachable', { kind: 'unreachable', url: at('manifest.json'), file: 'manifest.json' }, [at('manifest.json'), 'dataUrl']],
  ['CORS refused', { kind: 'cors', url: at('manifest.json'), file: 'manifest.json', origin: 'http://127.0.0.1:4287', appOrigin: 'http://127.0.0.1:4286' }, ['http://127.0.0.1:4287', 'http://127.0.0.1:4286', 'Access-Control-Allow-Origin']],
  ['CSP', { kind: 'csp', url: at('manifest.json'), file: 'manifest.json', origin: 'http://127.0.0.1:4287' }, ['connect-src', 'http://127.0.0.1:4287']],
  ['no manifest', { kind: 'not-found', url: at('manifest.json'), file: 'manifest.json' }, [at('manifest.json'), 'HTTP 404', 'config.json']],
  ['a listed file missing', { kind: 'not-found', url: at('areas.csv'), file: 'areas.csv' }, ['areas.csv', at('areas.csv'), 'HTTP 404']],
  ['500', { kind: 'http', url: at('manifest.json'), file: 'manifest.json', status: 500, statusText: 'Internal Server Error' }, ['HTTP 500 Internal Server Error', '200 OK']],
  ['an HTML page', { kind: 'html', url: at('observations.csv'), file: 'observations.csv', contentType: 'text/html' }, ['HTML', 'text/html', 'observations.csv']],
  ['an unknown schema', { kind: 'schema', url: at('manifest.json'), file: 'manifest.json', expected: 'chi-tieu-data/2', found: '"chi-tieu-data/3"' }, ['"chi-tieu-data/3"', '"chi-tieu-data/2"']],
  ['a bad manifest', { kind: 'manifest', url: at('manifest.json'), file: 'manifest.json', problem: 'files: …' }, ['files: …']],
  ['a bad config', { kind: 'config', url: 'https://app.vn/config.json', file: 'config.json', problem: 'dataUrl: …' }, ['dataUrl: …', '"dataUrl"']],
  ['not JSON', { kind: 'not-json', url: at('manifest.json'), file: 'manifest.json', problem: 'Unexpected end' }, ['Unexpected end']],
  ['too large', { kind: 'too-large', url: at('manifest.json'), file: 'manifest.json', limit: 262144 }, ['256 kB']],
  ['truncated', { kind: 'mismatch', url: at('observations.csv'), name: 'observations.csv', field: 'bytes', expected: 23232, found: 1000 }, ['23232', '1000', 'cắt cụt']],
  ['larger', { kind: 'mismatch', url: at('observations.csv'), name: 'observations.csv', field: 'bytes', expected: 23232, found: 23300 }, ['23232', '23300']],
  ['SHA-256', { kind: 'mismatch', url: at('areas.csv'), name: 'areas.csv', field: 'sha256', expected: 'a'.repeat(64), found: 'b'.repeat(64) }, ['a'.repeat(64), 'b'.repeat(64), 'SHA-256']],
  ['rows', { kind: 'mismatch', url: at('areas.csv'), name: 'areas.csv', field: 'rows', expected: 16, found: 15 }, ['16', '15', 'dòng']],
  [
    'unreadable data',
    { kind: 'invalid-data', url: folder, file: 'observations.csv', issues: [{ severity: 'error', code: 'x', row: 3, column: 'area', value: 'nowhere', message: { vi: 'không có đơn vị này', en: 'no such area' } }] },
    ['observations.csv', 'dòng 3', '"nowhere"', 'không có đơn vị này'],
  ],
];

describe('a failure in words', () => {
  it.each(CASES)('%s: located, with the fix, in Vietnamese', (_, failure, parts) => {
    const text = describeFailure(failure, publicationT('vi'), 'vi');
    for (const part of [failure.url, ...parts]) expect(text).toContain(part);
    expect(text).toContain('Cách sửa');
    expect(text).not.toMatch(/\{\w+\}|undefined/);
  });

  it.each(CASES)('%s: and in English', (_, failure) => {
    const text = describeFailure(failure, publicationT('en'), 'en');
    expect(text).toContain(failure.url);
    expect(text).toContain('Fix:');
    expect(text).not.toMatch(/\{\w+\}|undefined/);
  });
});

describe('the date of a publication', () => {
  it.each([
    ['2026-11-28T09:30:00+07:00', 'vi', '28/11/2026'],
    ['2026-11-28T09:30:00+07:00', 'en', '28 Nov 2026'],
    // Published late in the evening in Vietnam: still that day there.
    ['2026-11-28T16:30:00Z', 'vi', '28/11/2026'],
    ['2026-11-28T17:30:00Z', 'vi', '29/11/2026'],
  ] as const)('%s in %s is %s', (iso, language, text) => {
    expect(formatPublishedDate(iso, language)).toBe(text);
  });
});
