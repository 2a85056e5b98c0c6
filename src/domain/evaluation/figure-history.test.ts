import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HISTORY_LIMIT, historyAfter, historyLine, readHistory, writeHistory, type FigureRecord } from './figure-history';
import { FIGURE_KINDS } from './figure-kind';
import { parseObservationsCsv } from '../validation/parse-observations-csv';
import { buildDataset } from '../../testing/builders';
import { diffObservations } from '../upload/diff';
import type { Observation } from '../model';

describe('a history text', () => {
  it.each([
    ['', []],
    ['estimate 2715 2025-12-15', [{ actual: 2715, figureKind: 'estimate', asOf: '2025-12-15' }]],
    ['estimate 2715 2025-12-15; preliminary 2720.5 2026-01', [{ actual: 2715, figureKind: 'estimate', asOf: '2025-12-15' }, { actual: 2720.5, figureKind: 'preliminary', asOf: '2026-01' }]],
    ['- -0.4', [{ actual: -0.4 }]],
    ['estimate -', [{ actual: null, figureKind: 'estimate' }]],
  ] as const)('"%s" reads as its figures', (text, records) => {
    expect(readHistory(text)).toEqual(records);
  });

  it.each([
    ['ước 2715'], ['estimate 2.715,5'], ['estimate 2715 15/12/2025'], ['estimate 2715 2025-02-30'], ['estimate'], ['estimate 1 2025-12 extra'],
    ['estimate NaN'], ['estimate Infinity'], ['estimate 1e999'], [Array.from({ length: HISTORY_LIMIT + 1 }, () => 'estimate 1').join('; ')], ['estimate 1;'],
  ])('"%s" is refused', (text) => {
    expect(readHistory(text)).toBeNull();
  });

  it('round-trips any list of figures through write and read', () => {
    const record = fc.record(
      { actual: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), { nil: null }), figureKind: fc.constantFrom(...FIGURE_KINDS), asOf: fc.constantFrom('2025-12-15', '2026-03') },
      { requiredKeys: ['actual'] },
    );
    fc.assert(fc.property(fc.array(record, { maxLength: HISTORY_LIMIT }), (records: FigureRecord[]) => {
      const normal = records.map((r) => ({ ...r, actual: Object.is(r.actual, -0) ? 0 : r.actual }));
      expect(readHistory(writeHistory(normal))).toEqual(normal);
    }));
  });
});

describe('the history a figure gets when it replaces one', () => {
  const figure = (actual: number | null, figureKind?: Observation['figureKind'], asOf?: string, history?: string) =>
    ({ actual, ...(figureKind ? { figureKind } : {}), ...(asOf ? { asOf } : {}), ...(history ? { history } : {}) });

  it.each([
    ['an estimate replaced by the final', figure(2715, 'estimate', '2025-12-15'), figure(2731, 'final', '2026-03-20'), 'estimate 2715 2025-12-15'],
    ['the final confirming the estimate: the estimate was still a different figure', figure(2731, 'estimate', '2025-12-15'), figure(2731, 'final', '2026-03-20'), 'estimate 2731 2025-12-15'],
    ['a second estimate after a first', figure(2700, 'estimate', '2025-11-15', 'estimate 2650 2025-10-15'), figure(2715, 'estimate', '2025-12-15'), 'estimate 2650 2025-10-15; estimate 2700 2025-11-15'],
    ['the same figure sent again', figure(2715, 'estimate', '2025-12-15', 'estimate 2650 2025-10-15'), figure(2715, 'estimate', '2025-12-15'), 'estimate 2650 2025-10-15'],
    ['a plain figure corrected: no history', figure(70), figure(75.5), ''],
    ['a figure dated only', figure(70, undefined, '2025-12'), figure(75.5, 'final'), '- 70 2025-12'],
    ['no figure before: nothing to keep', figure(null, 'estimate', '2025-12-15'), figure(75.5, 'final'), ''],
    ['the file gives its own history', figure(2715, 'estimate', '2025-12-15'), figure(2731, 'final', '2026-03-20', 'preliminary 2720 2026-01'), 'preliminary 2720 2026-01'],
  ] as const)('%s', (_, before, after, history) => {
    expect(historyAfter(before, after)).toBe(history);
  });

  it(`keeps the latest ${HISTORY_LIMIT}`, () => {
    const long = writeHistory(Array.from({ length: HISTORY_LIMIT }, (_, i) => ({ actual: i, figureKind: 'estimate' as const })));
    const after = readHistory(historyAfter(figure(99, 'estimate', '2025-12', long), figure(100, 'final')))!;
    expect(after).toHaveLength(HISTORY_LIMIT);
    expect([after[0]!.actual, after.at(-1)!.actual]).toEqual([1, 99]);
  });

  it('is written as a person reads it, the current figure last', () => {
    const o = { ...figure(2731, 'final', '2026-03-20'), history: 'estimate 2715 2025-12-15' };
    expect(historyLine(o, 'tỷ đồng', 'vi')).toBe('ước 2.715 tỷ đồng (15/12/2025) → chính thức 2.731 tỷ đồng (20/03/2026)');
    expect(historyLine(o, 'billion VND', 'en')).toBe('estimate 2,715 billion VND (2025-12-15) → final 2,731 billion VND (2026-03-20)');
    expect(historyLine(figure(2731, 'final'), 'tỷ đồng', 'vi')).toBe('');
    expect(historyLine({ ...o, history: 'garbled' }, '', 'vi')).toBe('');
  });

  it('is kept by a commit: the object diff gives the final its estimate', () => {
    const base = { area: 'sin-ho', year: 2025, indicator: 'budget_revenue', plan: 2700, reportedPercent: null, unit: 'tỷ đồng', source: '', note: '' };
    const stored: Observation[] = [{ ...base, actual: 2715, figureKind: 'estimate', asOf: '2025-12-15' }];
    const { result, changed } = diffObservations(stored, [{ ...base, actual: 2731, figureKind: 'final', asOf: '2026-03-20' }], 'merge');
    expect(result.map((o) => [o.actual, o.history])).toEqual([[2731, 'estimate 2715 2025-12-15']]);
    expect(changed.map((c) => c.after.history)).toEqual(['estimate 2715 2025-12-15']);
  });
});

describe('a file with a history column', () => {
  const { areas, indicators } = buildDataset();
  const parse = (text: string) => parseObservationsCsv(text, { areas, indicators, numberLocale: 'auto' });

  it('keeps it, written canonically', () => {
    const result = parse('area,year,indicator,actual,figure_kind,as_of,history\nsin-ho,2021,budget_revenue,2731,final,2022-03-20,estimate 2715 2021-12-15;  preliminary 2720 2022-01\n');
    expect(result.ok && result.data.observations.map((o) => o.history)).toEqual(['estimate 2715 2021-12-15; preliminary 2720 2022-01']);
  });

  it('refuses one it cannot read, at the cell, with what it takes', () => {
    const result = parse('area,year,indicator,actual,history\nsin-ho,2021,budget_revenue,2731,ước 2.715 tháng 12\n');
    expect(!result.ok && result.issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([['invalid-history', 2, 'history', 'ước 2.715 tháng 12']]);
    expect(!result.ok && result.issues[0]!.message.vi).toContain('"estimate 2715 2025-12-15; preliminary 2720.5 2026-01"');
  });
});
