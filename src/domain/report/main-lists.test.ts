import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../dataset/dataset-index';
import type { MainList } from '../main-targets';
import type { Indicator, Observation } from '../model';
import { buildDataset, buildObservation } from '../../testing/builders';
import { REPORT_AREAS, REPORT_INDICATORS } from '../../testing/report-indicators';
import { targetRow, unitParagraph } from './phrasing';
import { summarizeUnit } from './summary';

/** A resolution's list of main targets (main-targets.csv) against the default (every indicator with a plan). */
const { budget, poverty, tea, jobs, grdp } = REPORT_INDICATORS;
const INDICATORS: Indicator[] = [budget, poverty, tea, jobs, grdp];
const AREAS = REPORT_AREAS;
const obs = (indicator: string, fields: Partial<Observation>) => buildObservation({ area: 'tan-uyen', indicator, year: 2019, ...fields });
const index = createDatasetIndex(buildDataset({ areas: AREAS, indicators: INDICATORS, observations: [
  obs('new_tea_area', { plan: 150, actual: 195.5 }),
  obs('grdp_growth', { plan: 7, actual: 6 }),
  obs('poverty_rate', { plan: 20 }),
  obs('budget_revenue', { plan: 100 }),
] }));
const list = (indicators: string[], scope: MainList['scope'], source = 'Nghị quyết 01/NQ-HĐND'): MainList[] => [{ area: 'tan-uyen', year: 2019, indicators, scope, source }];
const paragraph = (lists: MainList[], language: 'vi' | 'en') => unitParagraph(summarizeUnit(index, index.area('tan-uyen')!, 2019, { farExceededPercent: 120, mainLists: lists }), language);

describe('the main targets: a resolution’s list or the default', () => {
  it.each<[string, MainList[], string, string]>([
    [
      'no list: every indicator with a plan, "có kế hoạch"',
      [],
      'Huyện Tân Uyên năm 2019: 1/4 chỉ tiêu có kế hoạch đạt và vượt kế hoạch, trong đó chỉ tiêu vượt cao so với kế hoạch là diện tích trồng chè mới 195,5/150 ha, đạt 130,3% KH. Chưa đạt kế hoạch: tốc độ tăng trưởng GRDP 6% (KH 7%), đạt 85,7% KH. Chưa có số liệu thực hiện: thu ngân sách nhà nước trên địa bàn (KH 100 tỷ đồng); tỷ lệ hộ nghèo (KH 20%).',
      'Tân Uyên district in 2019: 1/4 planned targets met or exceeded; far exceeded: new tea planting area 195.5/150 ha, reached 130.3% of plan. Missed: GRDP growth rate 6% (plan 7%), reached 85.7% of plan. No result yet: state budget revenue on the territory (plan 100 billion VND); poverty rate (plan 20%).',
    ],
    [
      'a complete list: "chủ yếu" with its source; a listed target without any row counts in M; the unlisted are other results',
      list(['new_tea_area', 'jobs_created'], 'complete'),
      'Huyện Tân Uyên năm 2019: 1/2 chỉ tiêu chủ yếu nêu tại Nghị quyết 01/NQ-HĐND đạt và vượt kế hoạch, trong đó chỉ tiêu vượt cao so với kế hoạch là diện tích trồng chè mới 195,5/150 ha, đạt 130,3% KH. Chưa có số liệu thực hiện: giải quyết việc làm mới. Kết quả khác (ngoài danh mục chỉ tiêu chủ yếu): tốc độ tăng trưởng GRDP 6% (KH 7%), đạt 85,7% KH.',
      'Tân Uyên district in 2019: 1/2 main targets named in Nghị quyết 01/NQ-HĐND met or exceeded; far exceeded: new tea planting area 195.5/150 ha, reached 130.3% of plan. No result yet: new jobs created. Other results (not on the list of main targets): GRDP growth rate 6% (plan 7%), reached 85.7% of plan.',
    ],
    [
      'a partial list says it is one ("một số chỉ tiêu") and that the others are not in the data',
      list(['new_tea_area', 'grdp_growth'], 'partial', 'Chỉ thị 477/CT-UBND'),
      'Huyện Tân Uyên năm 2019: 1/2 chỉ tiêu chủ yếu nêu tại Chỉ thị 477/CT-UBND (một số chỉ tiêu) đạt và vượt kế hoạch, trong đó chỉ tiêu vượt cao so với kế hoạch là diện tích trồng chè mới 195,5/150 ha, đạt 130,3% KH. Chưa đạt kế hoạch: tốc độ tăng trưởng GRDP 6% (KH 7%), đạt 85,7% KH. Văn bản chỉ nêu một số chỉ tiêu chủ yếu; các chỉ tiêu chủ yếu khác chưa có trong dữ liệu.',
      'Tân Uyên district in 2019: 1/2 main targets named in Chỉ thị 477/CT-UBND (some of the main targets) met or exceeded; far exceeded: new tea planting area 195.5/150 ha, reached 130.3% of plan. Missed: GRDP growth rate 6% (plan 7%), reached 85.7% of plan. The document names only some of the main targets; the others are not in the data.',
    ],
    [
      'a list with no result yet (the province in 2024): said of the whole list, never "0/M đạt"',
      list(['budget_revenue', 'poverty_rate', 'jobs_created'], 'partial', 'Chỉ thị 477/CT-UBND'),
      'Huyện Tân Uyên năm 2019: 3 chỉ tiêu chủ yếu nêu tại Chỉ thị 477/CT-UBND (một số chỉ tiêu) đều chưa có số liệu thực hiện: thu ngân sách nhà nước trên địa bàn (KH 100 tỷ đồng); tỷ lệ hộ nghèo (KH 20%); giải quyết việc làm mới. Kết quả khác (ngoài danh mục chỉ tiêu chủ yếu): diện tích trồng chè mới 195,5/150 ha, đạt 130,3% KH; tốc độ tăng trưởng GRDP 6% (KH 7%), đạt 85,7% KH. Văn bản chỉ nêu một số chỉ tiêu chủ yếu; các chỉ tiêu chủ yếu khác chưa có trong dữ liệu.',
      'Tân Uyên district in 2019: 3 main targets named in Chỉ thị 477/CT-UBND (some of the main targets), none with a result yet: state budget revenue on the territory (plan 100 billion VND); poverty rate (plan 20%); new jobs created. Other results (not on the list of main targets): new tea planting area 195.5/150 ha, reached 130.3% of plan; GRDP growth rate 6% (plan 7%), reached 85.7% of plan. The document names only some of the main targets; the others are not in the data.',
    ],
  ])('%s', (_, lists, vi, en) => {
    expect(paragraph(lists, 'vi')).toBe(vi);
    expect(paragraph(lists, 'en')).toBe(en);
  });

  it('a listed target without data is "chưa có số liệu" in the table, never 0; the rows follow the list’s order', () => {
    const summary = summarizeUnit(index, index.area('tan-uyen')!, 2019, { farExceededPercent: 120, mainLists: list(['jobs_created', 'budget_revenue'], 'partial') });
    expect(summary.origin).toEqual({ kind: 'listed', source: 'Nghị quyết 01/NQ-HĐND', scope: 'partial' });
    expect(summary.targets.map((t) => targetRow(t, 'vi'))).toEqual([
      { indicator: 'Giải quyết việc làm mới', unit: 'người', plan: 'chưa có kế hoạch', actual: 'chưa có số thực hiện', percent: 'không tính được', assessment: 'Chưa có số liệu' },
      { indicator: 'Thu ngân sách nhà nước trên địa bàn', unit: 'tỷ đồng', plan: '100', actual: 'chưa có số thực hiện', percent: 'không tính được', assessment: 'Chưa có số liệu' },
    ]);
  });

  it('a list for another unit or year leaves this one on the default', () => {
    const elsewhere: MainList[] = [{ area: 'tam-duong', year: 2019, indicators: ['jobs_created'], scope: 'complete', source: 's' }, { area: 'tan-uyen', year: 2020, indicators: ['jobs_created'], scope: 'complete', source: 's' }];
    expect(summarizeUnit(index, index.area('tan-uyen')!, 2019, { farExceededPercent: 120, mainLists: elsewhere }).origin).toEqual({ kind: 'default' });
  });
});

