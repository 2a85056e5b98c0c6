import { describe, expect, it } from 'vitest';
import { averageGrowth, multiYearProgress, readMultiYearPlan } from './multi-year';
import { formatPlan } from '../evaluation/plan-form';

describe('a multi-year target as the resolution writes it', () => {
  it.each([
    ['tăng bình quân 9–10%/năm', 'average-growth', '9–10%'],
    ['Tăng trưởng bình quân 8 - 8,5%/năm giai đoạn 2026-2030', 'average-growth', '8–8,5%'],
    ['bình quân 2.000 tỷ đồng mỗi năm', 'average', '2.000 tỷ đồng'],
    ['giảm bình quân 3 - 4%/năm', 'average', '3–4%'],
    ['trên 57,5% vào năm 2025', 'end-level', 'trên 57,5%'],
    ['đạt trên 57,5% (năm 2025)', 'end-level', 'trên 57,5%'],
    ['dưới 10% đến năm 2030', 'end-level', 'dưới 10%'],
    ['tổng 5 năm khoảng 60.000 tỷ đồng', 'total', 'khoảng 60.000 tỷ đồng'],
    ['average growth of 9.5% a year', 'average-growth', '9,5%'],
    ['above 57.5% by 2025', 'end-level', 'trên 57,5%'],
  ] as const)('"%s": %s, %s', (text, measure, plan) => {
    const reading = readMultiYearPlan(text, /^[\x20-\x7e]*$/.test(text) ? 'en' : 'vi');
    expect(reading.ok && [reading.measure, formatPlan(reading.form, 'vi', reading.unit ?? '')]).toEqual([measure, plan]);
  });

  it.each([[''], ['bình quân mỗi năm'], ['tăng nhanh và bền vững']])('"%s" is no target', (text) => {
    expect(readMultiYearPlan(text).ok).toBe(false);
  });
});

describe('progress toward it, year by year', () => {
  const growth = { first: 2021, last: 2025, form: { kind: 'range', low: 9, high: 10 }, measure: 'average-growth' } as const;
  const figures = (values: Record<number, number | null>) => Object.entries(values).map(([year, value]) => ({ year: Number(year), value }));

  it('the compound average of growth rates', () => {
    const m = averageGrowth([7, 9, 11]);
    expect(m.kind === 'value' && m.value).toBeCloseTo(8.987766211, 8);
    expect(averageGrowth([])).toEqual({ kind: 'none', reason: 'no-data' });
    expect(averageGrowth([-100])).toEqual({ kind: 'none', reason: 'no-data' });
  });

  it('an average growth so far, and what the years left must grow for the plan\'s floor', () => {
    const p = multiYearProgress(growth, 'higher_is_better', figures({ 2021: 7, 2022: 9, 2023: 11 }), 2023);
    expect(p.achieved.kind === 'value' && p.achieved.value).toBeCloseTo(8.987766211, 8);
    expect(p.neededPerYear.kind === 'value' && p.neededPerYear.value).toBeCloseTo(9.018353258, 8);
    expect([p.from, p.to, p.yearsLeft, p.final, p.status, p.missing]).toEqual([2021, 2023, 2, false, 'nearly-met', []]);
  });

  it('the plan\'s outcome once its years are over', () => {
    const p = multiYearProgress(growth, 'higher_is_better', figures({ 2021: 7, 2022: 9, 2023: 11, 2024: 10, 2025: 9.5 }), 2026);
    expect([p.to, p.final, p.status, p.yearsLeft, p.neededPerYear.kind]).toEqual([2025, true, 'met', 0, 'none']);
  });

  it('a year without a figure is named, never filled', () => {
    const p = multiYearProgress(growth, 'higher_is_better', figures({ 2021: 7, 2022: null, 2023: 11 }), 2023);
    expect([p.achieved, p.missing, p.status]).toEqual([{ kind: 'none', reason: 'incomplete' }, [2022], 'no-data']);
  });

  it('a level: the latest year\'s figure against the bound', () => {
    const forest = { first: 2021, last: 2025, form: { kind: 'at-least', value: 57.5, strict: true }, measure: 'end-level' } as const;
    const p = multiYearProgress(forest, 'higher_is_better', figures({ 2021: 50.5, 2022: 51, 2023: null, 2024: 56.2 }), 2025);
    expect([p.achieved, p.to, p.status, p.final, p.yearsLeft]).toEqual([{ kind: 'value', value: 56.2 }, 2024, 'nearly-met', false, 1]);
    const reached = multiYearProgress(forest, 'higher_is_better', figures({ 2025: 57.6 }), 2025);
    expect([reached.status, reached.final]).toEqual(['met', true]);
    expect(multiYearProgress(forest, 'higher_is_better', [], 2025).achieved).toEqual({ kind: 'none', reason: 'no-data' });
  });

  it('a total: the sum so far, judged only when the years are over, and what each year left must add', () => {
    const investment = { first: 2021, last: 2025, form: { kind: 'about', value: 60000 }, measure: 'total' } as const;
    const p = multiYearProgress(investment, 'higher_is_better', figures({ 2021: 11000, 2022: 12000, 2023: 13000 }), 2023);
    expect([p.achieved, p.status, p.neededPerYear]).toEqual([{ kind: 'value', value: 36000 }, 'no-data', { kind: 'value', value: 12000 }]);
    const over = multiYearProgress(investment, 'higher_is_better', figures({ 2021: 11000, 2022: 12000, 2023: 13000, 2024: 12500, 2025: 12000 }), 2025);
    expect([over.achieved, over.status]).toEqual([{ kind: 'value', value: 60500 }, 'met']);
  });

  it('a plain average: the mean so far and the yearly figure the rest must reach', () => {
    const average = { first: 2021, last: 2025, form: { kind: 'exact', value: 2000 }, measure: 'average' } as const;
    const p = multiYearProgress(average, 'higher_is_better', figures({ 2021: 1800, 2022: 1900 }), 2022);
    expect([p.achieved, p.neededPerYear]).toEqual([{ kind: 'value', value: 1850 }, { kind: 'value', value: 2100 }]);
  });

  it('before the plan\'s first year there is nothing to measure', () => {
    const p = multiYearProgress(growth, 'higher_is_better', figures({ 2020: 7 }), 2020);
    expect([p.achieved, p.status]).toEqual([{ kind: 'none', reason: 'no-data' }, 'no-data']);
  });
});
