/**
 * Reading a data folder's files safely: only regular files, looked at with lstat before they are
 * opened, so a symbolic link (which may point outside the folder, e.g. at a CI secret), a FIFO
 * (which would block), a device or a folder is refused by name and never opened or printed.
 */
import { constants } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../src/domain/limits';
import type { FolderFiles } from '../src/domain/publication/check-folder';
import { fileTooLarge, type FolderFileName } from '../src/domain/publication/folder-issues';
import { notRegularFile, type PathIssue } from '../src/domain/publication/io-issues';
import { entryKind, io, IoFailure, lstatOrNull, withOpened, type FolderFs } from './folder-fs';

/** O_NOFOLLOW and O_NONBLOCK too, should the entry change between lstat and open: a link then fails to open, a FIFO does not wait. */
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** One regular file's bytes, within the size limit; otherwise the issue that says why it was not read. */
function readRegularFile(fs: FolderFs, folder: string, name: string): Uint8Array | PathIssue | null {
  const path = join(folder, name);
  const stats = lstatOrNull(fs, path, name);
  if (stats === null) return null;
  if (!stats.isFile()) return notRegularFile(name, entryKind(stats));
  return withOpened(fs, name, 'read', () => fs.openSync(path, READ_FLAGS), (fd) => readOpened(fs, fd, name));
}

function readOpened(fs: FolderFs, fd: number, name: string): Uint8Array | PathIssue {
  const opened = io(name, 'read', () => fs.fstatSync(fd));
  if (!opened.isFile()) return notRegularFile(name, entryKind(opened));
  if (opened.size > LIMITS.uploadBytes) return fileTooLarge(name as FolderFileName, opened.size, LIMITS.uploadBytes);
  const bytes = new Uint8Array(opened.size);
  let read = 0;
  while (read < bytes.byteLength) {
    const n = io(name, 'read', () => fs.readSync(fd, bytes, read, bytes.byteLength - read, read));
    if (n === 0) break;
    read += n;
  }
  return bytes.subarray(0, read);
}

/**
 * Reads the folder's files of these names. A file absent is left out (the check says it is
 * missing); a file not read (a link, not a regular file, too large, an I/O error) is an issue and
 * its name is in `unread`, so it is not also reported missing.
 */
export function readDataFolder(fs: FolderFs, folder: string, names: readonly string[]): { files: FolderFiles; issues: PathIssue[]; unread: Set<string> } {
  const files: FolderFiles = {};
  const issues: PathIssue[] = [];
  for (const name of names) {
    let read: Uint8Array | PathIssue | null;
    try {
      read = readRegularFile(fs, folder, name);
    } catch (e) {
      if (!(e instanceof IoFailure)) throw e;
      read = e.issues[0]!;
    }
    if (read === null) continue;
    if (read instanceof Uint8Array) files[name] = read;
    else issues.push(read);
  }
  return { files, issues, unread: new Set(issues.map((i) => i.file)) };
}
