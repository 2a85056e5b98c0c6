import { describe, expect, it } from 'vitest';
import { checkPlanText, readPlanCell } from './plan-cells';
import { parseObservationsCsv } from './parse-observations-csv';
import { buildDataset } from '../../testing/builders';

const { areas, indicators } = buildDataset();
const parse = (text: string, numberLocale: 'vi' | 'en' | 'auto' = 'auto') => parseObservationsCsv(text, { areas, indicators, numberLocale });

describe('a plan cell as the province writes it', () => {
  it.each([
    ['8 - 8,5', 'vi', 'higher_is_better', { point: 8, text: '8 - 8,5' }],
    ['8 - 8,5', 'auto', 'higher_is_better', { point: 8, text: '8 - 8,5' }],
    ['2 - 3', 'vi', 'lower_is_better', { point: 3, text: '2 - 3' }],
    ['Dưới 12', 'vi', 'lower_is_better', { point: 12, text: 'Dưới 12' }],
    ['trên 57,5%', 'vi', 'higher_is_better', { point: 57.5, text: 'trên 57,5%' }],
    ['khoảng 9', 'en', 'higher_is_better', { point: 9, text: 'khoảng 9' }],
    ['8 - 8.5', 'en', 'higher_is_better', { point: 8, text: '8 - 8.5' }],
    // One number only is the number reader's: its errors (ambiguity, a typo) stand.
    ['1.862', 'auto', 'higher_is_better', null],
    ['9%', 'vi', 'higher_is_better', null],
    // Read two ways that disagree (8–9.500 or 8–9,5), in a file whose format is not known: none.
    ['8 - 9.500', 'auto', 'higher_is_better', null],
    ['chín', 'vi', 'higher_is_better', null],
  ] as const)('%s (%s, %s) → %o', (written, locale, direction, expected) => {
    expect(readPlanCell(written, locale, direction)).toEqual(expected);
  });
});

describe('the plan_text column beside the plan', () => {
  it.each([
    ['khoảng 51,5 triệu đồng', 51.5, 'en', { ok: true, point: 51.5, text: 'khoảng 51,5 triệu đồng' }],
    ['8 - 8,5%', NaN, 'en', { ok: true, point: 8, text: '8 - 8,5%' }],
    ['9', 9, 'vi', { ok: true, point: 9, text: '' }],
    ['9', NaN, 'vi', { ok: true, point: 9, text: '' }],
  ] as const)('%s beside %d (%s)', (written, plan, locale, expected) => {
    expect(checkPlanText(written, plan, locale, 'higher_is_better')).toEqual(expected);
  });

  it('names the point the text gives when the plan column names another, and why', () => {
    const result = checkPlanText('8 - 8,5%', 8.5, 'vi', 'higher_is_better');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.vi).toBe('Cột kế hoạch ghi 8,5 nhưng kế hoạch nguyên văn "8 - 8,5%" cho mức 8 (% KH tính so với mức thấp của KH 8–8,5). Cách sửa: ghi 8 ở cột kế hoạch, hoặc để trống cột đó.');
  });

  it.each([
    ['chín', /không đọc được thành kế hoạch/],
    ['9 - 8', /ghi mức cao trước/],
  ])('refuses %s with the fix', (written, message) => {
    const result = checkPlanText(written, NaN, 'vi', 'higher_is_better');
    expect(!result.ok && result.message.vi).toMatch(message);
  });
});

describe('a file with plans as written', () => {
  it('keeps the text and stores the point, from the plan column or the plan_text column', () => {
    const result = parse('Đơn vị;Năm;Chỉ tiêu;Kế hoạch;Thực hiện;Kế hoạch (nguyên văn)\nSìn Hồ;2021;Tỷ lệ hộ nghèo;Dưới 12;11,4;\nTân Uyên;2021;budget_revenue;;75,5;từ 70 trở lên\nPhong Thổ;2021;budget_revenue;80;82;\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.observations.map((o) => [o.area, o.plan, o.actual, o.planText])).toEqual([
      ['sin-ho', 12, 11.4, 'Dưới 12'],
      ['tan-uyen', 70, 75.5, 'từ 70 trở lên'],
      ['phong-tho', 80, 82, undefined],
    ]);
  });

  it('refuses a plan_text that is no plan, at its row and column, and says how to write one', () => {
    const result = parse('area,year,indicator,plan,actual,plan_text\nsin-ho,2021,budget_revenue,,75,chín\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([['invalid-plan_text', 2, 'plan_text', 'chín']]);
  });
});
