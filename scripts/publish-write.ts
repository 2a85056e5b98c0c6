/**
 * Writing a publication so that a failure at any step leaves the old version whole. The new
 * version is written into ".out.new-<random>" beside <out> (the same parent, so one filesystem and
 * rename is atomic), each file flushed to disk; then swapped in by two renames:
 *
 *   1. out → ".out.old-<random>"     2. ".out.new-<random>" → out     3. ".out.old-…" removed
 *
 * A failure before 1 removes the new folder: <out> was never touched. A failure at 2 renames the
 * old version back. A crash (power cut, kill -9) between 1 and 2 leaves no <out> but both folders
 * whole beside it: the next publish finds ".out.old-…" and refuses, saying to move it back
 * (publish-target.ts, interruptedPublish); a crash after 2 leaves only the old folder to remove.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { join } from 'node:path';
import { ioIssue, type PathIssue } from '../src/domain/publication/io-issues';
import { interruptedPublish } from '../src/domain/publication/target-issues';
import { errorCode, io, IoFailure, withOpened, type FolderFs } from './folder-fs';
import { workFolderPrefixes, type Target } from './publish-target';

/** A new file only (never through an existing entry or link), with the usual mode less the umask. */
const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

const randomSuffix = () => randomBytes(4).toString('hex');

function writeFile(fs: FolderFs, path: string, shown: string, bytes: Uint8Array) {
  withOpened(fs, shown, 'write', () => fs.openSync(path, WRITE_FLAGS, 0o666), (fd) => {
    let written = 0;
    while (written < bytes.byteLength) written += io(shown, 'write', () => fs.writeSync(fd, bytes, written, bytes.byteLength - written));
    io(shown, 'sync', () => fs.fsyncSync(fd));
  });
}

/** Flushes a folder's entries (new names, renames) to disk. */
function syncFolder(fs: FolderFs, path: string, shown: string) {
  withOpened(fs, shown, 'sync', () => fs.openSync(path, constants.O_RDONLY | constants.O_DIRECTORY), (fd) => io(shown, 'sync', () => fs.fsyncSync(fd)));
}

/** Removes a work folder after a failure; if that fails too, the issue says what is left. */
function removeWorkFolder(fs: FolderFs, path: string, shown: string): PathIssue[] {
  try {
    fs.rmSync(path, { recursive: true, force: true });
    return [];
  } catch (e) {
    return [ioIssue(shown, 'remove', errorCode(e))];
  }
}

/** Removes the replaced version: only the files publish knows, then the folder (never a tree it did not check). */
function removeOldVersion(fs: FolderFs, path: string, shown: string, names: readonly string[]) {
  for (const name of names) {
    try {
      fs.unlinkSync(join(path, name));
    } catch (e) {
      if (errorCode(e) !== 'ENOENT') throw new IoFailure([ioIssue(`${shown}/${name}`, 'remove', errorCode(e))]);
    }
  }
  io(shown, 'remove', () => fs.rmdirSync(path));
}

/**
 * Writes the files as the new version of the target. Throws an IoFailure (the old version whole)
 * when it could not; returns warnings when the new version is in place but something after the
 * swap failed (the old folder not removed, the parent not flushed).
 */
export function writePublication(fs: FolderFs, target: Target, files: readonly (readonly [string, Uint8Array])[], knownNames: readonly string[]): PathIssue[] {
  const { fresh, old } = workFolderPrefixes(target.name);
  const shownParent = target.shown.slice(0, target.shown.length - target.name.length);
  const freshName = `${fresh}${randomSuffix()}`;
  const freshPath = join(target.parent, freshName);
  const freshShown = `${shownParent}${freshName}`;
  io(shownParent || '.', 'create', () => fs.mkdirSync(target.parent, { recursive: true }));
  io(freshShown, 'create', () => fs.mkdirSync(freshPath, 0o777));
  const oldName = `${old}${randomSuffix()}`;
  const oldPath = join(target.parent, oldName);
  const oldShown = `${shownParent}${oldName}`;
  let moved = false;
  try {
    for (const [name, bytes] of files) writeFile(fs, join(freshPath, name), `${freshShown}/${name}`, bytes);
    syncFolder(fs, freshPath, freshShown);
    if (target.exists) {
      io(target.shown, 'rename', () => fs.renameSync(target.path, oldPath));
      moved = true;
    }
    io(target.shown, 'rename', () => fs.renameSync(freshPath, target.path));
  } catch (e) {
    const issues = e instanceof IoFailure ? [...e.issues] : [];
    if (moved) {
      try {
        fs.renameSync(oldPath, target.path);
      } catch (back) {
        // Said now, and found again by the next publish.
        issues.push(ioIssue(target.shown, 'rename', errorCode(back)), interruptedPublish(target.shown, oldShown, false));
      }
    }
    issues.push(...removeWorkFolder(fs, freshPath, freshShown));
    if (!(e instanceof IoFailure)) throw e;
    throw new IoFailure(issues);
  }
  const warnings: PathIssue[] = [];
  for (const step of [() => syncFolder(fs, target.parent, shownParent || '.'), () => target.exists && removeOldVersion(fs, oldPath, oldShown, knownNames)]) {
    try {
      step();
    } catch (e) {
      if (!(e instanceof IoFailure)) throw e;
      warnings.push(...e.issues.map((i) => ({ ...i, severity: 'warning' as const })));
    }
  }
  return warnings;
}
