import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { checkSlide } from './slide-check';

describe('checkSlide', () => {
  it('keeps a good slide, rebuilding its view and cleaning its title', () => {
    expect(checkSlide({ kind: 'district', view: '/district/tan-uyen?year=2020&lang=en', title: ' Tân\u0001 Uyên\n2020 ' }, 1)).toEqual({
      ok: true,
      slide: { kind: 'district', view: '/district/tan-uyen?year=2020', title: 'Tân Uyên 2020' },
    });
  });

  it.each([
    ['an outside page', { kind: 'overview', view: '//evil.example/page', title: 'Bẫy' }, 3, ['Trang 3 “Bẫy” (tổng quan)', '“//evil.example/page”', 'nơi khác', 'ví dụ /?year=2020'], ['Slide 3 “Bẫy” (overview)', 'elsewhere']],
    ['a tab hidden in the path', { kind: 'overview', view: '/\t/evil.example', title: 'T' }, 2, ['Trang 2', '/[U+0009]/evil.example', 'ký tự điều khiển', 'Xoá'], ['control characters']],
    ['javascript:', { kind: 'trend', view: 'javascript:alert(1)', title: 'T' }, 1, ['javascript:alert(1)', 'không phải đường dẫn'], ['not a path']],
    ['a kind that disagrees', { kind: 'district', view: '/indicator/budget_revenue', title: 'T' }, 4, ['màn hình chỉ tiêu', 'Đổi "kind" thành "indicator"'], ['Set "kind" to "indicator"']],
    ['an unknown kind', { kind: 'admin', view: '/', title: 'T' }, 5, ['Trang 5', 'loại trang “admin” không có', 'overview, district'], ['no slide kind “admin”']],
    ['a title that is not text', { kind: 'overview', view: '/', title: 7 }, 6, ['tiêu đề phải là chữ'], ['must be text']],
    ['a title over the limit', { kind: 'overview', view: '/', title: 'x'.repeat(LIMITS.slideTitleChars + 1) }, 7, [`quá giới hạn ${LIMITS.slideTitleChars}`, 'Rút gọn'], ['Shorten']],
    ['not an object', 'slide', 8, ['Trang 8', 'loại trang'], ['Slide 8']],
    ['the view on screen', { kind: 'district', view: '/district/%3Cb%3E', title: '' }, null, ['Màn hình này (huyện)', 'mã “%3Cb%3E” không hợp lệ'], ['This view (district)', 'invalid id']],
  ])('refuses %s, naming the slide, the value, why and the fix', (_, input, position, vi, en) => {
    const checked = checkSlide(input, position);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    for (const part of vi) expect(checked.message.vi).toContain(part);
    for (const part of en) expect(checked.message.en).toContain(part);
  });

  it('shortens a huge value in the message', () => {
    const checked = checkSlide({ kind: 'overview', view: `//${'a'.repeat(100_000)}`, title: 'T' }, 1);
    expect(checked.ok || checked.message.vi.length).toBeLessThan(400);
  });
});
