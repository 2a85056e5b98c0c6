import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDataCli } from './data-cli';

// `check` and `publish` read a file's rows as every other path does (src/domain/csv/csv-rows.ts): no row
// vanishes between what check counts and what publish writes, whatever the line ends.

const root = mkdtempSync(join(tmpdir(), 'chi-tieu-data-cli-rows-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const data = (name: string) => new URL(`../data/${name}`, import.meta.url);
const lines = readFileSync(data('observations.csv'), 'utf8').trimEnd().split('\n');
const ROWS = lines.length - 1;
let folders = 0;

function folderWith(observations: string): string {
  const folder = join(root, `folder-${++folders}`);
  mkdirSync(folder);
  for (const name of ['areas.csv', 'indicators.csv']) copyFileSync(data(name), join(folder, name));
  writeFileSync(join(folder, 'observations.csv'), observations);
  return folder;
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const code = await runDataCli(argv, { out: (l) => out.push(l), err: (l) => out.push(l), now: () => new Date('2026-11-28T09:30:00Z') });
  return { code, out };
}

const ends = {
  'LF': () => '\n',
  'CRLF': () => '\r\n',
  'lone CR (Excel for Mac)': () => '\r',
  'LF and lone CR, alternating': (i: number) => (i % 2 === 0 ? '\n' : '\r'),
  'LF, CRLF and CR in turn': (i: number) => ['\n', '\r\n', '\r'][i % 3]!,
};

describe('check and publish read every row, whatever the line ends', () => {
  it.each(Object.entries(ends))('%s: check counts every row, publish writes every row', async (_, end) => {
    const folder = folderWith(lines.map((line, i) => line + end(i)).join(''));
    const checked = await run('check', folder);
    expect(checked.code).toBe(0);
    expect(checked.out.at(-1)).toContain(`0 error(s), 1 warning(s) (${ROWS} observations, not published)`);
    const published = await run('publish', folder, `${folder}-out`);
    expect(published.code).toBe(0);
    expect(published.out.at(-1)).toContain(`observations.csv ${ROWS} rows`);
    // The published folder passes its own check, its manifest's row count the rows read.
    expect((await run('check', `${folder}-out`)).out.at(-1)).toContain(`0 error(s), 0 warning(s) (${ROWS} observations`);
  });
});

describe('a row with cells past the header is an error at that row on check and on publish', () => {
  it.each([
    ['two records on one line (26 cells)', 4, (ls: string[]) => [...ls.slice(0, 3), `${ls[3]},${ls[4]}`, ...ls.slice(5)]],
    ['two records on one line, the last ones', ROWS, (ls: string[]) => [...ls.slice(0, -2), `${ls.at(-2)},${ls.at(-1)}`]],
    ['a figure with an unquoted comma', 3, (ls: string[]) => [ls[0]!, ls[1]!, ls[2]!.replace(',17.23,', ',17,23,'), ...ls.slice(3)]],
  ])('%s: refused, row %i named', async (_, row, change) => {
    const folder = folderWith(`${change(lines).join('\n')}\n`);
    const checked = await run('check', folder);
    expect(checked.code).toBe(1);
    expect(checked.out).toContainEqual(expect.stringMatching(new RegExp(`observations\\.csv:${row}: error: .*Dòng có \\d+ ô.*cells under 14 headers`)));
    const published = await run('publish', folder, `${folder}-out`);
    expect(published.code).toBe(1);
    expect(published.out.at(-1)).toMatch(/^publish refused/);
  });
});

describe('the catalog files: a row that is not one is an error at that row on check and on publish', () => {
  const CATALOGS = ['areas.csv', 'indicators.csv', 'awards.csv', 'main-targets.csv'];
  /** data/'s folder with its catalogs, one of them (`file`) replaced by `change` of its lines. */
  function catalogFolder(file: string, change: (ls: string[]) => string): string {
    const folder = folderWith(readFileSync(data('observations.csv'), 'utf8'));
    for (const name of ['awards.csv', 'main-targets.csv']) copyFileSync(data(name), join(folder, name));
    writeFileSync(join(folder, file), change(readFileSync(data(file), 'utf8').trimEnd().split('\n')));
    return folder;
  }
  const TOO_MANY = 'Dòng có \\d+ ô.*cells under \\d+ headers';
  const UNREADABLE = 'Dòng không đọc được.*cannot be read';

  it.each(CATALOGS.flatMap((file) => [
    [file, 'two records on one line, the last ones', (ls: string[]) => `${[...ls.slice(0, -2), `${ls.at(-2)},${ls.at(-1)}`].join('\n')}\n`, (n: number) => n - 1, TOO_MANY],
    [file, 'two records on the first data line, CRLF', (ls: string[]) => `${[ls[0], `${ls[1]},${ls[2]}`, ...ls.slice(3)].join('\r\n')}\r\n`, () => 2, TOO_MANY],
    [file, 'a quote left open on the last row, lone CR', (ls: string[]) => `${[...ls.slice(0, -1), `"${ls.at(-1)}`].join('\r')}\r`, (n: number) => n, UNREADABLE],
  ] as const))('%s, %s: refused at that row', async (file, _, change, row, message) => {
    const folder = catalogFolder(file, change);
    const lineCount = readFileSync(data(file), 'utf8').trimEnd().split('\n').length;
    const checked = await run('check', folder);
    expect(checked.code).toBe(1);
    expect(checked.out).toContainEqual(expect.stringMatching(new RegExp(`${file.replace('.', '\\.')}:${row(lineCount)}: error: .*${message}`)));
    const published = await run('publish', folder, `${folder}-out`);
    expect(published.code).toBe(1);
    expect(published.out.at(-1)).toMatch(/^publish refused/);
  });

  it.each(CATALOGS)('%s with lone CR line ends and a trailing empty cell on every row: checked and published whole', async (file) => {
    const folder = catalogFolder(file, (ls) => `${[ls[0], ...ls.slice(1).map((l) => `${l},`)].join('\r')}\r`);
    expect((await run('check', folder)).code).toBe(0);
    expect((await run('publish', folder, `${folder}-out`)).code).toBe(0);
    expect((await run('check', `${folder}-out`)).code).toBe(0);
  });
});
