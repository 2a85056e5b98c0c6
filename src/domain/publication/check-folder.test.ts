import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '../dataset/dataset-io';
import { manifestToJson, type DataFileName } from './manifest';
import { buildManifest } from './manifest-files';
import { checkFolder, type FolderFiles } from './check-folder';
import { formatIssueLine } from './folder-issues';
import { publishDataset } from './publish';

const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const builtIn = parseDatasetFiles({ areas: read('areas.csv'), indicators: read('indicators.csv'), observations: read('observations.csv') });
if (!builtIn.ok) throw new Error('data/ does not parse');
const result = await publishDataset(builtIn.data, { publisher: 'Sở KH&ĐT', note: '', published: new Date('2026-11-28T09:30:00Z') });
if (!result.ok) throw new Error('refused');
const folder: FolderFiles = result.folder.files;

const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
const edit = (files: FolderFiles, name: string, change: (text: string) => string): FolderFiles => ({ ...files, [name]: encode(change(decode(files[name]))) });
/** Edits a CSV and publishes the edit properly, so only the parser can object. */
async function republished(name: DataFileName, change: (text: string) => string): Promise<FolderFiles> {
  const files = edit(folder, name, change) as Record<DataFileName, Uint8Array>;
  const manifest = await buildManifest(files, { published: new Date(), publisher: '', note: '' });
  return { ...files, 'manifest.json': encode(manifestToJson(manifest)) };
}
const without = (files: FolderFiles, name: string): FolderFiles => Object.fromEntries(Object.entries(files).filter(([n]) => n !== name));

describe('checking a data folder', () => {
  it('passes a published folder and reads its dataset and manifest', async () => {
    const check = await checkFolder(folder);
    expect(check.issues).toEqual([]);
    expect(check.manifest?.version).toBe(result.folder.manifest.version);
    expect(check.dataset).toEqual(builtIn.data);
  });

  it('checks a folder without manifest.json as plain CSVs, with a warning that it is not published', async () => {
    const check = await checkFolder(without(folder, 'manifest.json'));
    expect(check.issues).toMatchObject([{ severity: 'warning', code: 'not-published', file: 'manifest.json' }]);
    expect(check.dataset).toEqual(builtIn.data);
  });

  it.each<[string, () => FolderFiles | Promise<FolderFiles>, object]>([
    ['a truncated file', () => ({ ...folder, 'observations.csv': folder['observations.csv']!.slice(0, 500) }), { code: 'file-mismatch', file: 'observations.csv', column: 'bytes', value: '500' }],
    ['a cell edited after publishing', () => edit(folder, 'observations.csv', (t) => t.replace('1862', '1863')), { code: 'file-mismatch', file: 'observations.csv', column: 'sha256' }],
    ['a missing file', () => without(folder, 'areas.csv'), { code: 'missing-file', file: 'areas.csv' }],
    ['a manifest that is not JSON', () => edit(folder, 'manifest.json', (t) => t.slice(0, 40)), { code: 'manifest-invalid-json', file: 'manifest.json' }],
    ['a manifest of an unknown schema', () => edit(folder, 'manifest.json', (t) => t.replace('chi-tieu-data/2', 'chi-tieu-data/3')), { code: 'manifest-invalid', file: 'manifest.json', column: 'schema', value: 'chi-tieu-data/3' }],
    ['a manifest with a broken checksum', () => edit(folder, 'manifest.json', (t) => t.replace(/"sha256": "[0-9a-f]+"/, '"sha256": "abc"')), { code: 'manifest-invalid', column: 'files.0.sha256', value: 'abc' }],
    ['a file in Windows-1258', () => ({ ...folder, 'areas.csv': readFileSync(new URL('../../../data/bad-inputs/01-windows-1258.csv', import.meta.url)) }), { code: 'not-utf8', file: 'areas.csv', row: 1 }],
    ['an unknown area', () => republished('observations.csv', (t) => t.replace('\nlai-chau,2015,', '\nAtlantis,2015,')), { code: 'invalid-area', file: 'observations.csv', row: 2, column: 'area', value: 'Atlantis' }],
    ['a bad level in areas.csv', () => republished('areas.csv', (t) => t.replace('lai-chau,Lai Châu,province', 'lai-chau,Lai Châu,tỉnh')), { code: 'invalid-catalog-row', file: 'areas.csv', row: 3, column: 'level', value: 'tỉnh' }],
    ['a bad direction in indicators.csv', () => republished('indicators.csv', (t) => t.replace('higher_is_better', 'up')), { code: 'invalid-catalog-row', file: 'indicators.csv', row: 2, column: 'direction', value: 'up' }],
  ])('rejects %s, naming the file, the place and the value', async (_, folderOf, expected) => {
    const check = await checkFolder(await folderOf());
    const errors = check.issues.filter((i) => i.severity === 'error');
    expect(errors).toContainEqual(expect.objectContaining(expected));
    for (const e of errors) expect(e.message.vi.length * e.message.en.length).toBeGreaterThan(0);
  });

  it('prints an issue on one line as compilers do, with the place, the value and both languages', () => {
    const line = formatIssueLine({ severity: 'error', code: 'invalid-area', file: 'observations.csv', row: 5, column: 'area', value: 'Atlantis', message: { vi: 'Không biết', en: 'Unknown' } }, 'data/');
    expect(line).toBe('data/observations.csv:5: error: [column area, value "Atlantis"] Không biết — Unknown');
  });
});

