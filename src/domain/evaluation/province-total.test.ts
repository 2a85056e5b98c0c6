import { describe, expect, it } from 'vitest';
import { provinceTotal } from './province-total';
import type { Area } from '../model';

const districts: Area[] = [
  { id: 'a', name: 'A', level: 'district', parent: 'p' },
  { id: 'b', name: 'B', level: 'district', parent: 'p' },
];
const additive = { additive: true };

describe('provinceTotal', () => {
  it.each([
    [[{ area: 'a', plan: 10, actual: 12 }, { area: 'b', plan: 5, actual: 4 }], { kind: 'value', plan: { kind: 'value', value: 15 }, actual: 16, districts: 2 }],
    [[{ area: 'a', plan: null, actual: 12 }, { area: 'b', plan: 5, actual: 4 }], { kind: 'value', plan: { kind: 'none', reason: 'missing-plan' }, actual: 16, districts: 2 }],
    [[{ area: 'a', plan: 10, actual: 12 }], { kind: 'none', reason: 'incomplete', reporting: 1, districts: 2 }],
    [[{ area: 'a', plan: 10, actual: 12 }, { area: 'b', plan: 5, actual: null }], { kind: 'none', reason: 'incomplete', reporting: 1, districts: 2 }],
    [[], { kind: 'none', reason: 'no-data', reporting: 0, districts: 2 }],
    [[{ area: 'a', plan: 0, actual: 0 }, { area: 'b', plan: 0, actual: -3 }], { kind: 'value', plan: { kind: 'value', value: 0 }, actual: -3, districts: 2 }],
  ] as const)('sums %j', (observations, expected) => {
    expect(provinceTotal(additive, districts, observations)).toEqual(expected);
  });

  it('refuses to add up rates', () => {
    const total = provinceTotal({ additive: false }, districts, [{ area: 'a', plan: 1, actual: 1 }, { area: 'b', plan: 1, actual: 1 }]);
    expect(total).toMatchObject({ kind: 'none', reason: 'not-additive' });
  });

  const MAX = Number.MAX_VALUE;
  it.each([
    ['two actuals near the largest number', [{ area: 'a', plan: 1, actual: MAX }, { area: 'b', plan: 1, actual: MAX }], { kind: 'none', reason: 'too-large', reporting: 2, districts: 2 }],
    ['two negative actuals near it', [{ area: 'a', plan: 1, actual: -MAX }, { area: 'b', plan: 1, actual: -MAX / 2 }], { kind: 'none', reason: 'too-large', reporting: 2, districts: 2 }],
    ['actuals that cancel out', [{ area: 'a', plan: 1, actual: MAX }, { area: 'b', plan: 1, actual: -MAX }], { kind: 'value', plan: { kind: 'value', value: 2 }, actual: 0, districts: 2 }],
    ['a plan sum that overflows, the actual fine', [{ area: 'a', plan: MAX, actual: 1 }, { area: 'b', plan: MAX, actual: 2 }], { kind: 'value', plan: { kind: 'none', reason: 'too-large' }, actual: 3, districts: 2 }],
    ['the largest finite sum', [{ area: 'a', plan: MAX / 2, actual: MAX / 2 }, { area: 'b', plan: MAX / 2, actual: MAX / 2 }], { kind: 'value', plan: { kind: 'value', value: MAX }, actual: MAX, districts: 2 }],
  ] as const)('a sum beyond the largest number is no value: %s', (_, observations, expected) => {
    expect(provinceTotal(additive, districts, observations)).toEqual(expected);
  });
});
