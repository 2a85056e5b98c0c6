import type { Language } from '../../domain/numbers/format';
import { formatBytes } from '../../domain/limits';
import type { DraftBase } from '../../domain/publication/draft-base';
import type { LoadFailure } from '../../domain/publication/load-failure';
import { defineMessages, interpolate, type Params } from '../language/feature-messages';

/**
 * What the app says about the published data, Vietnamese first. Every failure names the address,
 * the file, what was expected and what came back, and the fix.
 */
export const PUBLICATION_MESSAGES = {
  vi: {
    statusOnline: 'Số liệu công bố ngày {date}, phiên bản {version}',
    statusOffline: 'Đang ngoại tuyến — bản công bố ngày {date}, phiên bản {version}',
    statusFailed: 'Chưa dùng được bản công bố mới — đang hiển thị bản công bố ngày {date}, phiên bản {version}',
    statusDraft: 'Bản nháp trên máy này (phiên bản {id})',
    draftOlderBase: 'Bản nháp dựa trên bản công bố cũ (ngày {baseDate}, phiên bản {baseVersion}); bản mới: ngày {date}, phiên bản {version}.',
    draftOtherBase: 'Bản nháp dựa trên một bản công bố khác (ngày {baseDate}, phiên bản {baseVersion}); bản đang công bố: ngày {date}, phiên bản {version}.',
    recheckNew: 'Kiểm tra lại với bản mới',
    statusChecking: 'Bản công bố ngày {date}, phiên bản {version}, lưu trên máy này — đang kiểm tra bản mới',
    downloadingNewer: 'Đang tải phiên bản mới (công bố ngày {date})… {progress}. Số liệu trên màn hình là bản lưu trên máy này; bản mới chỉ được dùng khi đã tải xong và qua kiểm tra.',
    newerStalled: 'Phiên bản mới (công bố ngày {date}) đang tải rất chậm: không nhận thêm dữ liệu trong {seconds} giây ({progress}). Vẫn hiển thị bản lưu trên máy này; mọi trang vẫn dùng được.',
    switchWhenReady: 'Sẽ chuyển sang bản mới ngay khi tải xong.',
    downloadLabel: 'Tiến độ tải số liệu',
    firstDownloading: 'Đang tải số liệu công bố… {progress}',
    firstWaiting: 'Đang chờ máy chủ số liệu trả lời…',
    firstStalled: 'Máy chủ số liệu không gửi thêm dữ liệu trong {seconds} giây ({progress}). Có thể chờ thêm hoặc huỷ.',
    cancelDownload: 'Huỷ tải',
    cancelledTitle: 'Đã huỷ tải số liệu',
    cancelledBody: 'Máy này chưa lưu bản công bố nào nên chưa có số liệu để hiển thị. Bấm «Thử lại» để tải lại khi mạng tốt hơn.',
    statusPreview: 'Đang xem thử tệp {file} — chưa lưu, số liệu công bố không đổi',
    closePreview: 'Đóng xem thử',
    statusBundled: 'Bộ dữ liệu có sẵn trong bản dựng',
    statusNone: 'Chưa có số liệu công bố',
    newVersion: 'Đã có số liệu công bố mới (ngày {date}) —',
    showNew: 'Xem số liệu mới',
    loadingNew: 'Đang tải số liệu mới…',
    keptBecause: 'Không dùng được số liệu công bố tại {folder}{rejected}. Vẫn hiển thị bản công bố ngày {date}, phiên bản {version}.',
    rejected: ' (phiên bản {version}, ngày {date})',
    offlineKept: 'Không kiểm tra được số liệu mới. Đang hiển thị bản công bố ngày {date}, phiên bản {version}, lưu trên máy này.',
    noDataTitle: 'Chưa có số liệu để hiển thị',
    noDataBody: 'Máy này chưa lưu bản công bố nào, và không tải được số liệu công bố lúc này:',
    retry: 'Thử lại',
    offline: 'Máy đang ngoại tuyến: không tải được {file} ({url}). Cách sửa: kết nối mạng rồi tải lại trang.',
    timeout: 'Không nhận được {file} từ {url} sau {seconds} giây. Cách sửa: kiểm tra mạng và máy chủ số liệu, rồi tải lại trang.',
    unreachable: 'Không kết nối được tới máy chủ của {url} ({file}). Cách sửa: kiểm tra dataUrl trong config.json và máy chủ số liệu có đang chạy.',
    cors: 'Máy chủ {origin} không cho trang {appOrigin} đọc {file} ({url}): thiếu tiêu đề CORS «Access-Control-Allow-Origin». Cách sửa: cho phép nguồn {appOrigin} (phương thức GET) trong cấu hình CORS của máy chủ hoặc kho lưu trữ số liệu.',
    csp: 'Chính sách bảo mật (CSP) của trang không cho tải {file} từ {origin} ({url}). Cách sửa: thêm {origin} vào connect-src của thẻ meta Content-Security-Policy trong index.html và của tiêu đề Content-Security-Policy máy chủ gửi.',
    notFoundManifest: 'Không có manifest.json tại {url} (HTTP 404): địa chỉ này chưa có bản công bố. Cách sửa: giải nén bản công bố vào thư mục số liệu, hoặc sửa dataUrl trong config.json.',
    notFoundConfig: 'Không có config.json tại {url} (HTTP 404).',
    notFoundFile: 'manifest.json có tệp {file} nhưng {url} trả về HTTP 404: tệp bị thiếu. Cách sửa: chép đủ mọi tệp của bản công bố vào thư mục số liệu.',
    http: '{url} ({file}) trả về HTTP {status} {statusText}, mong đợi 200 OK. Cách sửa: xem nhật ký lỗi của máy chủ số liệu, rồi tải lại trang.',
    html: '{url} trả về một trang HTML ({contentType}) thay vì tệp {file}: thường là trang báo lỗi hoặc trang đăng nhập. Cách sửa: kiểm tra tệp {file} có trong thư mục số liệu và dataUrl trong config.json đúng.',
    tooLarge: '{file} tại {url} lớn hơn giới hạn {limit}. Cách sửa: kiểm tra đúng tệp của bản công bố.',
    notJson: '{file} tại {url} không phải JSON hợp lệ ({problem}). Cách sửa: chép lại {file} của bản công bố.',
    schema: 'manifest.json tại {url} có định dạng {found}, ứng dụng này đọc định dạng "{expected}". Cách sửa: công bố lại bằng phiên bản Chỉ Tiêu đang chạy (npm run data -- publish), hoặc cập nhật ứng dụng.',
    manifest: 'manifest.json tại {url} không hợp lệ: {problem}. Cách sửa: công bố lại thư mục (npm run data -- publish).',
    config: 'config.json tại {url} không hợp lệ: {problem}. Cách sửa: ghi {"dataUrl": "https://…/chi-tieu-data/"} hoặc một đường dẫn tương đối như "data/".',
    truncated: '{file} tại {url} không khớp manifest.json: mong đợi {expected} byte, nhận được {found} byte — tệp bị cắt cụt. Cách sửa: chép lại đủ tệp {file} của bản công bố.',
    bytes: '{file} tại {url} không khớp manifest.json: mong đợi {expected} byte, nhận được {found} byte. Cách sửa: chép đúng tệp {file} của bản công bố (tệp đã bị sửa hoặc lẫn bản khác).',
    sha256: '{file} tại {url} không khớp manifest.json: SHA-256 mong đợi {expected}, nhận được {found} — nội dung đã bị thay đổi. Cách sửa: chép đúng tệp {file} của bản công bố.',
    rows: '{file} tại {url} không khớp manifest.json: mong đợi {expected} dòng số liệu, đếm được {found}. Cách sửa: công bố lại thư mục (npm run data -- publish).',
    invalidData: 'Số liệu trong {file} ({url}) không đọc được: {issues}. Cách sửa: kiểm tra thư mục bằng npm run data -- check rồi công bố lại.',
  },
  en: {
    statusOnline: 'Data published {date}, version {version}',
    statusOffline: 'Offline — publication of {date}, version {version}',
    statusFailed: 'The new publication could not be used — showing the publication of {date}, version {version}',
    statusDraft: 'Draft on this computer (version {id})',
    draftOlderBase: 'The draft is built on an older publication ({baseDate}, version {baseVersion}); the new one: {date}, version {version}.',
    draftOtherBase: 'The draft is built on another publication ({baseDate}, version {baseVersion}); the one published now: {date}, version {version}.',
    recheckNew: 'Check again against the new publication',
    statusChecking: 'Publication of {date}, version {version}, kept on this computer — checking for a newer one',
    downloadingNewer: 'Downloading the new version (published {date})… {progress}. The figures on screen are the copy kept on this computer; the new version is used only once it has all come and passed its checks.',
    newerStalled: 'The new version (published {date}) is downloading very slowly: no data for {seconds} s ({progress}). The copy kept on this computer is still shown; every page works.',
    switchWhenReady: 'It will be shown as soon as it has come.',
    downloadLabel: 'Download progress',
    firstDownloading: 'Downloading the published data… {progress}',
    firstWaiting: 'Waiting for the data server to answer…',
    firstStalled: 'The data server has sent nothing for {seconds} s ({progress}). Wait a little longer, or cancel.',
    cancelDownload: 'Cancel',
    cancelledTitle: 'Download cancelled',
    cancelledBody: 'This computer has no publication kept, so there is no data to show yet. Press “Retry” to download it again when the network is better.',
    statusPreview: 'Previewing the file {file} — not saved, the published data is unchanged',
    closePreview: 'Close the preview',
    statusBundled: 'Data built into this build',
    statusNone: 'No published data yet',
    newVersion: 'New data has been published ({date}) —',
    showNew: 'Show the new figures',
    loadingNew: 'Loading the new figures…',
    keptBecause: 'The published data at {folder}{rejected} could not be used. Still showing the publication of {date}, version {version}.',
    rejected: ' (version {version}, {date})',
    offlineKept: 'Could not check for new data. Showing the publication of {date}, version {version}, kept on this computer.',
    noDataTitle: 'No data to show yet',
    noDataBody: 'This computer has no publication kept, and the published data cannot be loaded now:',
    retry: 'Retry',
    offline: 'This computer is offline: {file} could not be loaded ({url}). Fix: connect to the network and reload the page.',
    timeout: 'No answer for {file} from {url} within {seconds} s. Fix: check the network and the data server, then reload the page.',
    unreachable: 'The server of {url} ({file}) cannot be reached. Fix: check dataUrl in config.json and that the data server is running.',
    cors: 'The server {origin} does not let the page {appOrigin} read {file} ({url}): no CORS header “Access-Control-Allow-Origin”. Fix: allow the origin {appOrigin} (method GET) in the CORS settings of the server or object store.',
    csp: 'The page’s Content Security Policy does not allow loading {file} from {origin} ({url}). Fix: add {origin} to connect-src in the Content-Security-Policy meta tag of index.html and in the Content-Security-Policy header the server sends.',
    notFoundManifest: 'No manifest.json at {url} (HTTP 404): nothing is published at this address. Fix: unzip the publication into the data folder, or correct dataUrl in config.json.',
    notFoundConfig: 'No config.json at {url} (HTTP 404).',
    notFoundFile: 'manifest.json lists {file} but {url} answers HTTP 404: the file is missing. Fix: copy every file of the publication into the data folder.',
    http: '{url} ({file}) answered HTTP {status} {statusText}; expected 200 OK. Fix: look at the data server’s error log, then reload the page.',
    html: '{url} answered with an HTML page ({contentType}) instead of {file}: usually an error or login page. Fix: check that {file} is in the data folder and that dataUrl in config.json is right.',
    tooLarge: '{file} at {url} is over the limit of {limit}. Fix: check it is the publication’s file.',
    notJson: '{file} at {url} is not valid JSON ({problem}). Fix: copy the publication’s {file} again.',
    schema: 'manifest.json at {url} is of format {found}; this app reads format "{expected}". Fix: publish again with the running version of Chỉ Tiêu (npm run data -- publish), or update the app.',
    manifest: 'manifest.json at {url} is not valid: {problem}. Fix: publish the folder again (npm run data -- publish).',
    config: 'config.json at {url} is not valid: {problem}. Fix: write {"dataUrl": "https://…/chi-tieu-data/"} or a relative path such as "data/".',
    truncated: '{file} at {url} does not match manifest.json: expected {expected} bytes, found {found} — the file is truncated. Fix: copy the whole {file} of the publication again.',
    bytes: '{file} at {url} does not match manifest.json: expected {expected} bytes, found {found}. Fix: copy the publication’s own {file} (this one was edited or comes from another publication).',
    sha256: '{file} at {url} does not match manifest.json: expected SHA-256 {expected}, found {found} — its content was changed. Fix: copy the publication’s own {file}.',
    rows: '{file} at {url} does not match manifest.json: expected {expected} data rows, counted {found}. Fix: publish the folder again (npm run data -- publish).',
    invalidData: 'The data in {file} ({url}) cannot be read: {issues}. Fix: check the folder with npm run data -- check, then publish again.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type PublicationMessageKey = keyof (typeof PUBLICATION_MESSAGES)['vi'];
export type PublicationT = (key: PublicationMessageKey, params?: Params) => string;

export const usePublicationT = defineMessages<PublicationMessageKey>(PUBLICATION_MESSAGES);

/** The dictionary of one language as a plain function (for tests and pure formatters). */
export const publicationT =
  (language: Language): PublicationT =>
  (key, params) =>
    interpolate(PUBLICATION_MESSAGES[language][key], params);

/** The date a publication names, as the province reads it: 28/11/2026 or 28 Nov 2026 (Vietnam's time zone). */
// One formatter per language: making one costs milliseconds, and every chart frame names the version's date.
const publishedDateFormats = new Map<Language, Intl.DateTimeFormat>();

export function formatPublishedDate(iso: string, language: Language): string {
  let format = publishedDateFormats.get(language);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      language === 'vi' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' };
    publishedDateFormats.set(language, (format = new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { ...options, timeZone: 'Asia/Ho_Chi_Minh' })));
  }
  return format.format(new Date(iso));
}

