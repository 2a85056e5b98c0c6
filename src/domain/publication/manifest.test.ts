import { describe, expect, it } from 'vitest';
import { readManifest, sha256Hex, versionId, type DataFileName } from './manifest';
import { buildManifest, checkFile } from './manifest-files';
import { countRows } from '../csv/csv';

const text = (s: string) => new TextEncoder().encode(s);
const files: Record<DataFileName, Uint8Array> = {
  'areas.csv': text('id,name,level,parent\nlai-chau,Lai Châu,province,\n'),
  'indicators.csv': text('id,name_vi\nx,X\ny,Y\n'),
  'observations.csv': text('area,year\n"a\nb",2020\nc,2021\n\n'),
};
const published = new Date('2026-11-28T09:30:12.345Z');

describe('a publication manifest', () => {
  it('hashes with SHA-256', async () => {
    expect(await sha256Hex(text('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it.each([
    ['header only', 'a,b\n', 0],
    ['a quoted newline is one row', 'a,b\n"x\ny",1\n', 1],
    ['blank lines are not rows', 'a,b\n1,2\n\n\n3,4\n', 2],
    ['no trailing newline', 'a,b\n1,2', 1],
    ['BOM and semicolons', '\uFEFFa;b\n1;2\n', 1],
  ])('counts data rows as the app parses them: %s', (_, csv, rows) => {
    expect(countRows(csv)).toBe(rows);
  });

  it('is built from the files and reads back valid', async () => {
    const manifest = await buildManifest(files, { published, publisher: 'Sở KH&ĐT', note: '' });
    expect(manifest.files.map((f) => [f.name, f.bytes, f.rows])).toEqual([['areas.csv', files['areas.csv'].byteLength, 1], ['indicators.csv', files['indicators.csv'].byteLength, 2], ['observations.csv', files['observations.csv'].byteLength, 2]]);
    expect(manifest.version).toMatch(/^20261128T0930Z-[0-9a-f]{6}$/);
    expect(readManifest(JSON.parse(JSON.stringify(manifest)))).toEqual({ ok: true, manifest });
  });

  it('writes schema 2 and still reads a folder published as schema 1, before periods within the year', async () => {
    const manifest = await buildManifest(files, { published, publisher: '', note: '' });
    expect(manifest.schema).toBe('chi-tieu-data/2');
    const older: unknown = { ...manifest, schema: 'chi-tieu-data/1' };
    expect(readManifest(older)).toEqual({ ok: true, manifest: older });
  });

  it('gives every publication of other data another id', () => {
    expect(versionId(published, 'aaaaaa00')).not.toBe(versionId(published, 'bbbbbb00'));
    expect(versionId(published, 'aaaaaa00')).not.toBe(versionId(new Date('2026-11-28T09:31:00Z'), 'aaaaaa00'));
  });

  type Broken = Record<string, unknown> & { files: { sha256: string }[] };
  it.each<[string, (m: Broken) => void, string]>([
    ['an unknown schema version', (m) => (m.schema = 'chi-tieu-data/9'), 'schema: expected "chi-tieu-data/2", found "chi-tieu-data/9"'],
    ['no schema', (m) => delete m.schema, 'schema: expected "chi-tieu-data/2", found null'],
    ['a file listed twice, one missing', (m) => (m.files = [m.files[0]!, m.files[1]!, m.files[0]!]), 'files'],
    ['a bad checksum', (m) => (m.files[0]!.sha256 = 'xyz'), 'files.0.sha256'],
    ['a version with a slash', (m) => (m.version = '../x'), 'version'],
    ['a date that is not a date', (m) => (m.published = 'yesterday'), 'published'],
  ])('refuses %s, saying where', async (_, breakIt, where) => {
    const broken = structuredClone(await buildManifest(files, { published, publisher: '', note: '' })) as unknown as Broken;
    breakIt(broken);
    const read = readManifest(broken);
    expect(read).toMatchObject({ ok: false });
    if (!read.ok) expect(read.problem).toContain(where);
  });

  it.each([
    ['the same bytes', (b: Uint8Array) => b, null],
    ['a truncated file', (b: Uint8Array) => b.slice(0, b.byteLength - 3), 'bytes'],
    ['one byte changed', (b: Uint8Array) => Uint8Array.from(b, (x, i) => (i === 12 ? x ^ 1 : x)), 'sha256'],
    ['an HTML error page', () => text('<!doctype html><title>404</title>'), 'bytes'],
  ])('checks a file against its entry: %s', async (_, change, field) => {
    const manifest = await buildManifest(files, { published, publisher: '', note: '' });
    const entry = manifest.files.find((f) => f.name === 'observations.csv')!;
    const mismatch = await checkFile(entry, change(files['observations.csv']));
    expect(mismatch?.field ?? null).toBe(field);
  });
});
