import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '../dataset-io';
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
    ['a manifest of an unknown schema', () => edit(folder, 'manifest.json', (t) => t.replace('chi-tieu-data/1', 'chi-tieu-data/2')), { code: 'manifest-invalid', file: 'manifest.json', column: 'schema', value: 'chi-tieu-data/2' }],
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
