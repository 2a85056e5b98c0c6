import { defineMessages } from '../../lib/language/feature-messages';

const vi = {
  storageUnavailable: 'Trình duyệt không cho lưu số liệu (IndexedDB không dùng được, ví dụ cửa sổ ẩn danh). Số liệu tải lên chỉ giữ đến khi đóng trang.',
  storageFailed: 'Không ghi được vào bộ nhớ trình duyệt ({reason}). Không có gì bị ghi dở; số liệu đang dùng không đổi.',
  quota: 'hết dung lượng',
  quotaNeeded: 'Phiên bản này cần khoảng {needed}; trình duyệt chỉ còn trống khoảng {available}.',
  quotaNeededOnly: 'Phiên bản này cần khoảng {needed}.',
  quotaFix: 'Tệp và kết quả kiểm tra vẫn ở dưới đây: hãy xoá bớt phiên bản cũ rồi bấm ghi lại, hoặc tải bộ số liệu này xuống để không mất.',
  blocked: 'cơ sở dữ liệu đang bị khoá bởi một thẻ khác',
  conflict: 'số liệu vừa được thay đổi ở một thẻ khác',
  staleBase: 'đã có bản công bố mới hơn bản mà bản nháp dựa trên',
  conflictFix: 'Phiên bản đang dùng nay là {found}. Hãy bấm «Kiểm tra lại» để so tệp với số liệu mới rồi mới ghi.',
  corrupt: 'bản ghi trong bộ nhớ bị hỏng',
  unknownFailure: 'lỗi không xác định',
  downloadCsv: 'Tải bộ số liệu này (CSV)',
  downloadJson: 'Tải bộ số liệu này (JSON)',
  stale: 'Số liệu đã thay đổi ở một thẻ khác sau khi tệp được kiểm tra (nay đang dùng {found}). Hãy kiểm tra lại trước khi ghi.',
  reanalyze: 'Kiểm tra lại',
  builtIn: 'số liệu gốc',
  versionN: 'phiên bản {id}',
} as const;

type Key = keyof typeof vi;
const en: Record<Key, string> = {
  storageUnavailable: 'This browser does not allow saving data (IndexedDB is unavailable, e.g. a private window). Uploaded data lasts until the page is closed.',
  storageFailed: 'Could not write to browser storage ({reason}). Nothing was half-written; the data in use has not changed.',
  quota: 'storage is full',
  quotaNeeded: 'This version needs about {needed}; the browser has only about {available} left.',
  quotaNeededOnly: 'This version needs about {needed}.',
  quotaFix: 'The file and its report are still below: delete older versions and save again, or download this dataset so nothing is lost.',
  blocked: 'the database is locked by another tab',
  conflict: 'the data was just changed in another tab',
  staleBase: 'a newer publication is out than the one the draft is built on',
  conflictFix: 'The version in use is now {found}. Press “Check again” to compare the file with the new data before saving.',
  corrupt: 'a stored record is damaged',
  unknownFailure: 'unknown error',
  downloadCsv: 'Download this dataset (CSV)',
  downloadJson: 'Download this dataset (JSON)',
  stale: 'The data changed in another tab after this file was checked (now in use: {found}). Check it again before saving.',
  reanalyze: 'Check again',
  builtIn: 'the built-in data',
  versionN: 'version {id}',
};

/** The storage notices' strings, in the active language. */
export const useStorageT = defineMessages<Key>({ vi, en });
