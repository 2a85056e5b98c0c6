import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPeriod, isInYearSlot, periodLabel, PERIOD_CODES, PERIOD_SLOTS, periodOfSlot, periodSlot, periodSpan, readPeriod } from './period';

describe('a period as files and reports write it', () => {
  it.each([
    ['tháng 3', 'month-03'], ['Tháng 3/2023', 'month-03'], ['T12', 'month-12'], ['tháng 3 năm 2023', 'month-03'], ['March', 'month-03'], ['month-03', 'month-03'],
    ['quý I', 'quarter-1'], ['Quý IV năm 2023', 'quarter-4'], ['Q2', 'quarter-2'], ['quarter 3', 'quarter-3'],
    ['6 tháng', 'to-month-06'], ['6 tháng đầu năm', 'to-month-06'], ['6 tháng đầu năm 2025', 'to-month-06'], ['Sáu tháng đầu năm', 'to-month-06'], ['H1', 'to-month-06'],
    ['9 tháng', 'to-month-09'], ['nine months', 'to-month-09'], ['Lũy kế 5 tháng', 'to-month-05'], ['luỹ kế đến tháng 5', 'to-month-05'], ['lũy kế tháng 11', 'to-month-11'], ['year to May', 'to-month-05'], ['January–May', 'to-month-05'],
    ['lũy kế 1 tháng', 'month-01'], ['3 tháng đầu năm', 'quarter-1'], ['lũy kế 3 tháng', 'quarter-1'], ['lũy kế 12 tháng', ''], ['cả năm', ''], ['Năm 2025', ''], ['year', ''], ['', ''],
    ['tháng 13', null], ['quý V', null], ['to-month-12', null], ['to-month-01', null], ['to-month-03', null], ['tuần 3', null], ['dự kiến', null],
  ] as const)('"%s" → %s', (text, code) => {
    expect(readPeriod(text)).toBe(code);
  });

  it.each([
    ['month-03', { first: 3, last: 3, cumulative: false }], ['month-01', { first: 1, last: 1, cumulative: true }],
    ['quarter-1', { first: 1, last: 3, cumulative: true }], ['quarter-3', { first: 7, last: 9, cumulative: false }],
    ['to-month-06', { first: 1, last: 6, cumulative: true }], ['to-month-12', null], ['month-00', null], ['year', null],
  ] as const)('%s covers %o', (code, span) => {
    expect(periodSpan(code)).toEqual(span);
  });

  it.each([
    ['month-03', 'tháng 3', 'March'], ['quarter-1', 'quý I', 'Q1'], ['quarter-4', 'quý IV', 'Q4'], ['to-month-06', '6 tháng', 'six months'],
    ['to-month-09', '9 tháng', 'nine months'], ['to-month-05', 'lũy kế 5 tháng', 'January–May'], ['', 'cả năm', 'year'],
  ] as const)('%s is written "%s" / "%s"', (code, vi, en) => {
    expect([formatPeriod(code, 'vi'), formatPeriod(code, 'en')]).toEqual([vi, en]);
  });

  it.each([
    ['month-03', 'Tháng 3', 'March'], ['quarter-2', 'Quý II', 'Q2'], ['to-month-09', '9 tháng', 'Nine months'], ['to-month-05', 'Lũy kế 5 tháng', 'January–May'], ['', 'Cả năm', 'Year'],
  ] as const)('%s as a label is "%s" / "%s"', (code, vi, en) => {
    expect([periodLabel(code, 'vi'), periodLabel(code, 'en')]).toEqual([vi, en]);
  });

  it('every code reads back from its words, in both languages', () => {
    fc.assert(fc.property(fc.constantFrom(...PERIOD_CODES), fc.constantFrom('vi' as const, 'en' as const), (code, language) => {
      expect(readPeriod(formatPeriod(code, language))).toBe(code);
    }));
    expect(PERIOD_CODES).toHaveLength(25);
    expect(PERIOD_CODES.slice(0, 6)).toEqual(['month-01', 'month-02', 'to-month-02', 'month-03', 'quarter-1', 'month-04']);
  });

  it.each([
    ['2021-2025', 'years-2021-2025'], ['giai đoạn 2021–2025', 'years-2021-2025'], ['5 năm 2026 - 2030', 'years-2026-2030'], ['years-2016-2020', 'years-2016-2020'],
    ['2025-2021', null], ['2015-2030', null], ['2025-2025', null],
  ] as const)('reads the span of a multi-year plan "%s" as %s', (text, code) => {
    expect(readPeriod(text)).toBe(code);
  });

  it('writes a multi-year span back, and gives each span ending in a year its own slot beside the periods within the year', () => {
    expect(formatPeriod('years-2021-2025', 'vi')).toBe('giai đoạn 2021–2025');
    expect(formatPeriod('years-2021-2025', 'en')).toBe('2021–2025');
    const slots = [...PERIOD_CODES, 'years-2021-2025', 'years-2016-2025', 'years-2024-2025'].map(periodSlot);
    expect(new Set(slots).size).toBe(slots.length);
    expect(Math.max(...slots)).toBeLessThan(PERIOD_SLOTS);
    expect([periodSlot('years-2021-2025'), periodSlot('month-03')].map(isInYearSlot)).toEqual([false, true]);
    expect(periodOfSlot(periodSlot('years-2021-2025'), 2025)).toBe('years-2021-2025');
    expect(periodOfSlot(periodSlot('to-month-06'), 2025)).toBe('to-month-06');
  });
});