describe('a listed target with a figure but no plan', () => {
  it('is said to have no plan to assess against, not "no result"', () => {
    const withIncome = createDatasetIndex(buildDataset({ areas: AREAS, indicators: [...INDICATORS, REPORT_INDICATORS.income], observations: [obs('new_tea_area', { plan: 150, actual: 195.5 }), obs('income_per_capita', { actual: 33 })] }));
    const summary = summarizeUnit(withIncome, withIncome.area('tan-uyen')!, 2019, { farExceededPercent: 120, mainLists: list(['new_tea_area', 'income_per_capita'], 'complete') });
    expect(unitParagraph(summary, 'vi')).toBe('Huyện Tân Uyên năm 2019: 1/2 chỉ tiêu chủ yếu nêu tại Nghị quyết 01/NQ-HĐND đạt và vượt kế hoạch, trong đó chỉ tiêu vượt cao so với kế hoạch là diện tích trồng chè mới 195,5/150 ha, đạt 130,3% KH. Chưa có kế hoạch để đánh giá: thu nhập bình quân đầu người 33 triệu đồng/người.');
    expect(unitParagraph(summary, 'en')).toMatch(/ No plan to assess against: income per capita 33 million VND per person\.$/);
    // The table says the same: the figure, no plan, and why it is not assessed (never "no data").
    expect(targetRow(summary.targets[1]!, 'vi')).toEqual({ indicator: 'Thu nhập bình quân đầu người', unit: 'triệu đồng/người', plan: 'chưa có kế hoạch', actual: '33', percent: 'không tính được', assessment: 'Chưa có kế hoạch để đánh giá' });
    expect(targetRow(summary.targets[1]!, 'en').assessment).toBe('No plan to assess against');
  });
});
