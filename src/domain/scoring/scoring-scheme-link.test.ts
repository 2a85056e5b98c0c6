import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { readSchemeText, SCHEME_IN_LINK } from './scoring-scheme-link';

const known = new Set(['budget_revenue', 'jobs_created']);
const read = (text: string, ids: ReadonlySet<string> | null = known) => readSchemeText(text, SCHEME_IN_LINK, ids);

describe('readSchemeText', () => {
  it('reads a good link', () => {
    expect(read('z;s;budget_revenue:2.5:150;!jobs_created:1:120')).toEqual({
      ok: true,
      data: { missing: 'zero', tieBreak: 'shared', criteria: [{ indicator: 'budget_revenue', weight: 2.5, cap: 150, included: true }, { indicator: 'jobs_created', weight: 1, cap: 120, included: false }] },
      warnings: [],
    });
  });

  it.each<[string, string, string[]]>([
    ['over the length limit', `x;c;${'budget_revenue:1:150;'.repeat(1000)}`, ['scheme-too-long']],
    ['a 50 MB value', 'x'.repeat(50 * 1024 * 1024), ['scheme-too-long']],
    ['more criteria than a scheme holds', `x;c;${Array.from({ length: LIMITS.schemeCriteria + 1 }, (_, i) => `i${i}:1:150`).join(';')}`, ['too-many-criteria']],
    ['a bad head', 'q;c;budget_revenue:1:150', ['bad-scheme-head']],
    ['a malformed criterion', 'x;c;budget_revenue:1', ['malformed-criterion']],
    ['a repeated criterion', 'x;c;budget_revenue:1:150;budget_revenue:2:150', ['duplicate-criterion']],
    ['an unknown id', 'x;c;budget_revenue:1:150;atlantis:1:150', ['unknown-indicator']],
    ['chart keys as ids', 'x;c;label:1:150;name:1:150;value:1:150;id:1:150;__proto__:1:150;constructor:1:150', Array<string>(6).fill('unknown-indicator')],
  ])('refuses %s', (_, text, codes) => {
    const result = read(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toEqual(codes);
    for (const i of result.issues) {
      expect(i.message.vi).toMatch(/^Bộ tiêu chí trong đường dẫn/);
      expect(i.message.en).toMatch(/^The scheme in the link/);
      expect(i.message.vi.length).toBeLessThan(400);
    }
  });

  it('checks the size before anything else: a huge value is refused for its size alone, however broken its content', () => {
    // Were the content read first, these would give criterion or head errors too.
    for (const huge of [`x;c;${'a:1:1;'.repeat(1_000_000)}`, `q;${'zz;'.repeat(2_000_000)}`, `x;c;${'atlantis:1:1;'.repeat(500_000)}`]) {
      const result = read(huge);
      expect(result.ok || result.issues.map((i) => i.code)).toEqual(['scheme-too-long']);
    }
  });

  it('names the unknown criterion, its place and the fix', () => {
    const result = read('x;c;budget_revenue:1:150;label:1:150');
    expect(result.ok || result.issues[0]?.message.vi).toBe('Bộ tiêu chí trong đường dẫn (?scheme=): tiêu chí 2 là “label”, bộ số liệu không có chỉ tiêu này. Bỏ tiêu chí đó, hoặc dùng phiên bản số liệu có chỉ tiêu này.');
  });

  it('without a catalog (the saved copy), checks only form and size', () => {
    expect(read('x;c;atlantis:1:150', null).ok).toBe(true);
  });
});
