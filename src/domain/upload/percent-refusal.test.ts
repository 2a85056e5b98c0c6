import { describe, expect, it } from 'vitest';
import { analyzeUpload, analyzeUploadWhole } from './analyze-upload';
import { buildDataset } from '../../testing/builders';

const catalog = buildDataset();
const bytes = (text: string) => new TextEncoder().encode(text);
const AREAS = ['Sìn Hồ', 'Tam Đường', 'Phong Thổ', 'Mường Tè'];
/** One row per area: plan, actual and what the % KH column prints for them. */
const rows = (figures: [number, number, number][]) => figures.map(([plan, actual, percent], i) => [AREAS[i], 2021, plan, actual, percent].join(','));

describe('a % KH column that disagrees with its own plan and actual', () => {
  // Lower-is-better (poverty): % KH = plan / actual; higher-is-better (budget): actual / plan.
  it.each([
    ['the plan printed as % KH (poverty)', 'Tỷ lệ hộ nghèo', [[24.53, 22, 24.53], [24.53, 20, 24.53], [24.53, 25, 24.53]], true],
    ['the actual printed as % KH (budget)', 'Thu ngân sách', [[120, 90, 90], [200, 210, 210], [50, 55, 55]], true],
    ['actual/plan on a lower-is-better indicator', 'Tỷ lệ hộ nghèo', [[20, 25, 125], [20, 10, 50], [20, 16, 80]], true],
    ['a right % KH (poverty: plan / actual)', 'Tỷ lệ hộ nghèo', [[20, 25, 80], [20, 10, 200], [20, 16, 125]], false],
    ['a right % KH (budget: actual / plan)', 'Thu ngân sách', [[100, 90, 90], [200, 210, 105], [50, 55, 110]], false],
    ['half the rows off: warnings, not a refusal', 'Thu ngân sách', [[100, 90, 90], [200, 210, 105], [50, 55, 55], [10, 20, 20]], false],
  ] as const)('%s', (_, indicator, figures, refused) => {
    const file = [`Huyện,Năm,${indicator} KH,${indicator} TH,${indicator} % KH`, ...rows(figures.map((f) => [...f])), ''].join('\n');
    const analysis = analyzeUpload(bytes(file), catalog);
    expect(analysis.layout).toBe('wide');
    const refusal = analysis.issues.find((i) => i.code === 'percent-column-refused');
    if (!refused) {
      expect(refusal).toBeUndefined();
      expect(analysis.observations).toHaveLength(figures.length);
      return;
    }
    expect(analysis.observations).toEqual([]);
    expect(refusal).toMatchObject({ severity: 'error', row: 1, column: `${indicator} % KH` });
    expect(refusal?.message.vi).toContain(`${figures.length}/${figures.length} dòng`);
    expect(refusal?.message.vi).toContain('Ví dụ dòng 2');
    expect(refusal?.message.vi).toContain('Kế hoạch / Thực hiện, hoặc bỏ qua cột');
    expect(refusal?.message.en).toContain('Map this column to Plan / Actual, or leave it out');
  });

  it.each([['stream', analyzeUpload], ['whole', analyzeUploadWhole]] as const)('refuses the mapping of a long file too (%s reader)', (_, analyze) => {
    const file = 'area,year,indicator,plan,actual,percent_of_plan\nSìn Hồ,2021,budget_revenue,100,90,100\nTam Đường,2021,budget_revenue,200,210,200\nPhong Thổ,2021,budget_revenue,50,40,80\n';
    const analysis = analyze(bytes(file), catalog);
    expect(analysis.observations).toEqual([]);
    expect(analysis.issues[0]).toMatchObject({ code: 'percent-column-refused', column: 'percent_of_plan', value: '100' });
    expect(analysis.issues[0]?.message.en).toContain('2 of 3 rows');
    expect(analysis.issues[0]?.message.en).toContain('row 2: plan 100, actual 90, the column says 100% but they give 90%');
  });
});
