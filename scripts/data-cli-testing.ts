/** What the tests of `npm run data` share: a scratch root, folders holding data/'s CSVs, and a run that keeps the output. */
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { runDataCli } from './data-cli';
import { nodeFolderFs, type FolderFs } from './folder-fs';

/** A scratch folder for one test file, removed after it. */
export function scratchRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'chi-tieu-data-cli-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

export const data = (name: string) => new URL(`../data/${name}`, import.meta.url);

let folders = 0;
/** A fresh folder in root holding data/'s three CSVs, observations.csv optionally replaced by a corpus file. */
export function dataFolder(root: string, observations = 'observations.csv'): string {
  const folder = join(root, `folder-${++folders}`);
  mkdirSync(folder);
  for (const name of ['areas.csv', 'indicators.csv']) copyFileSync(data(name), join(folder, name));
  copyFileSync(data(observations), join(folder, 'observations.csv'));
  return folder;
}

export async function run(argv: string[], fs?: FolderFs) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDataCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), now: () => new Date('2026-11-28T09:30:00Z'), fs });
  return { code, out, err, text: [...out, ...err].join('\n') };
}

/** A folder's entries and their bytes (a folder's or a link's by kind), to show it is byte-identical before and after. */
export function snapshot(folder: string): Record<string, string> {
  const entry = (path: string) => {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return `link to ${readlinkSync(path)}`;
    return stats.isFile() ? readFileSync(path).toString('base64') : `a ${stats.isDirectory() ? 'folder' : 'special file'}`;
  };
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, entry(join(folder, name))]));
}

/** One call the fs was asked for: the operation and its first argument (a path or a descriptor). */
export interface FsCall {
  op: string;
  target: unknown;
}

/**
 * The real file operations, each call recorded, and the one `fail` names thrown as the OS would
 * throw it (an Error with its code): how a test fails each step in turn without chmod, which root ignores.
 */
export function injectedFs(fail: (call: FsCall, index: number) => string | null = () => null): { fs: FolderFs; calls: FsCall[] } {
  const calls: FsCall[] = [];
  const fs = new Proxy(nodeFolderFs, {
    get(real, op: string) {
      const original = (real as unknown as Record<string, (...args: unknown[]) => unknown>)[op];
      if (typeof original !== 'function') return original;
      return (...args: unknown[]) => {
        const call = { op, target: args[0] };
        calls.push(call);
        const code = fail(call, calls.length - 1);
        if (code) throw Object.assign(new Error(`${code}: injected failure, ${op} '${String(args[0])}'`), { code, syscall: op, path: String(args[0]) });
        return original.apply(real, args);
      };
    },
  });
  return { fs, calls };
}

/** The real file operations with every relative path taken from `root`, as if the CLI ran there: a pasted command on a scratch copy. */
export function rootedFs(root: string): FolderFs {
  const rooted = (arg: unknown) => (typeof arg === 'string' && !isAbsolute(arg) ? resolve(root, arg) : arg);
  return new Proxy(nodeFolderFs, {
    get(real, op: string) {
      const original = (real as unknown as Record<string, (...args: unknown[]) => unknown>)[op];
      if (typeof original !== 'function') return original;
      // A path is the first argument, and renameSync's second; openSync's flags are not a path.
      return (...args: unknown[]) => original.apply(real, args.map((arg, i) => (i === 0 || (op === 'renameSync' && i === 1) ? rooted(arg) : arg)));
    },
  });
}
