import { describe, expect, it } from 'vitest';
import { checkRememberedForm } from './form-storage';

describe('checkRememberedForm (a stored value read back is hostile)', () => {
  it.each([
    ['{"headerRow":5,"unitColumn":"B"}', { headerRow: 5, unitColumn: 'B' }],
    ['{"headerRow":2}', { headerRow: 2 }],
    ['{}', {}],
  ])('%s is taken', (text, value) => {
    expect(checkRememberedForm(text)).toEqual({ ok: true, value, problems: [] });
  });

  it.each([
    ['not json', 'not json'],
    ['{"headerRow":0}', 'headerRow'],
    ['{"headerRow":1.5}', 'headerRow'],
    ['{"unitColumn":"B; DROP"}', 'unitColumn'],
    ['{"year":2025}', ''],
    ['{"__proto__":{"headerRow":3}}', ''],
    ['[5]', ''],
  ])('%s is set aside', (text) => {
    expect(checkRememberedForm(text).ok).toBe(false);
  });
});
