import { describe, expect, it } from 'vitest';
import { formColumn } from './form-columns';
import type { FormCell } from './form-cells';
import { additiveGuess, checkTotal, figureOf } from './form-totals';

const n = (value: number): FormCell => ({ kind: 'number', value });
const t = (value: string): FormCell => ({ kind: 'text', value });

describe('figureOf', () => {
  it.each<[FormCell | null, number | null]>([[n(3.5), 3.5], [t('1.234,5'), 1234.5], [t('1,862'), null], [t('Xã'), null], [null, null], [{ kind: 'date', value: '2025-01-01' }, null]])(
    '%j → %s',
    (cell, expected) => expect(figureOf(cell)).toBe(expected),
  );
});

describe('checkTotal', () => {
  const columns = [formColumn(0, ['Xã']), formColumn(1, ['Thu NSNN (tỷ đồng)', 'Thực hiện']), formColumn(2, ['Tỷ lệ hộ nghèo (%)']), formColumn(3, ['Thu NSNN (tỷ đồng)', 'So sánh (%)'])];
  it.each<[string, (FormCell | null)[], (FormCell | null)[][], [number, number, boolean, boolean][]]>([
    ['right', [t('Tổng cộng'), n(30.3), n(10), n(101)], [[t('A'), n(10.1), n(4), n(100)], [t('B'), n(20.2), n(6), n(102)]], [[30.3, 30.3, true, true], [10, 10, true, false], [101, 202, false, false]]],
    ['wrong by 1', [t('Tổng cộng'), n(31.3), null, null], [[t('A'), n(10.1), null, null], [t('B'), n(20.2), null, null]], [[31.3, 30.3, false, true]]],
    ['rounded total agrees', [t('Cộng'), n(30), null, null], [[t('A'), n(10.3), null, null], [t('B'), n(19.6), null, null]], [[30, 29.9, true, true]]],
    ['text figures', [t('Cộng'), t('1.234,5'), null, null], [[t('A'), t('1.000,0'), null, null], [t('B'), n(234.5), null, null]], [[1234.5, 1234.5, true, true]]],
    ['empty rows are not counted', [t('Cộng'), n(5), null, null], [[t('A'), n(5), null, null], [t('B'), null, null, null]], [[5, 5, true, true]]],
  ])('%s', (_name, total, rows, expected) => {
    expect(checkTotal(total, rows, columns).map((c) => [c.total, c.sum, c.agrees, c.additive])).toEqual(expected);
  });

  it.each<[string[], boolean]>([
    [['Thu NSNN (tỷ đồng)', 'Kế hoạch'], true],
    [['Dân số (người)'], true],
    [['Tỷ lệ hộ nghèo (%) - Kế hoạch'], false],
    [['Thu nhập bình quân (triệu đồng/người)'], false],
    [['Xã'], false],
    [['So sánh (%)'], false],
  ])('additiveGuess(%j) → %s', (segments, expected) => expect(additiveGuess(formColumn(0, segments))).toBe(expected));
});
