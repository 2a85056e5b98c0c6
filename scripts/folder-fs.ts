/**
 * The file operations `npm run data` uses, behind one small interface so a test can fail any of
 * them in turn (root ignores file modes, so EACCES is injected, not made with chmod). Every call
 * goes through `io`, which turns an OS error into a located issue: a failure is one line naming
 * the path and the error code, never a stack trace.
 */
import * as nodeFs from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ioIssue, type EntryKind, type IoAction, type PathIssue } from '../src/domain/publication/io-issues';

export type FolderFs = Pick<
  typeof nodeFs,
  'lstatSync' | 'realpathSync' | 'readdirSync' | 'mkdirSync' | 'openSync' | 'fstatSync' | 'readSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'rmdirSync' | 'rmSync'
>;

export const nodeFolderFs: FolderFs = nodeFs;

/** A file operation that failed, carried as the issue to print. */
export class IoFailure extends Error {
  constructor(readonly issues: PathIssue[]) {
    super(issues.map((i) => `${i.file}: ${i.message.en}`).join('\n'));
  }
}

export const errorCode = (e: unknown): string | undefined => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** Runs one file operation; an OS error becomes an IoFailure naming `file` (as it is shown) and the error code. */
export function io<T>(file: string, action: IoAction, op: () => T): T {
  try {
    return op();
  } catch (e) {
    if (e instanceof IoFailure) throw e;
    throw new IoFailure([ioIssue(file, action, errorCode(e))]);
  }
}

/** The entry's stats without following a link; null when there is none. */
export function lstatOrNull(fs: FolderFs, path: string, shown = path): Stats | null {
  try {
    return fs.lstatSync(path);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return null;
    throw new IoFailure([ioIssue(shown, 'inspect', errorCode(e))]);
  }
}

export function entryKind(stats: Stats): EntryKind {
  if (stats.isFile()) return 'file';
  if (stats.isSymbolicLink()) return 'symbolic link';
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'FIFO';
  if (stats.isSocket()) return 'socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'device';
  return 'special file';
}

/**
 * The real path a path names, whether or not it exists yet: the real path of its nearest existing
 * ancestor (links and ".." resolved by the OS) with the missing rest, which mkdir will create as
 * plain folders. Nothing is created.
 */
export function realPathOf(fs: FolderFs, path: string): string {
  try {
    return fs.realpathSync(path);
  } catch (e) {
    const parent = dirname(path);
    if (errorCode(e) !== 'ENOENT' || parent === path) throw new IoFailure([ioIssue(path, 'inspect', errorCode(e))]);
    return join(realPathOf(fs, parent), basename(path));
  }
}

/** A path as given, without its trailing slashes ("out/" → "out", "/" stays). */
export const withoutTrailingSlash = (path: string): string => path.replace(/(.)\/+$/, '$1');

/**
 * Opens a descriptor, uses it and closes it: a failure of the use is the one told (the close then
 * tried quietly); a failed close after a good use is told too (a written file's close can report a
 * lost write).
 */
export function withOpened<T>(fs: FolderFs, shown: string, action: IoAction, open: () => number, use: (fd: number) => T): T {
  const fd = io(shown, action, open);
  let result: T;
  try {
    result = use(fd);
  } catch (e) {
    try {
      fs.closeSync(fd);
    } catch {
      // The use's own failure is the one to tell.
    }
    throw e;
  }
  io(shown, action, () => fs.closeSync(fd));
  return result;
}
