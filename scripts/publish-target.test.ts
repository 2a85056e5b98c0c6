import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolder, run, scratchRoot, snapshot } from './data-cli-testing';
import { folderRelation } from './publish-target';

const root = scratchRoot();
let places = 0;
/** A fresh place: a folder `in` holding data/'s CSVs plus a notes column file publish must not lose. */
function place() {
  const base = join(root, `place-${++places}`);
  mkdirSync(base);
  const input = dataFolder(base);
  writeFileSync(join(input, 'notes.txt'), 'ghi chú — an extra file of the source\n');
  return { base, input };
}

describe('publish refuses an output folder that is the input, holds it or is held by it (real paths)', () => {
  const rel = (path: string) => relative(process.cwd(), path);
  it.each<[string, (p: { base: string; input: string }) => string, string]>([
    ['the same path', ({ input }) => input, 'is the input folder itself'],
    ['the same path with trailing slashes', ({ input }) => `${input}//`, 'is the input folder itself'],
    ['the same folder through ".."', ({ input, base }) => `${base}/x/../${relative(base, input)}`, 'is the input folder itself'],
    ['the same folder through a missing folder and ".."', ({ input, base }) => `${base}/missing/../${relative(base, input)}`, 'is the input folder itself'],
    ['the same folder as a relative path', ({ input }) => `./${rel(input)}/`, 'is the input folder itself'],
    ['the same folder through a linked parent', ({ input, base }) => { symlinkSync(base, join(root, `alias-${places}`)); return join(root, `alias-${places}`, relative(base, input)); }, 'is the input folder itself'],
    ['a folder inside the input', ({ input }) => join(input, 'out'), 'is inside the input folder'],
    ['a new folder deep inside the input', ({ input }) => join(input, 'a', 'b', 'out'), 'is inside the input folder'],
    ['a folder holding the input', ({ base }) => base, 'holds the input folder'],
    ['a link to the input', ({ input, base }) => { symlinkSync(input, join(base, 'link')); return join(base, 'link'); }, 'symbolic link, not a folder'],
    ['a link to the input, with a slash', ({ input, base }) => { symlinkSync(input, join(base, 'link')); return `${join(base, 'link')}/`; }, 'symbolic link, not a folder'],
    ['the input as "."', ({ input }) => `${input}/.`, 'Name the output folder'],
    ['the input\'s parent as ".."', ({ input }) => `${input}/sub/..`, 'Name the output folder'],
  ])('%s: exit 1, the source byte-identical, nothing created', async (_, outOf, words) => {
    const p = place();
    mkdirSync(join(p.base, 'x'));
    const out = outOf(p);
    const before = snapshot(p.input);
    const { code, text } = await run(['publish', p.input, out, '--force']);
    expect(code).toBe(1);
    expect(text).toContain(words);
    expect(text).toMatch(/^publish refused/m);
    expect(snapshot(p.input)).toEqual(before);
    expect(existsSync(join(p.input, 'a'))).toBe(false);
  });

  it.each<[string, string, ReturnType<typeof folderRelation>]>([
    ['/srv/data', '/srv/data', 'same'],
    ['/srv/data', '/srv/data/out', 'out-inside-in'],
    ['/srv/data', '/srv', 'in-inside-out'],
    ['/', '/srv/out', 'out-inside-in'],
    ['/srv/data', '/srv/data-out', null],
    ['/srv/data', '/srv/..data', null],
    ['/srv/..data', '/srv/data', null],
  ])('folderRelation(%s, %s) is %s', (input, out, relation) => {
    expect(folderRelation(input, out)).toBe(relation);
  });
});

