import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalPoint, quickCanonicalNumber, quickLocaleEvidence, quickLocaleNumber } from './number-scan';
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

describe('the canonical form of a figure, read at once', () => {
  // The rule the canonical reader applies to a figure it does not read at once (canonical-observations.ts).
  const PLAIN_NUMBER = /^-?\d{1,15}(\.\d{1,15})?$/;
  const GROUPED_THOUSAND = /^-?\d{1,3}\.\d{3}$/;

  it.each([
    ['956.1', 956.1, 3, 1], ['-0', -0, 1, -1], ['007', 7, 3, -1], ['1.862', 1.862, 1, 3], ['0.1', 0.1, 1, 1], ['123456789012345', 123456789012345, 15, -1],
    ['1,5', undefined], ['1.2.3', undefined], ['1.', undefined], ['.5', undefined], ['-', undefined], ['', undefined], ['+5', undefined], ['1e5', undefined],
    ['1234567890123456', undefined], ['12345678.12345678', undefined],
  ] as const)('%s → %s', (text, value, lead?: number, fraction?: number) => {
    expect(quickCanonicalNumber(text)).toBe(value);
    if (value !== undefined) expect(canonicalPoint).toEqual({ lead, fraction });
  });

  it('reads every figure it answers for as Number() does, one the rule takes, with its point where the rule sees it', () => {
    fc.assert(fc.property(figure, (text) => {
      const quick = quickCanonicalNumber(text);
      if (quick === undefined) return;
      expect(PLAIN_NUMBER.test(text)).toBe(true);
      expect(Object.is(quick, Number(text))).toBe(true);
      expect(canonicalPoint.fraction >= 0).toBe(text.includes('.'));
      expect(canonicalPoint.fraction >= 0 && canonicalPoint.lead <= 3 && canonicalPoint.fraction === 3).toBe(GROUPED_THOUSAND.test(text));
    }), { numRuns: 20000 });
  });

  it('answers for every figure of at most 15 digits the rule takes', () => {
    fc.assert(fc.property(fc.boolean(), fc.stringMatching(/^\d{1,8}$/), fc.option(fc.stringMatching(/^\d{1,7}$/)), (negative, whole, fraction) => {
      const text = `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`;
      expect(quickCanonicalNumber(text)).toBe(Number(text));
    }), { numRuns: 20000 });
  });
});
