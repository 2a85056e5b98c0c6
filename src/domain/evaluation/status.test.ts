import { describe, expect, it } from 'vitest';
import { classifyStatus, DEFAULT_THRESHOLDS } from './status';
import { noValue } from '../numbers/measure';

describe('classifyStatus', () => {
  it.each([
    [149.7, 'exceeded'],
    [100.01, 'exceeded'],
    [100, 'met'],
    [100.004, 'met'],
    [99.996, 'met'],
    [99.9, 'nearly-met'],
    [90, 'nearly-met'],
    [89.99, 'missed'],
    [0, 'missed'],
    [-20, 'missed'],
  ] as const)('%d %% → %s', (value, status) => {
    expect(classifyStatus({ kind: 'value', value })).toBe(status);
  });

  it('gives no-data for every no-value reason', () => {
    expect(classifyStatus(noValue('zero-plan'))).toBe('no-data');
    expect(classifyStatus(noValue('missing-actual'))).toBe('no-data');
  });

  it.each([
    [{ met: 100, nearlyMet: 80, tolerance: 0 }, 85, 'nearly-met'],
    [{ met: 100, nearlyMet: 95, tolerance: 0 }, 92, 'missed'],
    [{ met: 95, nearlyMet: 85, tolerance: 0 }, 96, 'exceeded'],
    [{ ...DEFAULT_THRESHOLDS, tolerance: 0 }, 100.001, 'exceeded'],
  ] as const)('configurable thresholds %o: %d %% → %s', (thresholds, value, status) => {
    expect(classifyStatus({ kind: 'value', value }, thresholds)).toBe(status);
  });
});