describe('publish replaces only what a publication holds', () => {
  it('refuses an output folder that holds other entries, naming them, and keeps them', async () => {
    const p = place();
    const out = join(p.base, 'out');
    expect((await run(['publish', p.input, out])).code).toBe(0);
    writeFileSync(join(out, 'README.md'), 'keep me');
    mkdirSync(join(out, '.git'));
    const before = snapshot(out);
    const { code, text } = await run(['publish', p.input, out, '--force', '--note', 'again']);
    expect(code).toBe(1);
    expect(text).toContain(`${out}: error: [value "\\".git\\", \\"README.md\\""] `);
    expect(snapshot(out)).toEqual(before);
  });

  it.each(['areas.csv', 'manifest.json'])('refuses a published file of the output folder that is a link (%s), never writing through it', async (name) => {
    const p = place();
    const out = join(p.base, 'out');
    expect((await run(['publish', p.input, out])).code).toBe(0);
    const outside = join(p.base, 'outside.txt');
    writeFileSync(outside, 'SECRET=do-not-print\n');
    const link = join(out, name);
    rmSync(link);
    symlinkSync(outside, link);
    const { code, text } = await run(['publish', p.input, out, '--force', '--note', 'again']);
    expect(code).toBe(1);
    expect(text).toContain(`${out}/${name}: error: [value "symbolic link"] `);
    expect(text).not.toContain('do-not-print');
    expect(snapshot(p.base)['outside.txt']).toBe(Buffer.from('SECRET=do-not-print\n').toString('base64'));
  });

  it('leaves no work folder beside the output and gives it the usual folder mode', async () => {
    const p = place();
    const out = join(p.base, 'out');
    expect((await run(['publish', p.input, out])).code).toBe(0);
    expect((await run(['publish', p.input, out, '--force', '--note', 'again'])).code).toBe(0);
    expect(readdirSync(p.base).filter((n) => n.startsWith('.'))).toEqual([]);
    const umask = process.umask();
    expect(statSync(out).mode & 0o777).toBe(0o777 & ~umask);
    expect((await run(['check', out])).code).toBe(0);
  });
});

describe('publish finds what an interrupted publish left beside the output folder', () => {
  it.each<[string, boolean, string]>([
    ['.out.old-1a2b3c4d', false, 'Restore it (mv '],
    ['.out.old-1a2b3c4d', true, 'the old version'],
    ['.out.new-1a2b3c4d', true, 'perhaps incomplete'],
    ['.out.new-1a2b3c4d', false, 'is missing'],
  ])('%s (out there: %s): refused, saying what to do', async (leftover, outThere, words) => {
    const p = place();
    const out = join(p.base, 'out');
    if (outThere) mkdirSync(out);
    mkdirSync(join(p.base, leftover));
    const { code, text } = await run(['publish', p.input, out]);
    expect(code).toBe(1);
    expect(text).toContain(`${out}: error: [value "${join(p.base, leftover)}"] `);
    expect(text).toContain(words);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  });
});

describe('publish checks the output folder itself', () => {
  it.each<[string, (out: string) => void, string]>([
    ['a regular file', (out) => writeFileSync(out, 'not a folder'), 'This is a file, not a folder.'],
    ['a FIFO', (out) => execFileSync('mkfifo', [out]), 'This is a FIFO, not a folder.'],
    ['a link to a folder outside', (out) => symlinkSync(root, out), 'This is a symbolic link, not a folder'],
  ])('refuses an output that is %s, leaving it as it was', async (_, make, words) => {
    const p = place();
    const out = join(p.base, 'out');
    make(out);
    const before = snapshot(p.base);
    const { code, text } = await run(['publish', p.input, out, '--force']);
    expect(code).toBe(1);
    expect(text).toContain(`${out}: error: `);
    expect(text).toContain(words);
    expect(snapshot(p.base)).toEqual(before);
  });

  it('ignores, and never prints, a name beside it that publish does not make', async () => {
    const p = place();
    mkdirSync(join(p.base, '.out.old-\n::error::injected'));
    const { code, text } = await run(['publish', p.input, join(p.base, 'out')]);
    expect(code).toBe(0);
    expect(text).not.toContain('injected');
  });
});