describe('checking a data folder: text that looks like one thing and is another, loops, encodings, dates', () => {
  const utf32le = (text: string) => {
    const points = [...`\uFEFF${text}`].map((c) => c.codePointAt(0)!);
    const out = new Uint8Array(points.length * 4);
    points.forEach((p, i) => new DataView(out.buffer).setUint32(i * 4, p, true));
    return out;
  };
  const utf16le = (text: string) => new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer);

  it.each<[string, () => FolderFiles | Promise<FolderFiles>, object]>([
    ['a right-to-left override in an area name', () => republished('areas.csv', (t) => t.replace('sin-ho,Sìn Hồ,', 'sin-ho,Sìn Hồ\u202E,')), { code: 'invisible-character', file: 'areas.csv', column: 'name', value: 'Sìn Hồ[U+202E]' }],
    ['a zero-width space in an indicator unit', () => republished('indicators.csv', (t) => t.replace(',tỷ đồng,', ',tỷ\u200B đồng,')), { code: 'invisible-character', file: 'indicators.csv', column: 'unit', value: 'tỷ[U+200B] đồng' }],
    ['a right-to-left mark in an observation unit', () => republished('observations.csv', (t) => t.replace(',1500,1862,,tỷ đồng,', ',1500,1862,,tỷ đồng\u200F,')), { code: 'invisible-character', file: 'observations.csv', column: 'unit', value: 'tỷ đồng[U+200F]' }],
    ['a unit that is its own parent', () => republished('areas.csv', (t) => t.replace('sin-ho,Sìn Hồ,district,lai-chau', 'sin-ho,Sìn Hồ,district,sin-ho')), { code: 'parent-loop', file: 'areas.csv', column: 'parent', value: 'sin-ho → sin-ho' }],
    ['a predecessor loop', () => republished('areas.csv', (t) => t.replace(/\nsin-ho,Sìn Hồ,district,lai-chau,huyện,,2025-06-30,,/, '\nsin-ho,Sìn Hồ,district,lai-chau,huyện,,2025-06-30,xa-sin-ho,')), { code: 'predecessor-loop', file: 'areas.csv', column: 'predecessors', value: 'sin-ho → xa-sin-ho → sin-ho' }],
    ['two sibling units whose names differ only in case', () => republished('areas.csv', (t) => t.replace('xa-than-uyen,Than Uyên,', 'xa-than-uyen,SÌN HỒ,')), { code: 'lookalike-name', file: 'areas.csv', column: 'name', value: 'Sìn Hồ' }],
    ['a year 0000 in a validity date', () => republished('areas.csv', (t) => t.replace('sin-ho,Sìn Hồ,district,lai-chau,huyện,,', 'sin-ho,Sìn Hồ,district,lai-chau,huyện,0000-01-01,')), { code: 'date-out-of-range', file: 'areas.csv', column: 'valid_from', value: '0000-01-01' }],
    ['areas.csv saved as UTF-32', () => ({ ...folder, 'areas.csv': utf32le(decode(folder['areas.csv'])) }), { code: 'not-utf8', file: 'areas.csv', value: 'UTF-32 LE' }],
    ['indicators.csv saved as UTF-16 of ASCII only (valid UTF-8 with NULs)', () => ({ ...folder, 'indicators.csv': utf16le('id,name_vi,name_en,unit,unit_en,direction,decimals,additive\n') }), { code: 'not-utf8', file: 'indicators.csv', value: 'UTF-16 LE' }],
  ])('rejects %s, naming the file, the place and the value', async (_, folderOf, expected) => {
    const check = await checkFolder(await folderOf());
    const errors = check.issues.filter((i) => i.severity === 'error');
    expect(errors).toContainEqual(expect.objectContaining(expected));
    expect(check.dataset).toBeNull();
  });

  it('cleans a right-to-left override out of a note, with a warning, and reads the folder', async () => {
    const check = await checkFolder(await republished('observations.csv', (t) => t.replace('\nlai-chau,2016,budget_revenue,1500,1862,,tỷ đồng,"', '\nlai-chau,2016,budget_revenue,1500,1862,,tỷ đồng,"\u202E')));
    expect(check.issues.map((i) => [i.severity, i.code, i.file, i.row, i.column])).toEqual([['warning', 'invisible-character-removed', 'observations.csv', 4, 'source']]);
    expect(check.dataset?.observations.find((o) => o.area === 'lai-chau' && o.year === 2016 && o.indicator === 'budget_revenue')?.source.startsWith('Cổng thông tin điện tử tỉnh Lai Châu')).toBe(true);
  });
});

describe('checking a data folder: a catalog row that is not one is named in its own file', () => {
  /** The file's last two rows on one line, or its last row opening a quote it never closes. */
  const joinLast = (t: string) => t.replace(/\n([^\n]*)\n$/, ',$1\n');
  const openLast = (t: string) => t.replace(/\n([^\n]*)\n$/, '\n"$1\n');
  const lastRow = (name: DataFileName) => decode(folder[name]).trimEnd().split('\n').length;

  it.each<[string, DataFileName, (t: string) => string, number]>([
    ['two records on one line', 'areas.csv', joinLast, -1],
    ['two records on one line', 'indicators.csv', joinLast, -1],
    ['a quote left open', 'areas.csv', openLast, 0],
    ['a quote left open', 'indicators.csv', openLast, 0],
    ['two records on one line, lone CR line ends', 'indicators.csv', (t) => joinLast(t).replaceAll('\n', '\r'), -1],
  ])('%s in %s: an error at that row of that file, not of observations.csv', async (_, name, change, fromLast) => {
    const check = await checkFolder(await republished(name, change));
    expect(check.issues.filter((i) => i.code === 'malformed-row')).toEqual([expect.objectContaining({ file: name, row: lastRow(name) + fromLast, column: null })]);
    expect(check.dataset).toBeNull();
  });
});
