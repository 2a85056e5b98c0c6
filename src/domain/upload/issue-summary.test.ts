import { describe, expect, it } from 'vitest';
import { issue, type ParseIssue } from '../issues';
import { boundIssues, issuesByClass, issueTotals } from './issue-summary';

const message = { vi: 'x', en: 'x' };
const many = (code: string, n: number, severity: ParseIssue['severity'] = 'error') => Array.from({ length: n }, (_, i) => issue(severity, code, { row: i + 2, column: 'area', value: `v${i}` }, message));

describe('boundIssues: counts per class, the first located issues of each', () => {
  it.each([[0], [1], [3], [4], [10_000]])('%i issues of one class, 3 listed at most', (n) => {
    const bounded = boundIssues(many('invalid-area', n), 3);
    expect(bounded.issues).toHaveLength(Math.min(n, 3));
    expect(bounded.classes).toEqual(n === 0 ? [] : [{ code: 'invalid-area', severity: 'error', count: n, listed: Math.min(n, 3) }]);
  });

  it('keeps the analysis order and lists errors before warnings', () => {
    const all = [...many('magnitude', 2, 'warning'), ...many('invalid-year', 5), ...many('invalid-area', 1)];
    const bounded = boundIssues(all, 2);
    expect(bounded.issues.map((i) => i.code)).toEqual(['magnitude', 'magnitude', 'invalid-year', 'invalid-year', 'invalid-area']);
    expect(bounded.classes.map((c) => [c.code, c.count])).toEqual([['invalid-year', 5], ['invalid-area', 1], ['magnitude', 2]]);
    expect(issueTotals(bounded.classes)).toEqual({ errors: 6, warnings: 2 });
  });

  it('a listed value is cut to 200 characters', () => {
    const [listed] = boundIssues([issue('error', 'invalid-area', { row: 2, value: 'ệ'.repeat(9000) }, message)]).issues;
    expect(listed?.value).toBe(`${'ệ'.repeat(200)}…`);
  });

  it('groups the listed issues under their class with the number left out', () => {
    const bounded = boundIssues([...many('invalid-area', 5), ...many('duplicate-row', 1)], 2);
    expect(issuesByClass(bounded.issues, bounded.classes).map((g) => [g.issueClass.code, g.issues.length, g.more])).toEqual([['invalid-area', 2, 3], ['duplicate-row', 1, 0]]);
  });
});
