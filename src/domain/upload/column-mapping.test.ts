import { describe, expect, it } from 'vitest';
import { proposeMapping, splitFigureHeader } from './column-mapping';
import { buildDataset } from '../../testing/builders';

const { indicators } = buildDataset();

describe('splitFigureHeader', () => {
  it.each([
    ['Thu ngân sách KH', 'Thu ngân sách', 'plan'],
    ['Thu ngân sách TH', 'Thu ngân sách', 'actual'],
    ['GRDP_KH', 'GRDP', 'plan'],
    ['budget_revenue_actual', 'budget_revenue', 'actual'],
    ['Tỷ lệ hộ nghèo (% KH)', 'Tỷ lệ hộ nghèo', 'percent_of_plan'],
    ['Tỷ lệ hộ nghèo %KH', 'Tỷ lệ hộ nghèo', 'percent_of_plan'],
    ['Thu ngân sách Kế hoạch', 'Thu ngân sách', 'plan'],
  ])('%s → %s / %s', (header, name, field) => {
    expect(splitFigureHeader(header)).toEqual({ name, field });
  });

  it.each([['Năm'], ['Huyện'], ['KH'], ['Ghi chú']])('%s is not a figure column', (header) => {
    expect(splitFigureHeader(header)).toBeNull();
  });
});

describe('proposeMapping', () => {
  it('maps a long file by its aliases', () => {
    const proposal = proposeMapping(['Huyện', 'Năm', 'Chỉ tiêu', 'KH', 'TH', 'Lạ'], indicators);
    expect(proposal.layout).toBe('long');
    expect(proposal.targets.map((t) => (t.kind === 'field' ? t.field : t.kind))).toEqual(['area', 'year', 'indicator', 'plan', 'actual', 'ignore']);
  });

  it('maps a wide file to indicator figure pairs, matching short names to the catalog', () => {
    const proposal = proposeMapping(['Huyện', 'Năm', 'Thu ngân sách KH', 'Thu ngân sách TH', 'Tỷ lệ hộ nghèo TH', 'Dân số TH'], indicators);
    expect(proposal.layout).toBe('wide');
    expect(proposal.targets.slice(2)).toEqual([
      { kind: 'figure', indicator: 'budget_revenue', field: 'plan', label: 'Thu ngân sách' },
      { kind: 'figure', indicator: 'budget_revenue', field: 'actual', label: 'Thu ngân sách' },
      { kind: 'figure', indicator: 'poverty_rate', field: 'actual', label: 'Tỷ lệ hộ nghèo' },
      { kind: 'figure', indicator: null, field: 'actual', label: 'Dân số' },
    ]);
  });
});
