import { formatSize } from '../../domain/publication/byte-sizes';
import type { KeepOutcome } from '../../domain/publication/keep-space';
import type { Localized } from '../../domain/issues';
import type { StorageNotice } from '../state/storage-notices';

/** The key the notice is filed under: one notice, however many versions fail to be kept. */
export const KEPT_PUBLICATION_KEY = 'chi-tieu-published';

const both = (bytes: number) => ({ vi: formatSize(bytes, 'vi'), en: formatSize(bytes, 'en') });

function why(outcome: Extract<KeepOutcome, { kept: false }>): Localized {
  const needed = both(outcome.needed);
  if (outcome.reason === 'quota' && outcome.available !== null) {
    const available = both(outcome.available);
    return {
      vi: `Bản công bố cần khoảng ${needed.vi}, trình duyệt này chỉ còn ${available.vi} cho trang này.`,
      en: `The publication needs about ${needed.en}; this browser has only ${available.en} left for this site.`,
    };
  }
  if (outcome.reason === 'quota') return { vi: `Bản công bố cần khoảng ${needed.vi}; trình duyệt báo đã hết chỗ cho trang này.`, en: `The publication needs about ${needed.en}; the browser says there is no room left for this site.` };
  if (outcome.reason === 'no-storage')
    return { vi: `Trình duyệt không cho trang này lưu dữ liệu (cửa sổ ẩn danh, hoặc lưu trữ bị chặn); bản công bố cần khoảng ${needed.vi}.`, en: `The browser does not let this site store data (a private window, or storage blocked); the publication needs about ${needed.en}.` };
  return { vi: `Trình duyệt báo lỗi khi lưu ${needed.vi}: ${outcome.detail || 'không rõ lỗi'}.`, en: `The browser reported an error saving ${needed.en}: ${outcome.detail || 'no detail'}.` };
}

/** The browser's answer to navigator.storage.persist(), in words: granted, refused, or not asked (no such API). */
export function persistAnswer(granted: boolean | null): Localized {
  if (granted === null) return { vi: 'Trình duyệt này không cho xin lưu lâu dài; hãy giải phóng dung lượng hoặc dùng trình duyệt khác.', en: 'This browser cannot be asked to keep data; free space or use another browser.' };
  return granted
    ? { vi: 'Trình duyệt đã đồng ý lưu lâu dài. Hãy tải lại trang khi còn mạng để lưu số liệu.', en: 'The browser agreed to keep data. Reload the page while online to keep the figures.' }
    : { vi: 'Trình duyệt không đồng ý lưu lâu dài; hãy giải phóng dung lượng hoặc dùng trình duyệt khác.', en: 'The browser refused to keep data; free space or use another browser.' };
}

/** Asks the browser to keep this site's data (some give more room then, and none evicts it). */
async function askPersistent(): Promise<Localized> {
  const granted = await (navigator.storage?.persist?.() ?? Promise.resolve(null)).catch(() => false);
  return persistAnswer(granted);
}

/**
 * What the presenter must learn at once, not in the hall: this browser could not keep the data for
 * offline use, how much it needed and had, and what to do. Shown by StorageNotices until closed.
 */
export function keepNotice(outcome: Extract<KeepOutcome, { kept: false }>): Omit<StorageNotice, 'id'> {
  const short = outcome.available === null || outcome.needed <= outcome.available ? null : both(outcome.needed - outcome.available);
  return {
    kind: 'write-failed',
    what: { vi: 'số liệu công bố để dùng khi mất mạng', en: 'the published data for offline use' },
    key: KEPT_PUBLICATION_KEY,
    asideKey: null,
    details: [
      why(outcome),
      { vi: 'Số liệu vẫn hiển thị lúc này, nhưng khi mất mạng (ví dụ tại hội trường) trang sẽ không có số liệu.', en: 'The figures show now, but without a network (in the hall, say) the page will have no data.' },
    ],
    fix: {
      vi: `Cách sửa: giải phóng dung lượng ổ đĩa hoặc xoá dữ liệu của các trang web khác trong trình duyệt${short ? ` (cần thêm khoảng ${short.vi})` : ''}, hoặc mở trang bằng một trình duyệt khác (không ở chế độ ẩn danh); rồi tải lại trang khi còn mạng và chờ đến khi thông báo này không hiện nữa.`,
      en: `Fix: free disk space or clear other websites’ data in the browser${short ? ` (about ${short.en} more is needed)` : ''}, or open the page in another browser (not a private window); then reload the page while online and wait until this notice no longer shows.`,
    },
    // No storage at all is not a matter of room: asking would change nothing.
    action: outcome.reason === 'no-storage' ? undefined : { label: { vi: 'Xin trình duyệt lưu lâu dài', en: 'Ask the browser to keep data' }, run: askPersistent },
  };
}
