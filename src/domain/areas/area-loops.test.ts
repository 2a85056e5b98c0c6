import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { areaLoopIssues, MAX_LOOPS } from './area-loops';
import type { Area } from '../model';

/** "a>b" is a unit a under b; "a<b,c" a unit a formed from b and c; a bare "a" has neither. */
function catalog(spec: string): Area[] {
  return spec.split(' ').map((part) => {
    const [id, parent] = part.split('>') as [string, string | undefined];
    const [name, before] = id.split('<') as [string, string | undefined];
    return { id: name, name: name.toUpperCase(), level: 'district', parent: parent ?? null, ...(before ? { predecessors: before.split(',') } : {}) };
  });
}
const place = (index: number, field: string) => ({ row: index + 2, column: field });
const loops = (spec: string) => areaLoopIssues(catalog(spec), place).map((i) => [i.code, i.row, i.column, i.value]);

describe('parent loops are refused with the loop named', () => {
  it.each([
    ['a unit that is its own parent', 'p a>a', [['parent-loop', 3, 'parent', 'a → a']]],
    ['A under B under A', 'p a>b b>a', [['parent-loop', 3, 'parent', 'a → b → a']]],
    ['a longer loop, told from its first row', 'p c>a a>b b>c', [['parent-loop', 3, 'parent', 'c → a → b → c']]],
    ['a chain hanging under a loop: only the loop is named', 'x>a a>b b>a y>x', [['parent-loop', 3, 'parent', 'a → b → a']]],
    ['two loops, each named once', 'a>b b>a c>c', [['parent-loop', 2, 'parent', 'a → b → a'], ['parent-loop', 4, 'parent', 'c → c']]],
    ['a tree is fine', 'vn p>vn q>vn a>p b>p c>q', []],
    ['a parent outside the catalog is not a loop (another check names it)', 'a>zz b>a', []],
  ])('%s', (_, spec, expected) => {
    expect(loops(spec)).toEqual(expected);
  });
});

describe('predecessor loops are refused with the loop named', () => {
  it.each([
    ['a unit formed from itself', 'a<a', [['predecessor-loop', 2, 'predecessors', 'a → a']]],
    ['A from B from A', 'a<b b<a', [['predecessor-loop', 2, 'predecessors', 'a → b → a']]],
    ['a loop through the second of two predecessors', 'a<x,b b<c c<a x', [['predecessor-loop', 2, 'predecessors', 'a → b → c → a']]],
    ['the 2025 reform: communes from districts, a province merged from two', 'd1 d2 c1<d1 c2<d1,d2 p1 p2 p3<p1,p2', []],
    ['a diamond is no loop', 'a b<a c<a d<b,c', []],
  ])('%s', (_, spec, expected) => {
    expect(loops(spec)).toEqual(expected);
  });

  it('parents and predecessors are separate: a unit under its predecessor is fine', () => {
    expect(loops('p a<p>p')).toEqual([]);
  });
});

describe('only the file is answered for', () => {
  it('a loop wholly in the current catalog (no row placed) is not named; one through a file row is, at that row', () => {
    const areas = catalog('a>b b>a c>d d>c');
    const fileOnly = (index: number, field: string) => (index >= 3 ? { row: 7, column: field } : null);
    expect(areaLoopIssues(areas, fileOnly).map((i) => [i.row, i.value])).toEqual([[7, 'd → c → d']]);
  });
});

describe('linear and bounded', () => {
  it('one loop through 30,000 units (no recursion to overflow) is found and named from its first unit', () => {
    const n = 30_000;
    const areas: Area[] = Array.from({ length: n }, (_, i) => ({ id: `u${i}`, name: `U${i}`, level: 'commune', parent: `u${(i + 1) % n}` }));
    const [found, ...rest] = areaLoopIssues(areas, place);
    expect(rest).toEqual([]);
    expect(found?.value?.startsWith('u0 → u1 → ')).toBe(true);
    expect(found?.value?.endsWith(' → u29999 → u0')).toBe(true);
  });

  it(`names at most ${MAX_LOOPS} loops of each kind`, () => {
    const areas: Area[] = Array.from({ length: 1000 }, (_, i) => ({ id: `u${i}`, name: `U${i}`, level: 'commune', parent: `u${i}`, predecessors: [`u${i}`] }));
    const issues = areaLoopIssues(areas, place);
    expect(issues.filter((i) => i.code === 'parent-loop')).toHaveLength(MAX_LOOPS);
    expect(issues.filter((i) => i.code === 'predecessor-loop')).toHaveLength(MAX_LOOPS);
  });

  it('finds a loop exactly when following the parents from some unit comes back to it', () => {
    fc.assert(fc.property(fc.array(fc.option(fc.nat(11), { nil: null }), { minLength: 1, maxLength: 12 }), (parents) => {
      const areas: Area[] = parents.map((p, i) => ({ id: `u${i}`, name: `U${i}`, level: 'district', parent: p === null ? null : `u${p}` }));
      const comesBack = parents.some((_, start) => {
        let at: number | null = start;
        for (let step = 0; step < parents.length && at !== null; step++) {
          at = parents[at] ?? null;
          if (at === start) return true;
        }
        return false;
      });
      const issues = areaLoopIssues(areas, place);
      expect(issues.length > 0).toBe(comesBack);
      for (const i of issues) {
        const ids = i.value!.split(' → ');
        expect(ids[0]).toBe(ids[ids.length - 1]);
        ids.slice(0, -1).forEach((id, k) => expect(areas.find((a) => a.id === id)?.parent).toBe(ids[k + 1]));
      }
    }));
  });
});
