import { describe, expect, it } from 'vitest';
import { yearOverYearChange } from './change';

describe('yearOverYearChange', () => {
  it.each([
    [36.51, 40.4, -3.89, -9.6287],
    [25.1, 23, 2.1, 9.1304],
    [10, 10, 0, 0],
    [-2, 4, -6, -150],
    [3, -2, 5, 250],
  ] as const)('%d after %d → %d (%d %%)', (current, previous, absolute, relative) => {
    const change = yearOverYearChange(current, previous);
    expect(change.absolute.kind === 'value' && change.absolute.value).toBeCloseTo(absolute, 6);
    expect(change.relative.kind === 'value' && change.relative.value).toBeCloseTo(relative, 3);
  });

  it.each([
    [null, 5, 'missing-actual', 'missing-actual'],
    [5, null, 'no-previous', 'no-previous'],
  ] as const)('%s after %s → no value', (current, previous, absReason, relReason) => {
    const change = yearOverYearChange(current, previous);
    expect(change.absolute).toEqual({ kind: 'none', reason: absReason });
    expect(change.relative).toEqual({ kind: 'none', reason: relReason });
  });

  it('has an absolute change but no relative one after a zero year', () => {
    const change = yearOverYearChange(5, 0);
    expect(change.absolute).toEqual({ kind: 'value', value: 5 });
    expect(change.relative).toEqual({ kind: 'none', reason: 'zero-previous' });
  });
});
