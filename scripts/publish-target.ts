/**
 * The output folder of `publish <in> <out>`, checked before a byte is written. Publishing replaces
 * <out> whole (see publish-write.ts), so <out> must be named, must not be a link, must not be,
 * hold or sit in <in> (compared by real paths: trailing slashes, "." and "..", links), must hold
 * only a publication's regular files, and no interrupted publish may have left folders beside it.
 */
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { type PathIssue } from '../src/domain/publication/io-issues';
import { notRegularFile } from '../src/domain/publication/io-issues';
import { OPTIONAL_PUBLISHED_FILES, PUBLISHED_FILES } from '../src/domain/publication/publish';
import { folderNotPlain, interruptedPublish, outHoldsOthers, outMeetsInput, outNotNamed, type FolderRelation } from '../src/domain/publication/target-issues';
import { entryKind, io, lstatOrNull, realPathOf, withoutTrailingSlash, type FolderFs } from './folder-fs';

/** Where the new version goes: the real parent folder and the name in it; `exists` when a folder is there now. */
export interface Target {
  shown: string;
  parent: string;
  name: string;
  path: string;
  exists: boolean;
}

const PUBLICATION_NAMES: ReadonlySet<string> = new Set([...PUBLISHED_FILES, ...OPTIONAL_PUBLISHED_FILES]);

/** The folders publish leaves beside <out> while it works: ".out.new-…" being written, ".out.old-…" being replaced. */
export const workFolderPrefixes = (name: string) => ({ fresh: `.${name}.new-`, old: `.${name}.old-` });

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel);
};

/** How two real folder paths meet, if they do. */
export function folderRelation(realIn: string, realOut: string): FolderRelation | null {
  if (relative(realIn, realOut) === '') return 'same';
  if (inside(realIn, realOut)) return 'out-inside-in';
  if (inside(realOut, realIn)) return 'in-inside-out';
  return null;
}

/** The entries of <out> that stop it being replaced: anything but a publication's regular files. */
function foreignEntries(fs: FolderFs, out: string, shown: string): PathIssue[] {
  const names = io(shown, 'list', () => fs.readdirSync(out)).sort();
  const others = names.filter((n) => !PUBLICATION_NAMES.has(n));
  const issues: PathIssue[] = others.length > 0 ? [outHoldsOthers(shown, others)] : [];
  for (const name of names.filter((n) => PUBLICATION_NAMES.has(n))) {
    const stats = lstatOrNull(fs, join(out, name), `${shown}/${name}`);
    if (stats && !stats.isFile()) issues.push(notRegularFile(`${shown}/${name}`, entryKind(stats)));
  }
  return issues;
}

/** Folders an interrupted publish left beside a folder, as given (e.g. the old version beside a missing <out>). */
export function interruptedBeside(fs: FolderFs, folder: string): PathIssue[] {
  const shown = withoutTrailingSlash(folder);
  const name = basename(shown);
  if (name === '' || name === '.' || name === '..') return [];
  return leftovers(fs, dirname(shown), name, lstatOrNull(fs, shown) !== null, shown);
}

/** Folders an interrupted publish left beside <out>. */
function leftovers(fs: FolderFs, parent: string, name: string, exists: boolean, shown: string): PathIssue[] {
  if (lstatOrNull(fs, parent) === null) return [];
  const { fresh, old } = workFolderPrefixes(name);
  return io(parent, 'list', () => fs.readdirSync(parent))
    // Only names of the form publish makes: another name is not ours, and is not printed.
    .filter((n) => (n.startsWith(fresh) || n.startsWith(old)) && /^[0-9a-f]{8}$/.test(n.slice(fresh.length)))
    .sort()
    .map((n) => interruptedPublish(shown, join(dirname(shown), n), exists));
}

/** Checks <out> against <in>; the target to write, or why it is refused. */
export function checkTarget(fs: FolderFs, input: string, out: string): { ok: true; target: Target } | { ok: false; issues: PathIssue[] } {
  const shown = withoutTrailingSlash(out);
  const name = basename(shown);
  if (name === '' || name === '.' || name === '..' || shown === '/') return { ok: false, issues: [outNotNamed(out)] };
  const stats = lstatOrNull(fs, shown);
  if (stats && !stats.isDirectory()) return { ok: false, issues: [folderNotPlain(out, entryKind(stats))] };
  const parent = realPathOf(fs, dirname(shown));
  const path = join(parent, name);
  const relation = folderRelation(io(input, 'inspect', () => fs.realpathSync(input)), path);
  if (relation) return { ok: false, issues: [outMeetsInput(out, input, relation)] };
  const issues = [...(stats ? foreignEntries(fs, path, shown) : []), ...leftovers(fs, parent, name, stats !== null, shown)];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, target: { shown, parent, name, path, exists: stats !== null } };
}
