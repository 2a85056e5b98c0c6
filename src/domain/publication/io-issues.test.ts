import { describe, expect, it } from 'vitest';
import { formatIssueLine } from './folder-issues';
import { ioIssue, notRegularFile, type EntryKind, type IoAction } from './io-issues';

describe('ioIssue: a failed file operation as one located line, in Vietnamese and English', () => {
  it.each<[string | undefined, IoAction, string, string]>([
    ['ENOENT', 'read', 'Không đọc được: không có tệp hay thư mục này (ENOENT).', 'Cannot read: no such file or folder (ENOENT). Check the path.'],
    ['EACCES', 'read', 'không có quyền (EACCES)', 'Cannot read: permission denied (EACCES). Give the user'],
    ['EPERM', 'rename', 'không có quyền (EPERM)', 'Cannot rename: permission denied (EPERM).'],
    ['EISDIR', 'read', 'đây là thư mục', 'it is a folder, not a file (EISDIR)'],
    ['ENOSPC', 'write', 'đĩa đã đầy (ENOSPC)', 'Cannot write: the disk is full (ENOSPC). Free some space'],
    ['EROFS', 'create', 'chỉ đọc (EROFS)', 'Cannot create: the file system is read-only (EROFS).'],
    ['EDQUOT', 'sync', 'hạn mức', 'Cannot flush to disk: the disk quota is exceeded (EDQUOT).'],
    ['ENFILE', 'read', 'quá nhiều tệp', 'too many open files (ENFILE)'],
    ['EXDEV', 'rename', 'cùng một ổ', 'not on the same disk (EXDEV)'],
    ['ESOMETHINGNEW', 'list', 'lỗi hệ điều hành (ESOMETHINGNEW)', 'Cannot list the folder: an operating system error (ESOMETHINGNEW).'],
    [undefined, 'remove', 'Không xoá được: lỗi hệ điều hành (unknown)', 'Cannot remove: an operating system error (unknown).'],
  ])('%s on %s', (code, action, vi, en) => {
    const i = ioIssue('out/areas.csv', action, code);
    expect(i).toMatchObject({ severity: 'error', code: 'io-error', file: 'out/areas.csv', value: code ?? 'unknown' });
    expect(i.message.vi).toContain(vi);
    expect(i.message.en).toContain(en);
    expect(formatIssueLine(i)).toMatch(/^out\/areas\.csv: error: \[value "[A-Za-z]+"\] \S.* — \S/);
    expect(formatIssueLine(i).split('\n')).toHaveLength(1);
  });
});

describe('notRegularFile: refused by name and kind, with the fix', () => {
  it.each<EntryKind>(['symbolic link', 'folder', 'FIFO', 'socket', 'device', 'special file'])('%s', (kind) => {
    const i = notRegularFile('observations.csv', kind);
    expect(formatIssueLine(i, 'data/')).toMatch(new RegExp(`^data/observations\\.csv: error: \\[value "${kind}"\\] .*không phải tệp thường.* — This is a ${kind}, not a regular file; .*cp --remove-destination <the file> observations\\.csv\\)\\.$`));
  });
});
