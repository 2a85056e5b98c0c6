import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFolder } from '../src/domain/publication/check-folder';
import { data, dataFolder as dataFolderIn, run as runWith, scratchRoot } from './data-cli-testing';

const root = scratchRoot();
const dataFolder = (observations?: string) => dataFolderIn(root, observations);
const run = (...argv: string[]) => runWith(argv);

interface Expected {
  file: string;
  errors: { code: string; row: number | null; column: string | null; value: string | null }[];
}
const corpus = JSON.parse(readFileSync(data('bad-inputs/expectations.json'), 'utf8')) as Expected[];
const expected = (file: string) => corpus.find((e) => e.file === file)!;

describe('npm run data -- check', () => {
  it('passes data/ as plain CSVs, warning that it is not published yet', async () => {
    const { code, out } = await run('check', dataFolder());
    expect(code).toBe(0);
    expect(out[0]).toMatch(/manifest\.json: warning: .*not published yet/);
    expect(out.at(-1)).toMatch(/0 error\(s\), 1 warning\(s\) \(86 observations, not published\)$/);
  });

  it.each([
    '09-missing-area-column.csv', '14-unknown-area-atlantis.csv', '15-misspelled-district.csv', '16-unknown-indicator.csv', '17-bad-numbers.csv',
    '18-ambiguous-number.csv', '22-duplicate-rows.csv', '32-formula-in-figure.csv', '34-year-letter-o.csv', '38-multiline-note.csv', '39-blank-rows-in-middle.csv',
  ])('rejects the corpus file %s as observations.csv, one line per located error, exit 1', async (file) => {
    const folder = dataFolder(`bad-inputs/${file}`);
    const { code, out } = await run('check', folder);
    expect(code).toBe(1);
    for (const e of expected(file).errors) {
      const cell = [e.column && `column ${e.column}`, e.value !== null && `value ${JSON.stringify(e.value)}`].filter(Boolean).join(', ');
      expect(out).toContainEqual(expect.stringContaining(`${folder}/observations.csv:${e.row}: error: [${cell}] `));
    }
    expect(out.at(-1)).toContain(`${expected(file).errors.length} error(s)`);
  });

  it.each([
    ['01-windows-1258.csv', 'is not UTF-8 text. Save it again as "CSV UTF-8"'],
    ['27-image.png', 'is not UTF-8 text'],
    ['24-empty.csv', 'The file is empty'],
    ['25-header-only.csv', 'has a header row but no data'],
  ])('rejects %s, saying what to do', async (file, words) => {
    const { code, text } = await run('check', dataFolder(`bad-inputs/${file}`));
    expect(code).toBe(1);
    expect(text).toContain(words);
  });

  it.each(['41-percent-mismatch.csv', '44-good-canonical-sample.csv'])('passes %s (warnings do not fail a check)', async (file) => {
    expect((await run('check', dataFolder(`bad-inputs/${file}`))).code).toBe(0);
  });

  it('says so when the folder does not exist, and how to call it wrongly', async () => {
    expect(await run('check', join(root, 'nowhere'))).toMatchObject({ code: 1, err: [expect.stringContaining('not a folder')] });
    expect(await run('check')).toMatchObject({ code: 2, err: [expect.stringContaining('Usage:')] });
    expect((await run('check', 'a', '--colour')).code).toBe(2);
  });
});

describe('npm run data -- publish', () => {
  it('writes the canonical files and a manifest that the check passes', async () => {
    const out = join(root, 'published');
    const { code, out: lines } = await run('publish', dataFolder(), out, '--publisher', 'Sở KH&ĐT Lai Châu', '--note', 'Số liệu 2016–2024');
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(/^published version 20261128T0930Z-[0-9a-f]{6} \(2026-11-28T09:30:00\.000Z, Sở KH&ĐT Lai Châu\)/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { publisher: string; note: string; files: { rows: number }[] };
    expect(manifest).toMatchObject({ publisher: 'Sở KH&ĐT Lai Châu', note: 'Số liệu 2016–2024', files: [{ rows: 58 }, { rows: 19 }, { rows: 86 }] });
    const { code: checked, out: report } = await run('check', out);
    expect(checked).toBe(0);
    expect(report).toHaveLength(1);
    const files = Object.fromEntries(['manifest.json', 'areas.csv', 'indicators.csv', 'observations.csv'].map((n) => [n, new Uint8Array(readFileSync(join(out, n)))]));
    expect((await checkFolder(files)).issues).toEqual([]);
  });

  it('refuses data that does not parse cleanly, with located issues, and writes nothing', async () => {
    const out = join(root, 'never');
    const { code, out: lines } = await run('publish', dataFolder('bad-inputs/14-unknown-area-atlantis.csv'), out);
    expect(code).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/observations\.csv:3: error: \[column area, value "Atlantis"\] .*Did you mean/));
    expect(lines.at(-1)).toMatch(/^publish refused/);
    expect(existsSync(out)).toBe(false);
  });

  it('never alters a published version: another version in <out> is refused unless --force', async () => {
    const out = join(root, 'twice');
    expect((await run('publish', dataFolder(), out, '--note', 'first')).code).toBe(0);
    const first = readFileSync(join(out, 'manifest.json'), 'utf8');
    const refused = await run('publish', dataFolder(), out, '--note', 'second');
    expect(refused.code).toBe(1);
    expect(refused.text).toContain('already holds another publication');
    expect(refused.text).toContain('--force');
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(first);
    expect((await run('publish', dataFolder(), out, '--note', 'second', '--force')).code).toBe(0);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toContain('"note": "second"');
  });

  it('replaces a damaged manifest in <out> only with --force', async () => {
    const out = join(root, 'damaged');
    mkdirSync(out);
    writeFileSync(join(out, 'manifest.json'), '{"schema":');
    expect((await run('publish', dataFolder(), out)).text).toContain('unreadable manifest');
    expect((await run('publish', dataFolder(), out, '--force')).code).toBe(0);
  });
});

