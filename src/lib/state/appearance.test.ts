import { describe, expect, it } from 'vitest';
import { canStepFontScale, knownFontScale, knownTheme, stepFontScale, toggleTheme } from './appearance';

describe('stepFontScale', () => {
  it.each([
    [1, 1, 1.125],
    [1.125, 1, 1.25],
    [1.25, 1, 1.5],
    [1.5, 1, 1.5],
    [1.5, -1, 1.25],
    [1, -1, 1],
    [3, 1, 1.125],
    [Number.NaN, -1, 1],
  ] as const)('from %s by %s gives %s', (current, by, expected) => {
    expect(stepFontScale(current, by)).toBe(expected);
  });

  it.each([
    [1, -1, false],
    [1, 1, true],
    [1.5, 1, false],
    [1.5, -1, true],
  ] as const)('from %s by %s is possible: %s', (current, by, expected) => {
    expect(canStepFontScale(current, by)).toBe(expected);
  });
});

describe('toggleTheme', () => {
  it.each([
    ['light', 'dark', 'dark'],
    ['dark', 'dark', 'light'],
    ['dark', 'contrast', 'contrast'],
    ['contrast', 'contrast', 'light'],
    ['light', 'contrast', 'contrast'],
  ] as const)('%s, pressing %s, gives %s', (current, pressed, expected) => {
    expect(toggleTheme(current, pressed)).toBe(expected);
  });
});

describe('remembered values', () => {
  it.each([['dark', 'dark'], ['contrast', 'contrast'], ['sepia', 'light'], [undefined, 'light']] as const)('theme %s reads as %s', (value, expected) => {
    expect(knownTheme(value)).toBe(expected);
  });
  it.each([[1.25, 1.25], [2, 1], ['1.5', 1], [null, 1]] as const)('font scale %s reads as %s', (value, expected) => {
    expect(knownFontScale(value)).toBe(expected);
  });
});