/** A draft built on a publication that is not the newest known, in words: which one, and which is new. */
export function describeStaleBase(state: Extract<DraftBase, { kind: 'older' | 'other' }>, t: PublicationT, language: Language): string {
  const params = { baseDate: formatPublishedDate(state.base.published, language), baseVersion: state.base.version, date: formatPublishedDate(state.latest.published, language), version: state.latest.version };
  return t(state.kind === 'older' ? 'draftOlderBase' : 'draftOtherBase', params);
}

/** One failure in words, located and with its fix. */
export function describeFailure(failure: LoadFailure, t: PublicationT, language: Language): string {
  switch (failure.kind) {
    case 'not-found':
      return t(failure.file === 'manifest.json' ? 'notFoundManifest' : failure.file === 'config.json' ? 'notFoundConfig' : 'notFoundFile', failure);
    case 'too-large':
      return t('tooLarge', { ...failure, limit: formatBytes(failure.limit) });
    case 'not-json':
      return t('notJson', failure);
    case 'mismatch': {
      const params = { url: failure.url, file: failure.name, expected: failure.expected, found: failure.found };
      const truncated = failure.field === 'bytes' && typeof failure.found === 'number' && failure.found < Number(failure.expected);
      return t(truncated ? 'truncated' : failure.field, params);
    }
    case 'invalid-data': {
      const issues = failure.issues.slice(0, 3).map((i) => [i.row !== null ? `${language === 'vi' ? 'dòng' : 'row'} ${i.row}` : '', i.column ?? '', i.value ? `"${i.value}"` : '', i.message[language]].filter(Boolean).join(' · '));
      return t('invalidData', { url: failure.url, file: failure.file, issues: issues.join('; ') + (failure.issues.length > 3 ? ` (+${failure.issues.length - 3})` : '') });
    }
    default: {
      const { kind, ...params } = failure;
      const key = ({ offline: 'offline', timeout: 'timeout', unreachable: 'unreachable', cors: 'cors', csp: 'csp', http: 'http', html: 'html', schema: 'schema', manifest: 'manifest', config: 'config' } as const)[kind];
      return t(key, params);
    }
  }
}
