import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../dataset/dataset-index';
import type { Indicator, Observation } from '../model';
import { buildDataset, buildObservation } from '../../testing/builders';
import { REPORT_AREAS, REPORT_INDICATORS } from '../../testing/report-indicators';
import { inSentence, listOf, targetPhrase, targetRow, unitParagraph } from './phrasing';
import { summarizeUnit } from './summary';

const { budget, poverty, tea, income, grdp } = REPORT_INDICATORS;
const INDICATORS: Indicator[] = [budget, poverty, tea, income, grdp];
const AREAS = REPORT_AREAS;
const dataset = (observations: Observation[]) => buildDataset({ areas: AREAS, indicators: INDICATORS, observations });

const obs = (indicator: string, year: number, fields: Partial<Observation>) => buildObservation({ area: 'tan-uyen', indicator, year, ...fields });

function phrase(rows: Observation[], indicator: string, language: 'vi' | 'en' = 'vi', year = 2019) {
  const index = createDatasetIndex(dataset(rows));
  const summary = summarizeUnit(index, index.area('tan-uyen')!, year);
  const result = [...summary.targets, ...summary.others].find((t) => t.indicator.id === indicator);
  if (!result) throw new Error(`no ${indicator}`);
  return { text: targetPhrase(result, year, language), result, summary };
}

