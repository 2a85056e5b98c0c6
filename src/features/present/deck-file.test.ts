import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../domain/limits';
import { deckFileTooLarge, deckFromJson, deckToJson } from './deck-file';

const file = (slides: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'chi-tieu-deck', version: 1, slides, ...extra });
const good = { kind: 'district' as const, view: '/district/tan-uyen?year=2020', title: 'Tân Uyên 2020' };

describe('deckFromJson', () => {
  it('round-trips an exported deck', () => {
    const read = deckFromJson(deckToJson([{ id: 'x', ...good }]));
    expect(read).toEqual({ ok: true, slides: [good] });
  });

  it('strips control characters from titles and rebuilds views', () => {
    const read = deckFromJson(file([{ kind: 'overview', view: '/?year=2020&lang=en#x', title: 'Tổng\u0000 quan\u001b 2020\n' }]));
    expect(read).toEqual({ ok: true, slides: [{ kind: 'overview', view: '/?year=2020', title: 'Tổng quan 2020' }] });
  });

  it('refuses a hostile deck whole, naming every bad slide, its value, why and the fix', () => {
    const read = deckFromJson(
      file([
        good,
        { kind: 'overview', view: '//evil.example/page', title: 'Một' },
        { kind: 'overview', view: '/\\evil.example', title: 'Hai' },
        { kind: 'overview', view: '/%2F%2Fevil.example', title: 'Ba' },
        { kind: 'overview', view: '/\t/evil.example', title: 'Bốn' },
        { kind: 'trend', view: 'javascript:alert(document.domain)', title: 'Năm' },
        { kind: 'district', view: '/indicator/budget_revenue', title: 'Sáu' },
        { kind: 'overview', view: '/upload', title: 'Bảy' },
      ]),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => /^Trang (\d+)/.exec(p.vi)?.[1])).toEqual(['2', '3', '4', '5', '6', '7', '8']);
    expect(read.problems[0]?.vi).toContain('“//evil.example/page” trỏ ra trang của nơi khác');
    expect(read.problems[3]?.vi).toContain('/[U+0009]/evil.example');
    expect(read.problems[4]?.en).toContain('Slide 6 “Năm” (trend): the view “javascript:alert(document.domain)” is not a path inside the app');
    expect(read.problems[5]?.en).toContain('Set "kind" to "indicator"');
  });

  it.each([
    ['not JSON', '{"format":', 'không phải JSON hợp lệ'],
    ['another format', JSON.stringify({ format: 'other', version: 1, slides: [good] }), '“format” phải là "chi-tieu-deck"'],
    ['another version', file([good], { version: 2 }), '“version” phải là 1'],
    ['no slides', file([]), '“slides” phải là danh sách'],
    ['slides not a list', file({ 0: good }), '“slides” phải là danh sách'],
    ['too many slides', file(Array.from({ length: LIMITS.deckSlides + 1 }, () => good)), `quá giới hạn ${LIMITS.deckSlides}`],
    ['a title over the limit', file([{ ...good, title: 'x'.repeat(LIMITS.slideTitleChars + 1) }]), `tiêu đề dài ${LIMITS.slideTitleChars + 1} ký tự`],
    ['over the size', `${file([good])}${' '.repeat(LIMITS.deckBytes)}`, 'quá giới hạn 1 MB'],
  ])('refuses %s', (_, text, message) => {
    const read = deckFromJson(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]?.vi).toContain(message);
  });

  it('lists at most ten problems and counts the rest', () => {
    const read = deckFromJson(file(Array.from({ length: 25 }, () => ({ ...good, view: '//evil' }))));
    expect(read.ok || read.problems.length).toBe(11);
    expect(read.ok || read.problems[10]?.en).toBe('… and 15 more slides.');
  });

  it('deckFileTooLarge is the size check made before reading a file', () => {
    expect(deckFileTooLarge(LIMITS.deckBytes)).toBeNull();
    expect(deckFileTooLarge(6 * 1024 * 1024)?.en).toContain('The file is 6 MB, over the 1 MB limit');
  });
});
