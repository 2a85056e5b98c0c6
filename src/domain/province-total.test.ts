import { describe, expect, it } from 'vitest';
import { provinceTotal } from './province-total';
import type { Area } from './model';

const districts: Area[] = [
  { id: 'a', name: 'A', level: 'district', parent: 'p' },
  { id: 'b', name: 'B', level: 'district', parent: 'p' },
];
const additive = { additive: true };

describe('provinceTotal', () => {
  it.each([
    [[{ area: 'a', plan: 10, actual: 12 }, { area: 'b', plan: 5, actual: 4 }], { kind: 'value', plan: 15, actual: 16, districts: 2 }],
    [[{ area: 'a', plan: null, actual: 12 }, { area: 'b', plan: 5, actual: 4 }], { kind: 'value', plan: null, actual: 16, districts: 2 }],
    [[{ area: 'a', plan: 10, actual: 12 }], { kind: 'none', reason: 'incomplete', reporting: 1, districts: 2 }],
    [[{ area: 'a', plan: 10, actual: 12 }, { area: 'b', plan: 5, actual: null }], { kind: 'none', reason: 'incomplete', reporting: 1, districts: 2 }],
    [[], { kind: 'none', reason: 'no-data', reporting: 0, districts: 2 }],
    [[{ area: 'a', plan: 0, actual: 0 }, { area: 'b', plan: 0, actual: -3 }], { kind: 'value', plan: 0, actual: -3, districts: 2 }],
  ] as const)('sums %j', (observations, expected) => {
    expect(provinceTotal(additive, districts, observations)).toEqual(expected);
  });

  it('refuses to add up rates', () => {
    const total = provinceTotal({ additive: false }, districts, [{ area: 'a', plan: 1, actual: 1 }, { area: 'b', plan: 1, actual: 1 }]);
    expect(total).toMatchObject({ kind: 'none', reason: 'not-additive' });
  });
});
