import { describe, expect, it } from 'vitest';
import type { KeepOutcome } from '../../domain/publication/keep-space';
import { keepNotice, persistAnswer } from './keep-notice';

const MB = 1024 ** 2;
type NotKept = Extract<KeepOutcome, { kept: false }>;
const outcome = (over: Partial<NotKept> = {}): NotKept => ({ kept: false, reason: 'quota', needed: 111 * MB, available: 20 * MB, detail: '', ...over });

describe('the notice that the data could not be kept for offline use', () => {
  it.each<[string, NotKept, string[], string[]]>([
    [
      'too little room: what it needed, what was left, how much more',
      outcome(),
      ['Bản công bố cần khoảng 111,0 MB, trình duyệt này chỉ còn 20,0 MB cho trang này.', 'cần thêm khoảng 91,0 MB'],
      ['needs about 111.0 MB; this browser has only 20.0 MB left', 'about 91.0 MB more is needed'],
    ],
    ['no room, the browser did not say how much was left', outcome({ available: null }), ['cần khoảng 111,0 MB; trình duyệt báo đã hết chỗ'], ['needs about 111.0 MB; the browser says there is no room left']],
    ['no storage at all (a private window)', outcome({ reason: 'no-storage', available: null }), ['cửa sổ ẩn danh', 'cần khoảng 111,0 MB'], ['a private window', 'needs about 111.0 MB']],
    ['another error, in the browser’s words', outcome({ reason: 'error', detail: 'UnknownError: disk' }), ['báo lỗi khi lưu 111,0 MB: UnknownError: disk'], ['error saving 111.0 MB: UnknownError: disk']],
    ['another error without words', outcome({ reason: 'error', detail: '' }), ['không rõ lỗi'], ['no detail']],
  ])('%s', (_, notKept, vi, en) => {
    const notice = keepNotice(notKept);
    expect(notice.kind).toBe('write-failed');
    const say = (language: 'vi' | 'en') => [notice.what[language], ...notice.details.map((d) => d[language]), notice.fix[language]].join(' ');
    for (const part of vi) expect(say('vi')).toContain(part);
    for (const part of en) expect(say('en')).toContain(part);
    // Always what it means in the hall and what to do.
    expect(say('vi')).toContain('khi mất mạng');
    expect(say('vi')).toMatch(/Cách sửa: giải phóng dung lượng .* trình duyệt khác/);
    expect(say('en')).toMatch(/Fix: free disk space .* another browser/);
    expect(say('vi') + say('en')).not.toMatch(/NaN|undefined|null/);
  });
});

describe('asking the browser to keep the data', () => {
  it.each<[string, NotKept, boolean]>([
    ['too little room: offered', outcome(), true],
    ['another error: offered', outcome({ reason: 'error' }), true],
    ['no storage at all: not offered (it would change nothing)', outcome({ reason: 'no-storage' }), false],
  ])('%s', (_, notKept, offered) => {
    expect(keepNotice(notKept).action !== undefined).toBe(offered);
  });

  it.each<[boolean | null, string, string]>([
    [true, 'đã đồng ý lưu lâu dài. Hãy tải lại trang', 'agreed to keep data. Reload the page'],
    [false, 'không đồng ý lưu lâu dài', 'refused to keep data'],
    [null, 'không cho xin lưu lâu dài', 'cannot be asked'],
  ])('the answer %s in words', (granted, vi, en) => {
    expect(persistAnswer(granted).vi).toContain(vi);
    expect(persistAnswer(granted).en).toContain(en);
  });
});
