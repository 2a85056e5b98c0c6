import { issue, type Localized, type ParseIssue } from '../issues';

/**
 * What reading or writing a data folder on disk can go wrong with, as located issues (the CLI's
 * `check` and `publish`): the path it is about, the OS's error code as the value, and a fix in
 * Vietnamese and English. Pure: the caller gives the OS error's code, not the error.
 */
export type PathIssue = ParseIssue & { file: string };

export type IoAction = 'read' | 'list' | 'write' | 'create' | 'rename' | 'remove' | 'sync' | 'inspect';

const ACTIONS: Record<IoAction, Localized> = {
  read: { vi: 'Không đọc được', en: 'Cannot read' },
  list: { vi: 'Không liệt kê được thư mục', en: 'Cannot list the folder' },
  write: { vi: 'Không ghi được', en: 'Cannot write' },
  create: { vi: 'Không tạo được', en: 'Cannot create' },
  rename: { vi: 'Không đổi tên được', en: 'Cannot rename' },
  remove: { vi: 'Không xoá được', en: 'Cannot remove' },
  sync: { vi: 'Không lưu xuống đĩa được', en: 'Cannot flush to disk' },
  inspect: { vi: 'Không xem được', en: 'Cannot look at' },
};

/** The OS error codes a person meets, each with what it means and what to do. */
const OS_ERRORS: Record<string, { why: Localized; fix: Localized }> = {
  ENOENT: { why: { vi: 'không có tệp hay thư mục này', en: 'no such file or folder' }, fix: { vi: 'Hãy kiểm tra đường dẫn.', en: 'Check the path.' } },
  EACCES: { why: { vi: 'không có quyền', en: 'permission denied' }, fix: { vi: 'Hãy cấp quyền cho người dùng đang chạy lệnh (chmod/chown) hoặc chạy bằng người dùng có quyền.', en: 'Give the user running the command access (chmod/chown) or run it as a user who has it.' } },
  EISDIR: { why: { vi: 'đây là thư mục, không phải tệp', en: 'it is a folder, not a file' }, fix: { vi: 'Hãy thay thư mục bằng tệp đúng tên.', en: 'Replace the folder by the file of that name.' } },
  ENOTDIR: { why: { vi: 'một phần của đường dẫn không phải thư mục', en: 'a part of the path is not a folder' }, fix: { vi: 'Hãy kiểm tra đường dẫn.', en: 'Check the path.' } },
  ENOSPC: { why: { vi: 'đĩa đã đầy', en: 'the disk is full' }, fix: { vi: 'Hãy giải phóng dung lượng rồi chạy lại.', en: 'Free some space and run it again.' } },
  EDQUOT: { why: { vi: 'vượt hạn mức dung lượng', en: 'the disk quota is exceeded' }, fix: { vi: 'Hãy giải phóng dung lượng rồi chạy lại.', en: 'Free some space and run it again.' } },
  EROFS: { why: { vi: 'hệ thống tệp chỉ đọc', en: 'the file system is read-only' }, fix: { vi: 'Hãy chọn thư mục trên ổ ghi được.', en: 'Choose a folder on a writable disk.' } },
  EEXIST: { why: { vi: 'đã có tệp hay thư mục cùng tên', en: 'a file or folder of that name exists' }, fix: { vi: 'Hãy chuyển nó đi rồi chạy lại.', en: 'Move it away and run it again.' } },
  ENOTEMPTY: { why: { vi: 'thư mục không trống', en: 'the folder is not empty' }, fix: { vi: 'Hãy chuyển nội dung của nó đi rồi chạy lại.', en: 'Move what it holds away and run it again.' } },
  EBUSY: { why: { vi: 'tệp đang bị dùng', en: 'it is in use' }, fix: { vi: 'Hãy đóng chương trình đang dùng nó rồi chạy lại.', en: 'Close the program using it and run it again.' } },
  ELOOP: { why: { vi: 'là liên kết tượng trưng (symlink) hoặc vòng liên kết', en: 'it is a symbolic link or a loop of links' }, fix: { vi: 'Hãy thay liên kết bằng chính tệp.', en: 'Replace the link by the file itself.' } },
  EMFILE: { why: { vi: 'quá nhiều tệp đang mở', en: 'too many open files' }, fix: { vi: 'Hãy chạy lại khi máy bớt bận.', en: 'Run it again when the machine is less busy.' } },
  EIO: { why: { vi: 'lỗi đọc/ghi đĩa', en: 'a disk input/output error' }, fix: { vi: 'Hãy kiểm tra ổ đĩa rồi chạy lại.', en: 'Check the disk and run it again.' } },
  ENAMETOOLONG: { why: { vi: 'đường dẫn quá dài', en: 'the path is too long' }, fix: { vi: 'Hãy chọn đường dẫn ngắn hơn.', en: 'Choose a shorter path.' } },
  EXDEV: { why: { vi: 'không cùng một ổ đĩa', en: 'not on the same disk' }, fix: { vi: 'Hãy chọn thư mục trên cùng ổ đĩa.', en: 'Choose a folder on the same disk.' } },
};
const ALIASES: Record<string, string> = { EPERM: 'EACCES', ENFILE: 'EMFILE' };
const UNKNOWN = { why: { vi: 'lỗi hệ điều hành', en: 'an operating system error' }, fix: { vi: 'Hãy kiểm tra ổ đĩa và quyền rồi chạy lại.', en: 'Check the disk and the permissions and run it again.' } };

/** One failed file operation: "out/areas.csv: error: [value "EACCES"] Không đọc được: không có quyền (EACCES). … — Cannot read: permission denied (EACCES). …". */
export function ioIssue(file: string, action: IoAction, code: string | undefined): PathIssue {
  const known = code === undefined ? undefined : OS_ERRORS[ALIASES[code] ?? code];
  const { why, fix } = known ?? UNKNOWN;
  const shown = code ?? 'unknown';
  return {
    ...issue('error', 'io-error', { value: shown }, {
      vi: `${ACTIONS[action].vi}: ${why.vi} (${shown}). ${fix.vi}`,
      en: `${ACTIONS[action].en}: ${why.en} (${shown}). ${fix.en}`,
    }),
    file,
  };
}

export type EntryKind = 'symbolic link' | 'folder' | 'FIFO' | 'socket' | 'device' | 'special file' | 'file';

const KIND_WORDS: Record<EntryKind, string> = {
  'symbolic link': 'liên kết tượng trưng (symlink)',
  folder: 'thư mục',
  FIFO: 'ống dẫn (FIFO)',
  socket: 'socket',
  device: 'thiết bị',
  'special file': 'tệp đặc biệt',
  file: 'tệp',
};

/** An entry where a regular file is wanted: refused by name and kind, never opened (a link may point outside the folder, a FIFO would block). */
export const notRegularFile = (file: string, kind: EntryKind): PathIssue => ({
  ...issue('error', 'not-regular-file', { value: kind }, {
    vi: `Đây là ${KIND_WORDS[kind]}, không phải tệp thường; công cụ không đi theo liên kết và không mở nó. Hãy thay nó bằng chính tệp (ví dụ: cp --remove-destination <tệp gốc> ${file}).`,
    en: `This is a ${kind}, not a regular file; links are not followed and it is not opened. Replace it with the file itself (e.g. cp --remove-destination <the file> ${file}).`,
  }),
  file,
});