describe('npm run data with main-targets.csv (optional)', () => {
  it('check locates a bad row of main-targets.csv; publish writes a good one, listed in the manifest, and the check passes it', async () => {
    const bad = dataFolder();
    writeFileSync(join(bad, 'main-targets.csv'), 'area,year,indicator,scope,source,note\nlai-chau,2024,grdp_growth,partial,,\n');
    const refused = await run('check', bad);
    expect(refused.code).toBe(1);
    expect(refused.out).toContainEqual(expect.stringContaining(`${bad}/main-targets.csv:2: error: [column source, value ""] `));
    const good = dataFolder();
    copyFileSync(data('main-targets.csv'), join(good, 'main-targets.csv'));
    const out = join(root, 'published-main-targets');
    expect((await run('publish', good, out)).code).toBe(0);
    expect(readFileSync(join(out, 'main-targets.csv'), 'utf8')).toBe(readFileSync(data('main-targets.csv'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: { name: string; rows: number }[] };
    expect(manifest.files.at(-1)).toMatchObject({ name: 'main-targets.csv', rows: 7 });
    expect((await run('check', out)).code).toBe(0);
  });
});

describe('npm run data -- check: invisible characters, loops, encodings and dates', () => {
  /** data/ with rows added to its areas.csv. */
  function withAreas(rows: string): string {
    const folder = dataFolder();
    writeFileSync(join(folder, 'areas.csv'), `${readFileSync(data('areas.csv'), 'utf8')}${rows}`);
    return folder;
  }

  it.each([
    ['68-invisible-chars-in-names.csv', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['75-utf32le-bom.csv', 'observations.csv is saved as UTF-32 LE, not UTF-8'],
    ['76-utf32be-no-bom.txt', 'observations.csv is saved as UTF-32 BE, not UTF-8'],
  ])('rejects the corpus file %s as observations.csv, naming %s', async (file, words) => {
    const { code, text } = await run('check', dataFolder(`bad-inputs/${file}`));
    expect(code).toBe(1);
    expect(text).toContain(words);
  });

  it.each([
    ['a unit that is its own parent', 'xa-a,Xã A,commune,xa-a,xã,2025-07-01,,,,BC,\n', ':60: error: [column parent, value "xa-a → xa-a"] '],
    ['a parent loop', 'xa-a,Xã A,commune,xa-b,xã,2025-07-01,,,,BC,\nxa-b,Xã B,commune,xa-a,xã,2025-07-01,,,,BC,\n', ':60: error: [column parent, value "xa-a → xa-b → xa-a"] '],
    ['a predecessor loop', 'xa-a,Xã A,commune,lai-chau,xã,2025-07-01,,xa-b,renamed,BC,\nxa-b,Xã B,commune,lai-chau,xã,2025-07-01,,xa-a,renamed,BC,\n', ':60: error: [column predecessors, value "xa-a → xa-b → xa-a"] '],
    ['a name with a zero-width space', 'xa-a,Xã\u200BA,commune,lai-chau,xã,2025-07-01,,,,BC,\n', ':60: error: [column name, value "Xã[U+200B]A"] '],
    ['a name like a sibling\'s but for case', 'xa-a,SÌN HỒ,commune,lai-chau,xã,2025-07-01,,,,BC,\n', ':60: error: [column name, value "SÌN HỒ"] '],
    ['a year 0000', 'xa-a,Xã A,commune,lai-chau,xã,0000-01-01,,,,BC,\n', ':60: error: [column valid_from, value "0000-01-01"] '],
  ])('rejects %s in areas.csv at its row, exit 1', async (_, rows, line) => {
    const folder = withAreas(rows);
    const { code, out } = await run('check', folder);
    expect(code).toBe(1);
    expect(out).toContainEqual(expect.stringContaining(`${folder}/areas.csv${line}`));
  });
});
