import { defineMessages } from '../../lib/language/feature-messages';

const vi = {
  newerPublication: 'Số liệu đã có bản công bố mới (ngày {date}, phiên bản {version}) sau khi bạn bắt đầu tải lên; bản nháp này dựa trên bản cũ (ngày {baseDate}, phiên bản {baseVersion}). Chưa có gì được ghi.',
  otherPublication: 'Bản công bố đang dùng nay là bản ngày {date}, phiên bản {version}, không phải bản mà bản nháp này dựa trên (ngày {baseDate}, phiên bản {baseVersion}). Chưa có gì được ghi.',
  onDraft: 'Tệp sẽ được kiểm tra trên bản công bố mới; phiên bản {id} đang dùng vẫn được giữ trong danh sách.',
  recheckNew: 'Kiểm tra lại với bản mới',
  keepOld: 'Vẫn lưu trên bản cũ',
  rechecking: 'Đang tải bản công bố mới…',
  draftOnOld: 'Phiên bản {id} đang dùng là bản nháp dựa trên bản công bố cũ (ngày {baseDate}, phiên bản {baseVersion}); bản mới: ngày {date}, phiên bản {version}. Để kiểm tra lại tệp với bản mới, hãy dùng số liệu công bố mới (phiên bản {id} vẫn được giữ) rồi tải tệp lên lại.',
  usePublished: 'Dùng số liệu công bố mới',
  stalePublication: 'Số liệu công bố đã đổi sau khi tệp được kiểm tra (nay là bản ngày {date}, phiên bản {version}). Hãy kiểm tra lại trước khi ghi.',
} as const;

type Key = keyof typeof vi;
const en: Record<Key, string> = {
  newerPublication: 'A new publication came out ({date}, version {version}) after you began this upload; this draft is built on the old one ({baseDate}, version {baseVersion}). Nothing has been saved.',
  otherPublication: 'The publication in use is now the one of {date}, version {version}, not the one this draft is built on ({baseDate}, version {baseVersion}). Nothing has been saved.',
  onDraft: 'The file will be checked against the new publication; version {id}, in use now, stays in the list.',
  recheckNew: 'Check again against the new publication',
  keepOld: 'Save on the old publication anyway',
  rechecking: 'Loading the new publication…',
  draftOnOld: 'Version {id}, in use, is a draft built on an older publication ({baseDate}, version {baseVersion}); the new one: {date}, version {version}. To check the file against the new one, use the new published data (version {id} is kept) and upload the file again.',
  usePublished: 'Use the new published data',
  stalePublication: 'The published data changed after this file was checked (now the publication of {date}, version {version}). Check it again before saving.',
};

/** What the upload page says about the publication a draft is built on. */
export const useBaseT = defineMessages<Key>({ vi, en });
