import { describe, expect, it } from 'vitest';
import { proposeMapping } from './column-mapping';
import { buildDataset } from '../../testing/builders';

const { indicators } = buildDataset();

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

  // A wide file's rate columns: "(%)" is the unit; only words that say % KH make a % KH column.
  it.each([
    [['Xã', 'Năm', 'Tỷ lệ hộ nghèo (%) - Kế hoạch', 'Tỷ lệ hộ nghèo (%) - Thực hiện'], ['plan', 'actual']],
    [['Xã', 'Năm', 'Tỷ lệ hộ nghèo (%) - KH', 'Tỷ lệ hộ nghèo (%) - TH', 'Tỷ lệ hộ nghèo (%) - So sánh'], ['plan', 'actual', 'percent_of_plan']],
    [['Xa', 'Nam', 'Ty le ho ngheo (%) KH', 'Ty le ho ngheo (%) TH', 'Ty le ho ngheo TH/KH (%)'], ['plan', 'actual', 'percent_of_plan']],
    [['Commune', 'Year', 'Poverty rate (%) - Plan', 'Poverty rate (%) - Actual', 'Poverty rate - % of plan'], ['plan', 'actual', 'percent_of_plan']],
    [['Đơn vị', 'Năm', 'Tỷ lệ hộ nghèo - Kế hoạch (%)', 'Tỷ lệ hộ nghèo - Tỷ lệ đạt (%)'], ['plan', 'percent_of_plan']],
  ])('%j maps its figures to %j', (header, fields) => {
    const proposal = proposeMapping(header, indicators);
    expect(proposal.layout).toBe('wide');
    expect(proposal.targets.slice(0, 2)).toEqual([{ kind: 'field', field: 'area' }, { kind: 'field', field: 'year' }]);
    expect(proposal.targets.slice(2).map((t) => (t.kind === 'figure' ? [t.indicator, t.field] : t.kind))).toEqual(fields.map((f) => ['poverty_rate', f]));
  });

  it.each([
    [['Huyện', 'Năm', 'Chỉ tiêu', 'Kế hoạch (%)', 'Thực hiện (%)'], ['plan', 'actual']],
    [['Huyện', 'Năm', 'Chỉ tiêu', 'KH 2025', 'Ước TH 2025', 'So sánh (%)'], ['plan', 'actual', 'percent_of_plan']],
    [['District', 'Year', 'Indicator', 'Plan (billion VND)', 'Actual (billion VND)', 'Achievement (%)'], ['plan', 'actual', 'percent_of_plan']],
  ])('a long file %j maps its figures to %j', (header, fields) => {
    const proposal = proposeMapping(header, indicators);
    expect(proposal.layout).toBe('long');
    expect(proposal.targets.slice(3).map((t) => (t.kind === 'field' ? t.field : t.kind))).toEqual(fields);
  });
});
