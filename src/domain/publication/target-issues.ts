import { issue } from '../issues';
import type { EntryKind, PathIssue } from './io-issues';

/**
 * Why `publish <in> <out>` refuses an output folder before it writes a byte: publishing replaces
 * <out> whole (a new folder renamed into its place), so <out> must be a folder of its own, named,
 * holding nothing but a publication's files.
 */

export type FolderRelation = 'same' | 'out-inside-in' | 'in-inside-out';

const RELATION_WORDS: Record<FolderRelation, { vi: string; en: string }> = {
  same: { vi: 'là chính thư mục nguồn', en: 'is the input folder itself' },
  'out-inside-in': { vi: 'nằm trong thư mục nguồn', en: 'is inside the input folder' },
  'in-inside-out': { vi: 'chứa thư mục nguồn', en: 'holds the input folder' },
};

/** <out> is <in>, in it or holds it (found from real paths): publishing would overwrite or move the source. */
export const outMeetsInput = (out: string, input: string, relation: FolderRelation): PathIssue => ({
  ...issue('error', 'out-meets-input', { value: relation }, {
    vi: `Thư mục đầu ra ${RELATION_WORDS[relation].vi} (${input}); công bố sẽ ghi đè hoặc chuyển mất tệp nguồn. Hãy chọn một thư mục đầu ra riêng, ngoài thư mục nguồn.`,
    en: `The output folder ${RELATION_WORDS[relation].en} (${input}); publishing would overwrite or move the source files. Choose an output folder of its own, outside the input folder.`,
  }),
  file: out,
});

/** <out> given as ".", ".." or "/": the folder replaced must be named, not the current one. */
export const outNotNamed = (out: string): PathIssue => ({
  ...issue('error', 'out-not-named', { value: out }, {
    vi: 'Hãy gọi thư mục đầu ra bằng tên của nó (ví dụ ../out), không phải «.», «..» hay «/»: công bố thay cả thư mục.',
    en: 'Name the output folder (e.g. ../out), not ".", ".." or "/": publishing replaces the whole folder.',
  }),
  file: out,
});

/** A folder argument that is a link or not a folder: a link is not followed, in either direction. */
export const folderNotPlain = (folder: string, kind: EntryKind): PathIssue => ({
  ...issue('error', 'folder-not-plain', { value: kind }, {
    vi: kind === 'symbolic link'
      ? 'Đây là liên kết tượng trưng (symlink), không phải thư mục; công cụ không đi theo liên kết. Hãy dùng đường dẫn thật của thư mục.'
      : `Đây là ${kind === 'file' ? 'tệp' : kind}, không phải thư mục. Hãy chọn một thư mục.`,
    en: kind === 'symbolic link' ? 'This is a symbolic link, not a folder; links are not followed. Give the folder\'s real path.' : `This is a ${kind}, not a folder. Choose a folder.`,
  }),
  file: folder,
});

/** A folder argument with nothing at its path. */
export const folderMissing = (folder: string): PathIssue => ({
  ...issue('error', 'folder-missing', {}, {
    vi: 'Không có thư mục này (not a folder). Hãy kiểm tra đường dẫn.',
    en: 'There is no folder here (not a folder). Check the path.',
  }),
  file: folder,
});

/** <out> holds entries that are not a publication's files: replacing the folder would lose them. */
export const outHoldsOthers = (out: string, names: readonly string[]): PathIssue => {
  const shown = names.slice(0, 5).map((n) => JSON.stringify(n)).join(', ') + (names.length > 5 ? `, … (${names.length})` : '');
  return {
    ...issue('error', 'out-holds-others', { value: shown }, {
      vi: `Thư mục đầu ra chứa mục không thuộc bản công bố (${shown}); công bố thay cả thư mục nên sẽ làm mất chúng. Hãy chuyển chúng đi hoặc công bố vào thư mục mới.`,
      en: `The output folder holds entries that are not part of a publication (${shown}); publishing replaces the whole folder and would lose them. Move them away or publish into a new folder.`,
    }),
    file: out,
  };
};

/**
 * Folders an interrupted publish left beside <out>. ".out.old-…" is the previous version, whole:
 * if <out> is missing the crash came between the two renames, and moving it back restores it.
 * ".out.new-…" is a new version that may be incomplete.
 */
export const interruptedPublish = (out: string, leftover: string, outExists: boolean): PathIssue => {
  const old = /\.old-[^/]*$/.test(leftover);
  const restore = old && !outExists;
  return {
    ...issue('error', 'interrupted-publish', { value: leftover }, restore
      ? {
          vi: `Lần công bố trước bị ngắt giữa chừng: bản cũ còn nguyên trong ${leftover}. Hãy khôi phục nó (mv ${leftover} ${out}) rồi công bố lại.`,
          en: `A previous publish was interrupted: the old version is whole in ${leftover}. Restore it (mv ${leftover} ${out}) and publish again.`,
        }
      : {
          vi: `Lần công bố trước bị ngắt giữa chừng và để lại ${leftover} (${old ? 'bản cũ' : 'bản mới, có thể chưa đủ tệp'}); ${out} ${outExists ? 'vẫn còn' : 'không còn'}. Hãy kiểm tra rồi xoá ${leftover} và công bố lại.`,
          en: `A previous publish was interrupted and left ${leftover} (${old ? 'the old version' : 'a new version, perhaps incomplete'}); ${out} ${outExists ? 'is still there' : 'is missing'}. Check it, remove ${leftover} and publish again.`,
        }),
    file: out,
  };
};