describe('one target in the reports’ idiom', () => {
  it.each([
    ['a given plan, far exceeded', [obs('new_tea_area', 2019, { plan: 150, actual: 195.5 })], 'new_tea_area', 'diện tích trồng chè mới 195,5/150 ha, đạt 130,3% KH', 'new tea planting area 195.5/150 ha, reached 130.3% of plan'],
    ['a printed % KH only (no actual)', [obs('budget_revenue', 2019, { reportedPercent: 203 })], 'budget_revenue', 'thu ngân sách nhà nước trên địa bàn đạt 203% KH', 'state budget revenue on the territory reached 203% of plan'],
    ['a derived plan is marked', [obs('budget_revenue', 2019, { actual: 64.2, reportedPercent: 119.4 })], 'budget_revenue', 'thu ngân sách nhà nước trên địa bàn 64,2 tỷ đồng, đạt 119,4% KH (KH suy ra ≈ 53,77 tỷ đồng)', 'state budget revenue on the territory 64.2 billion VND, reached 119.4% of plan (implied plan ≈ 53.77 billion VND)'],
    ['a plan written as a range: the plan as written, the % KH against its stated end', [obs('grdp_growth', 2019, { plan: 8, actual: 8.3, planText: '8 - 8,5%' })], 'grdp_growth', 'tốc độ tăng trưởng GRDP 8,3% (KH 8–8,5%), đạt 103,8% so với mức thấp của KH 8–8,5', 'GRDP growth rate 8.3% (plan 8–8.5%), reached 103.8% of the low end of the plan 8–8.5'],
    ['a plan written as "khoảng", not yet reported', [obs('grdp_growth', 2019, { plan: 9, planText: 'khoảng 9%' })], 'grdp_growth', 'tốc độ tăng trưởng GRDP (KH khoảng 9%)', 'GRDP growth rate (plan about 9%)'],
    ['an estimate, with its date', [obs('budget_revenue', 2019, { plan: 60, actual: 64.2, figureKind: 'estimate', asOf: '2019-12-15' })], 'budget_revenue', 'thu ngân sách nhà nước trên địa bàn ước thực hiện cả năm đạt 64,2/60 tỷ đồng, đạt 107% KH (ước · 15/12/2019)', 'state budget revenue on the territory estimated for the year at 64.2/60 billion VND, reached 107% of plan (estimate · 2019-12-15)'],
    ['equal to plan', [obs('budget_revenue', 2019, { plan: 100, actual: 100 })], 'budget_revenue', 'thu ngân sách nhà nước trên địa bàn 100/100 tỷ đồng, đạt 100% KH', 'state budget revenue on the territory 100/100 billion VND, reached 100% of plan'],
    ['a rate that should fall, with last year: from … to …', [obs('poverty_rate', 2018, { actual: 30.32 }), obs('poverty_rate', 2019, { actual: 25.64 })], 'poverty_rate', 'tỷ lệ hộ nghèo giảm từ 30,32% xuống còn 25,64%', 'poverty rate fell from 30.32% to 25.64%'],
    ['a rate that should fall, without last year: còn', [obs('poverty_rate', 2019, { actual: 0.65, reportedPercent: 200 })], 'poverty_rate', 'tỷ lệ hộ nghèo còn 0,65%, đạt 200% KH (KH suy ra ≈ 1,3%)', 'poverty rate at 0.65%, reached 200% of plan (implied plan ≈ 1.3%)'],
    ['a rate that should fall but rose: no "còn", the rise said', [obs('poverty_rate', 2018, { actual: 0.65 }), obs('poverty_rate', 2019, { actual: 1.35, plan: 1.43 })], 'poverty_rate', 'tỷ lệ hộ nghèo 1,35% (KH 1,43%), đạt 105,9% KH, tăng 0,7 điểm % so với năm 2018', 'poverty rate 1.35% (plan 1.43%), reached 105.9% of plan, up 0.7 percentage points on 2018'],
    ['change up on last year', [obs('income_per_capita', 2018, { actual: 23 }), obs('income_per_capita', 2019, { actual: 25.1 })], 'income_per_capita', 'thu nhập bình quân đầu người 25,1 triệu đồng/người, tăng 2,1 triệu đồng/người so với năm 2018', 'income per capita 25.1 million VND per person, up 2.1 million VND per person on 2018'],
    ['change down on last year', [obs('income_per_capita', 2018, { actual: 26 }), obs('income_per_capita', 2019, { actual: 25.1 })], 'income_per_capita', 'thu nhập bình quân đầu người 25,1 triệu đồng/người, giảm 0,9 triệu đồng/người so với năm 2018', 'income per capita 25.1 million VND per person, down 0.9 million VND per person on 2018'],
    ['no change on last year', [obs('income_per_capita', 2018, { actual: 25.1 }), obs('income_per_capita', 2019, { actual: 25.1 })], 'income_per_capita', 'thu nhập bình quân đầu người 25,1 triệu đồng/người, bằng năm 2018', 'income per capita 25.1 million VND per person, unchanged on 2018'],
    ['a plan and no actual: the plan, no "0"', [obs('new_tea_area', 2019, { plan: 150 })], 'new_tea_area', 'diện tích trồng chè mới (KH 150 ha)', 'new tea planting area (plan 150 ha)'],
    ['no plan: the figure alone', [obs('income_per_capita', 2019, { actual: 33 })], 'income_per_capita', 'thu nhập bình quân đầu người 33 triệu đồng/người', 'income per capita 33 million VND per person'],
    ['a % unit with a given plan reads "(KH …)"', [obs('grdp_growth', 2019, { plan: 17.23, actual: 24.88 })], 'grdp_growth', 'tốc độ tăng trưởng GRDP 24,88% (KH 17,23%), đạt 144,4% KH', 'GRDP growth rate 24.88% (plan 17.23%), reached 144.4% of plan'],
    ['missed', [obs('new_tea_area', 2019, { plan: 150, actual: 120 })], 'new_tea_area', 'diện tích trồng chè mới 120/150 ha, đạt 80% KH', 'new tea planting area 120/150 ha, reached 80% of plan'],
  ])('%s', (_, rows, indicator, vi, en) => {
    expect(phrase(rows, indicator, 'vi').text).toBe(vi);
    expect(phrase(rows, indicator, 'en').text).toBe(en);
  });

  it('never writes NaN, Infinity or a 0 for a missing value', () => {
    const { text } = phrase([obs('budget_revenue', 2019, { plan: 0, actual: 5 })], 'budget_revenue');
    expect(text).toBe('thu ngân sách nhà nước trên địa bàn 5/0 tỷ đồng');
    expect(text).not.toMatch(/NaN|Infinity|∞/);
  });
});

