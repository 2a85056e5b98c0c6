import { describe, expect, it } from 'vitest';
import { checkPercentColumn, headerLeaf, percentColumnVerdict, type PercentRow } from './percent-verdict';

describe('percentColumnVerdict', () => {
  it.each([
    'So sánh (%)', '% KH', '%KH', 'Tỷ lệ đạt (%)', 'Tỷ lệ đạt', 'Đạt % KH', 'Đạt (%)', '% so KH', 'TH/KH (%)', 'TH/KH',
    '% thực hiện so với kế hoạch', 'Thu ngân sách (tỷ đồng) › So sánh (%)', 'So sánh TH/KH (%)', 'Thực hiện so với kế hoạch (%)',
    'Tỷ lệ hoàn thành (%)', 'so sanh', 'Thu NSNN › % KH',
  ])('"%s" is % KH', (header) => {
    expect(percentColumnVerdict(header).percentOfPlan).toBe(true);
  });

  it.each([
    ['Tỷ lệ hộ nghèo (%) - Kế hoạch', 'kế hoạch'],
    ['Tỷ lệ hộ nghèo (%) › Thực hiện', 'thực hiện'],
    ['Tỷ lệ hộ nghèo (%)', '(%)'],
    ['Tỷ lệ che phủ rừng (%)', '(%)'],
    ['(%)', '(%)'],
    ['So sánh cùng kỳ (%)', 'kỳ trước'],
    ['% so với năm trước', 'kỳ trước'],
    ['Dân số', 'không nói'],
    ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'không nói'],
    ['Sở KH&ĐT', 'không nói'],
    ['Kế hoạch', 'kế hoạch'],
  ])('"%s" is not % KH (%s)', (header, why) => {
    const verdict = percentColumnVerdict(header);
    expect(verdict.percentOfPlan).toBe(false);
    expect(verdict.reason.vi).toContain(why);
    expect(verdict.reason.en).not.toBe('');
  });

  it.each([['A › B › Kế hoạch', 'Kế hoạch'], ['Tỷ lệ (%) - Thực hiện', 'Thực hiện'], ['Chỉ tiêu', 'Chỉ tiêu'], ['Tỷ lệ hộ nghèo-cận nghèo', 'Tỷ lệ hộ nghèo-cận nghèo']])(
    'headerLeaf(%s) → %s',
    (header, leaf) => expect(headerLeaf(header)).toBe(leaf),
  );
});

const rows = (triples: [number | null, number | null, number | null][]): PercentRow[] =>
  triples.map(([plan, actual, percent], i) => ({ row: 8 + i, plan, actual, percent }));

describe('checkPercentColumn', () => {
  it.each<[string, [number | null, number | null, number | null][], 'higher_is_better' | 'lower_is_better', number, number, boolean]>([
    ['agreeing', [[100, 92.5, 92.5], [200, 210, 105], [50, 50, 100]], 'higher_is_better', 3, 0, false],
    ['within a point of rounding', [[3, 2, 66.7], [3, 1, 33]], 'higher_is_better', 2, 0, false],
    ['a plan taken as % KH', [[24.53, 22.1, 24.53], [24.53, 20, 24.53], [30, 28, 30]], 'higher_is_better', 3, 3, true],
    ['half disagreeing is not refused', [[100, 90, 90], [100, 90, 50]], 'higher_is_better', 2, 1, false],
    ['lower is better: plan / actual', [[5, 4, 125], [5, 5, 100]], 'lower_is_better', 2, 0, false],
    ['lower is better read as higher', [[5, 4, 80], [4, 5, 125]], 'lower_is_better', 2, 2, true],
    ['rows without plan or % are not compared', [[null, 4, 80], [5, null, 100], [5, 4, null]], 'higher_is_better', 0, 0, false],
    ['zero plan is not compared', [[0, 4, 80]], 'higher_is_better', 0, 0, false],
  ])('%s', (_name, triples, direction, compared, disagreeing, refused) => {
    const check = checkPercentColumn(rows(triples), direction, 'Tỷ lệ hộ nghèo (%) - Kế hoạch');
    expect([check.compared, check.disagreeing.length, check.refused]).toEqual([compared, disagreeing, refused]);
    if (refused) {
      expect(check.reason?.vi).toContain('Tỷ lệ hộ nghèo (%) - Kế hoạch');
      expect(check.reason?.en).toContain('Map this column to Plan / Actual, or leave it out');
    } else expect(check.reason).toBeNull();
  });
});
