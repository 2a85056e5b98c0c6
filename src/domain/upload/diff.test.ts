import { describe, expect, it } from 'vitest';
import { diffObservations } from './diff';
import { buildObservation as o } from '../../testing/builders';

const current = [
  o({ area: 'sin-ho', year: 2019, indicator: 'budget_revenue', actual: 10 }),
  o({ area: 'sin-ho', year: 2020, indicator: 'budget_revenue', actual: 20 }),
  o({ area: 'tan-uyen', year: 2020, indicator: 'budget_revenue', actual: 30 }),
];

describe('diffObservations', () => {
  it.each([
    ['merge', [o({ area: 'sin-ho', year: 2020, indicator: 'budget_revenue', actual: 20 })], { added: 0, changed: 0, unchanged: 1, removed: 0, result: 3 }],
    ['merge', [o({ area: 'sin-ho', year: 2020, indicator: 'budget_revenue', actual: 21 })], { added: 0, changed: 1, unchanged: 0, removed: 0, result: 3 }],
    ['merge', [o({ area: 'sin-ho', year: 2021, indicator: 'budget_revenue', actual: 5 })], { added: 1, changed: 0, unchanged: 0, removed: 0, result: 4 }],
    ['replace-years', [o({ area: 'sin-ho', year: 2020, indicator: 'budget_revenue', actual: 20 })], { added: 0, changed: 0, unchanged: 1, removed: 1, result: 2 }],
    ['replace-years', [], { added: 0, changed: 0, unchanged: 0, removed: 0, result: 3 }],
  ] as const)('%s %j', (mode, incoming, counts) => {
    const diff = diffObservations(current, incoming, mode);
    expect({ added: diff.added.length, changed: diff.changed.length, unchanged: diff.unchanged.length, removed: diff.removed.length, result: diff.result.length }).toEqual(counts);
  });

  it('shows a change as old → new', () => {
    const diff = diffObservations(current, [o({ area: 'tan-uyen', year: 2020, indicator: 'budget_revenue', actual: 31, note: 'sửa' })], 'merge');
    expect(diff.changed[0]?.before.actual).toBe(30);
    expect(diff.changed[0]?.after.actual).toBe(31);
    expect(diff.result.find((r) => r.area === 'tan-uyen')?.actual).toBe(31);
  });

  it('replaces a year\'s period whole, leaving the year\'s figures and its other periods (a month\'s file replaces that month)', () => {
    const stored = [
      ...current,
      o({ area: 'sin-ho', year: 2020, indicator: 'budget_revenue', actual: 8, period: 'to-month-06' }),
      o({ area: 'tan-uyen', year: 2020, indicator: 'budget_revenue', actual: 9, period: 'to-month-06' }),
      o({ area: 'tan-uyen', year: 2020, indicator: 'budget_revenue', actual: 4, period: 'quarter-1' }),
    ];
    const diff = diffObservations(stored, [o({ area: 'sin-ho', year: 2020, indicator: 'budget_revenue', actual: 9, period: 'to-month-06' })], 'replace-years');
    expect([diff.added.length, diff.changed.length, diff.removed.map((r) => [r.area, r.period])]).toEqual([0, 1, [['tan-uyen', 'to-month-06']]]);
    expect(diff.result.map((r) => [r.area, r.year, r.period ?? '', r.actual])).toEqual([
      ['sin-ho', 2019, '', 10], ['sin-ho', 2020, '', 20], ['sin-ho', 2020, 'to-month-06', 9], ['tan-uyen', 2020, '', 30], ['tan-uyen', 2020, 'quarter-1', 4],
    ]);
  });
});
