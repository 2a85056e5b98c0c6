import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { droppedParamMessage, MAX_SEARCH_CHARS, trimLongSearch } from './link-size';

describe('trimLongSearch', () => {
  // A scheme a little over its own limit fits the link: the scheme reader refuses it with its own message.
  it.each(['', '?year=2019', `?year=2019&scheme=${'a'.repeat(LIMITS.schemeLinkChars)}`, `?scheme=${'a'.repeat(LIMITS.schemeLinkChars + 1)}`])('leaves a link that fits: %#', (search) => {
    expect(trimLongSearch(search)).toBeNull();
  });

  it.each([
    ['a scheme far over its limit', `?year=2019&scheme=${'a'.repeat(MAX_SEARCH_CHARS)}&level=cluster`, '?year=2019&level=cluster', ['scheme']],
    ['a 50 MB scheme', `?scheme=${'x'.repeat(50 * 1024 * 1024)}&year=2019`, '?year=2019', ['scheme']],
    ['any long parameter', `?indicators=${'a,'.repeat(LIMITS.schemeLinkChars)}&year=2020`, '?year=2020', ['indicators']],
    ['many parameters together too long', `?year=2019${Array.from({ length: 20 }, (_, i) => `&p${i}=${'v'.repeat(1000 + i)}`).join('')}`, null, ['p19', 'p18', 'p17']],
  ])('trims %s', (_, search, expected, dropped) => {
    const trimmed = trimLongSearch(search);
    expect(trimmed).not.toBeNull();
    if (!trimmed) return;
    if (expected !== null) expect(trimmed.search).toBe(expected);
    expect(trimmed.search.length).toBeLessThanOrEqual(MAX_SEARCH_CHARS);
    expect(trimmed.dropped.map((d) => d.param)).toEqual(dropped);
  });
});

describe('droppedParamMessage', () => {
  it('names the parameter, its length, the limit and the fix', () => {
    const message = droppedParamMessage({ param: 'scheme', length: 52_428_800 });
    expect(message.vi).toBe('Đường dẫn có tham số “scheme” dài 52.428.800 ký tự, quá giới hạn 16.384, nên đã được bỏ khỏi đường dẫn. Trang hiện bộ tiêu chí mặc định. Hãy chia sẻ bộ tiêu chí bằng tệp JSON (“Tải bộ tiêu chí”) thay cho đường dẫn.');
    expect(message.en).toContain('over the limit of 16,384');
  });
});
