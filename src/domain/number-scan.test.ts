import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quickLocaleEvidence, quickLocaleNumber } from './number-scan';
import { localeEvidenceOf, parseLocaleNumber } from './numbers';

const LOCALES = ['vi', 'en', 'auto'] as const;
/** Figures as files write them, and near misses: marks in every place, signs, spaces, percent signs, long digit runs. */
const figure = fc.array(fc.constantFrom('0', '1', '2', '5', '9', '.', ',', '-', '+', ' ', '%', 'e', '1234567'), { maxLength: 14 }).map((parts) => parts.join(''));

describe('quick number shapes agree with the general reader', () => {
  it.each([
    ['1.862', 'vi', 1862], ['1.862,5', 'vi', 1862.5], ['24,88', 'vi', 24.88], ['-1.234.567,25', 'vi', -1234567.25], ['1,862.5', 'en', 1862.5],
    ['956.10', 'en', 956.1], ['-0', 'vi', -0], ['007', 'auto', 7], ['', 'vi', null], ['1.23', 'vi', undefined], ['1.234.567.890.123,5', 'vi', 1234567890123.5], ['1.2.3', 'vi', undefined],
    ['1234.567', 'vi', undefined], ['24,88', 'auto', undefined], ['+5', 'vi', undefined], ['5%', 'vi', undefined], ['1234567890123456', 'en', undefined],
  ] as const)('%s in %s → %s', (text, locale, value) => {
    expect(quickLocaleNumber(text, locale)).toBe(value);
  });

  it('reads every shape it answers for exactly as parseLocaleNumber does', () => {
    fc.assert(fc.property(figure, fc.constantFrom(...LOCALES), (text, locale) => {
      const quick = quickLocaleNumber(text, locale);
      if (quick === undefined) return;
      expect(parseLocaleNumber(text, locale)).toEqual({ ok: true, value: quick });
    }), { numRuns: 20000 });
  });

  it.each([
    ['1.862', null], ['1.862,5', 'vi'], ['24,88', 'vi'], ['956.10', 'en'], ['1,862,000', 'en'], ['12', null], ['', null], ['1234.567.890', undefined], ['abc', undefined],
  ] as const)('evidence of %s is %s', (cell, evidence) => {
    expect(quickLocaleEvidence(cell)).toBe(evidence);
  });

  it('judges every cell it answers for exactly as detectNumberLocale does', () => {
    fc.assert(fc.property(figure, (cell) => {
      const quick = quickLocaleEvidence(cell);
      if (quick !== undefined) expect(localeEvidenceOf(cell)).toBe(quick);
    }), { numRuns: 20000 });
  });
});