describe('the N/M count and the paragraph', () => {
  const rows = [
    obs('new_tea_area', 2019, { plan: 150, actual: 195.5 }),
    obs('budget_revenue', 2019, { actual: 64.2, reportedPercent: 119.4 }),
    obs('grdp_growth', 2019, { plan: 7, actual: 6 }),
    obs('poverty_rate', 2019, { plan: 20 }),
    obs('income_per_capita', 2019, { actual: 33 }),
  ];
  const index = createDatasetIndex(dataset(rows));
  const area = index.area('tan-uyen')!;

  it('by default every indicator with a plan is a main target; the others are other results', () => {
    const summary = summarizeUnit(index, area, 2019);
    expect(summary.targets.map((t) => [t.indicator.id, t.outcome])).toEqual([['budget_revenue', 'exceeded'], ['poverty_rate', 'no-result'], ['new_tea_area', 'far-exceeded'], ['grdp_growth', 'missed']]);
    expect(summary.achieved).toBe(2);
    expect(summary.others.map((t) => t.indicator.id)).toEqual(['income_per_capita']);
    expect(unitParagraph(summary, 'vi')).toBe(
      'Huyện Tân Uyên năm 2019: 2/4 chỉ tiêu có kế hoạch đạt và vượt kế hoạch, trong đó chỉ tiêu vượt cao so với kế hoạch là diện tích trồng chè mới 195,5/150 ha, đạt 130,3% KH. ' +
        'Các chỉ tiêu khác đạt và vượt: thu ngân sách nhà nước trên địa bàn 64,2 tỷ đồng, đạt 119,4% KH (KH suy ra ≈ 53,77 tỷ đồng). ' +
        'Chưa đạt kế hoạch: tốc độ tăng trưởng GRDP 6% (KH 7%), đạt 85,7% KH. ' +
        'Chưa có số liệu thực hiện: tỷ lệ hộ nghèo (KH 20%). ' +
        'Kết quả khác (không có kế hoạch): thu nhập bình quân đầu người 33 triệu đồng/người.',
    );
  });

  it('the far-exceeded threshold is data: at 200 % nothing is far exceeded here', () => {
    const summary = summarizeUnit(index, area, 2019, { farExceededPercent: 200, mainLists: [] });
    expect(summary.farExceeded).toEqual([]);
    expect(unitParagraph(summary, 'en')).toMatch(/^Tân Uyên district in 2019: 2\/4 planned targets met or exceeded\. In detail: /);
  });

  it('all achieved reads "đều đạt và vượt"; nothing at all reads "chưa có số liệu"', () => {
    const one = createDatasetIndex(dataset([obs('new_tea_area', 2019, { plan: 150, actual: 150 })]));
    expect(unitParagraph(summarizeUnit(one, one.area('tan-uyen')!, 2019), 'vi')).toBe('Huyện Tân Uyên năm 2019: 1/1 chỉ tiêu có kế hoạch đều đạt và vượt kế hoạch. Cụ thể: diện tích trồng chè mới 150/150 ha, đạt 100% KH.');
    expect(unitParagraph(summarizeUnit(one, one.area('tam-duong')!, 2019), 'vi')).toBe('Huyện Tam Đường: chưa có số liệu năm 2019.');
  });

  it('the table row carries the same figures as the text', () => {
    const summary = summarizeUnit(index, area, 2019);
    expect(summary.targets.map((t) => targetRow(t, 'vi'))).toEqual([
      { indicator: 'Thu ngân sách nhà nước trên địa bàn', unit: 'tỷ đồng', plan: '≈ 53,77', actual: '64,2', percent: '119,4%', assessment: 'Vượt' },
      { indicator: 'Tỷ lệ hộ nghèo', unit: '%', plan: '20', actual: 'chưa có số thực hiện', percent: 'không tính được', assessment: 'Chưa có số liệu' },
      { indicator: 'Diện tích trồng chè mới', unit: 'ha', plan: '150', actual: '195,5', percent: '130,3%', assessment: 'Vượt cao' },
      { indicator: 'Tốc độ tăng trưởng GRDP', unit: '%', plan: '7', actual: '6', percent: '85,7%', assessment: 'Chưa đạt' },
    ]);
  });
});

describe('small words', () => {
  it.each([
    ['Thu ngân sách', 'thu ngân sách'],
    ['GRDP bình quân đầu người', 'GRDP bình quân đầu người'],
    ['Đào tạo nghề', 'đào tạo nghề'],
    ['A', 'a'],
  ])('%s in a sentence: %s', (name, expected) => expect(inSentence(name)).toBe(expected));

  it.each([
    [[], 'vi', ''],
    [['a'], 'vi', 'a'],
    [['a', 'b'], 'vi', 'a và b'],
    [['a', 'b', 'c'], 'en', 'a, b and c'],
  ] as const)('list %j (%s)', (items, language, expected) => expect(listOf(items, language)).toBe(expected));
});
