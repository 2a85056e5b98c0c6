import { describe, expect, it } from 'vitest';
import { isAllowedDataUrl, readConfig, resolveDataUrl } from './config';

describe('config.json', () => {
  it.each([
    ['no dataUrl: the folder beside index.html', '{}', 'data/'],
    ['a relative folder', '{ "dataUrl": "du-lieu" }', 'du-lieu/'],
    ['a relative folder up one level', '{ "dataUrl": "../chi-tieu-data/" }', '../chi-tieu-data/'],
    ['an https folder', '{ "dataUrl": "https://data.example.vn/chi-tieu-data/" }', 'https://data.example.vn/chi-tieu-data/'],
    ['an http folder without its slash', '{ "dataUrl": "http://127.0.0.1:8080/x" }', 'http://127.0.0.1:8080/x/'],
    ['a BOM', '\uFEFF{ "dataUrl": "data/" }', 'data/'],
  ])('reads %s', (_, text, dataUrl) => {
    expect(readConfig(text)).toEqual({ ok: true, dataUrl });
  });

  it.each([
    ['not JSON', '{ dataUrl: data/ }', 'not JSON'],
    ['an ftp address', '{ "dataUrl": "ftp://files.example.vn/data/" }', 'dataUrl: must be an http(s) address'],
    ['a javascript: address', '{ "dataUrl": "javascript:alert(1)" }', 'found "javascript:alert(1)"'],
    ['a protocol-relative address', '{ "dataUrl": "//cdn.example.vn/data/" }', 'dataUrl'],
    ['credentials in the address', '{ "dataUrl": "https://user:secret@data.example.vn/" }', 'dataUrl'],
    ['a query string', '{ "dataUrl": "data/?v=2" }', 'dataUrl'],
    ['a number', '{ "dataUrl": 42 }', 'dataUrl'],
    ['an empty address', '{ "dataUrl": "" }', 'dataUrl'],
    ['a misspelt key', '{ "dataURL": "data/" }', 'dataURL'],
    ['an array', '[]', 'expected object'],
    ['a file over 16 kB', `{ "note": "${'x'.repeat(17_000)}" }`, 'at most 16 kB'],
    ['an address over 2,000 characters', `{ "dataUrl": "https://x.vn/${'a'.repeat(2_000)}/" }`, 'dataUrl'],
  ])('refuses %s, saying what is wrong', (_, text, problem) => {
    const read = readConfig(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toContain(problem);
  });

  it.each([
    ['data/', true],
    ['https://s3.example.vn/bucket/chi-tieu-data/', true],
    ['HTTPS://DATA.EXAMPLE.VN/', true],
    ['file:///etc/', false],
    ['data:text/csv,a', false],
    ['data\\x', false],
    ['data#x', false],
  ])('allows %s: %s', (value, allowed) => {
    expect(isAllowedDataUrl(value)).toBe(allowed);
  });

  it('resolves a relative folder against the folder of index.html, whatever page is open', () => {
    expect(resolveDataUrl('data/', 'https://app.example.vn/')).toBe('https://app.example.vn/data/');
    expect(resolveDataUrl('../shared/data', 'https://app.example.vn/chi-tieu/')).toBe('https://app.example.vn/shared/data/');
    expect(resolveDataUrl('https://cdn.example.vn/d/', 'https://app.example.vn/')).toBe('https://cdn.example.vn/d/');
  });
});
