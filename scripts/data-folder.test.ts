import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { data, dataFolder, injectedFs, run, scratchRoot } from './data-cli-testing';

const root = scratchRoot();
const SECRET = 'CI_TOKEN=ghp_do-not-print-this';
const secretFile = join(root, 'secret.env');
writeFileSync(secretFile, `${SECRET}\n`);

/** Ways an entry of a data folder is not a regular file, each made in place of `name` (whose bytes are in `copy` beside it). */
const ENTRIES: [string, string, (path: string) => void][] = [
  ['a link to a file outside the folder', 'symbolic link', (path) => symlinkSync(secretFile, path)],
  ['a relative link to a copy inside the folder', 'symbolic link', (path) => symlinkSync('copy', path)],
  ['a link to a folder', 'symbolic link', (path) => symlinkSync(root, path)],
  ['a dangling link', 'symbolic link', (path) => symlinkSync(join(root, 'nowhere'), path)],
  ['a FIFO (would block if opened)', 'FIFO', (path) => execFileSync('mkfifo', [path])],
  ['a folder', 'folder', (path) => mkdirSync(path)],
];

/** A folder of data/'s CSVs with `name` replaced by the entry. */
function folderWith(name: string, make: (path: string) => void) {
  const folder = dataFolder(root);
  const path = join(folder, name);
  copyFileSync(existsSync(path) ? path : data('areas.csv'), join(folder, 'copy'));
  rmSync(path, { force: true });
  make(path);
  return folder;
}

describe.each(['areas.csv', 'observations.csv', 'manifest.json', 'main-targets.csv'])('%s as an entry that is not a regular file', (name) => {
  it.each(ENTRIES)('check refuses %s by name, never printing what it points at', async (_, kind, make) => {
    const folder = folderWith(name, make);
    const { code, text } = await run(['check', folder]);
    expect(code).toBe(1);
    expect(text).toContain(`${folder}/${name}: error: [value "${kind}"] `);
    expect(text).not.toContain('do-not-print');
    expect(text).not.toContain(`${folder}/${name}: error: ${name} is missing`);
    expect(text).not.toMatch(/\n\s+at /);
  });

  // publish reads the input's CSVs, not its manifest.
  it.skipIf(name === 'manifest.json').each(ENTRIES.slice(0, 1).concat(ENTRIES.slice(4)))('publish refuses %s in the input and writes nothing', async (_, kind, make) => {
    const folder = folderWith(name, make);
    const out = join(root, `out-${name}-${kind.replace(/\W/g, '')}`);
    const { code, text } = await run(['publish', folder, out]);
    expect(code).toBe(1);
    expect(text).toContain(`${folder}/${name}: error: [value "${kind}"] `);
    expect(text).not.toContain('do-not-print');
    expect(existsSync(out)).toBe(false);
  });
});

describe('a folder argument that is a link is not followed', () => {
  it.each(['check', 'publish'])('%s refuses it, naming it', async (command) => {
    const link = join(root, `linked-${command}`);
    symlinkSync(dataFolder(root), link);
    const given = command === 'check' ? `${link}/` : link;
    const { code, text } = await run(command === 'check' ? ['check', given] : ['publish', given, join(root, 'never-linked')]);
    expect(code).toBe(1);
    expect(text).toContain(`${given}: error: [value "symbolic link"] `);
    expect(existsSync(join(root, 'never-linked'))).toBe(false);
  });
});

describe('every failed read is one located line and exit 1, never a stack trace', () => {
  it.each<[string, string, string, string]>([
    ['openSync', 'observations.csv', 'EACCES', 'Cannot read: permission denied (EACCES)'],
    ['readSync', '', 'EIO', 'Cannot read: a disk input/output error (EIO)'],
    ['fstatSync', '', 'EIO', 'Cannot read: a disk input/output error (EIO)'],
    ['lstatSync', 'manifest.json', 'EACCES', 'Cannot look at: permission denied (EACCES)'],
    ['lstatSync', 'observations.csv', 'ELOOP', 'Cannot look at: it is a symbolic link or a loop of links (ELOOP)'],
    ['openSync', 'areas.csv', 'EMFILE', 'Cannot read: too many open files (EMFILE)'],
    ['closeSync', '', 'EIO', 'Cannot read: a disk input/output error (EIO)'],
    ['openSync', 'observations.csv', 'EWHATEVER', 'Cannot read: an operating system error (EWHATEVER)'],
  ])('check with %s of %s failing with %s', async (op, name, code, words) => {
    const folder = dataFolder(root);
    let failed = false;
    const { fs } = injectedFs((call) => {
      if (failed || call.op !== op || (name && !String(call.target).endsWith(`/${name}`))) return null;
      failed = true;
      return code;
    });
    const { code: exit, text } = await run(['check', folder], fs);
    expect(exit).toBe(1);
    expect(text).toMatch(new RegExp(`^${folder}/\\S+: error: \\[value "${code}"\\] .* — ${words.replace(/[()]/g, '\\$&')}\\. `, 'm'));
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('says so when the folder cannot be looked at', async () => {
    const { fs } = injectedFs((call) => (call.op === 'lstatSync' ? 'EACCES' : null));
    const { code, text } = await run(['check', join(root, 'any')], fs);
    expect(code).toBe(1);
    expect(text).toContain(`${join(root, 'any')}: error: [value "EACCES"] Không xem được: không có quyền (EACCES).`);
  });
});
