import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../dataset/dataset-index';
import { buildDataset, buildObservation } from '../../testing/builders';
import { givenPlan, templateSpec, titlePeriod, unitsInForce, type TemplateInput } from './template-form';
import { PERIOD_CODES } from '../periods/period-code';
import { formPeriodCode, periodOf } from '../workbook/form-period';

const index = createDatasetIndex(buildDataset({
  observations: [
    buildObservation({ area: 'tan-uyen', year: 2025, indicator: 'budget_revenue', plan: 50.5, actual: 60, reportedPercent: null, unit: 'tỷ đồng' }),
    // A plan derived from a printed % KH is not the province's plan: it stays empty.
    buildObservation({ area: 'sin-ho', year: 2025, indicator: 'budget_revenue', plan: null, actual: 60, reportedPercent: 120, unit: 'tỷ đồng' }),
  ],
}));

const input = (over: Partial<TemplateInput> = {}): TemplateInput => ({
  year: 2025,
  parent: { name: 'Tỉnh Lai Châu' },
  levelName: 'huyện, thành phố',
  units: unitsInForce(index, 'lai-chau', 2025),
  indicators: index.dataset.indicators,
  plan: givenPlan(index, 2025),
  ...over,
});

describe('templateSpec', () => {
  const spec = templateSpec(input());
  const texts = (row: number) => spec.rows[row]?.map((cell) => (cell?.type === 'text' ? cell.value : cell?.value ?? null));

  it('has the title with the year, the name row, then a two-row header and no column-number row', () => {
    expect(texts(0)).toEqual(['BIỂU NHẬP SỐ LIỆU CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2025']);
    expect(texts(1)?.[0]).toContain('Tỉnh Lai Châu');
    expect(spec.rows[2]).toEqual([]);
    expect(texts(3)).toEqual(['STT', 'Đơn vị', 'Thu ngân sách nhà nước trên địa bàn (tỷ đồng)', null, 'Tỷ lệ hộ nghèo (%)', null]);
    expect(texts(4)).toEqual([null, null, 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện']);
    expect(spec.rows[3]?.[2]).toMatchObject({ columnSpan: 2 });
    expect(spec.rows[3]?.[0]).toMatchObject({ rowSpan: 2 });
    expect(spec.frozenRows).toBe(5);
  });

  it('lists every unit in force with its STT, and the given plan filled in, nothing else', () => {
    const units = unitsInForce(index, 'lai-chau', 2025);
    expect(spec.rows).toHaveLength(5 + units.length);
    expect(spec.rows.slice(5).map((row) => row[0])).toEqual(units.map((_, k) => ({ type: 'number', value: k + 1, format: '0' })));
    const row = (name: string) => spec.rows.slice(5).find((r) => r[1]?.type === 'text' && r[1].value === name);
    expect(row('Tân Uyên')?.slice(2)).toEqual([{ type: 'number', value: 50.5, format: '#,##0.0' }, null, null, null]);
    expect(row('Sìn Hồ')?.slice(2)).toEqual([null, null, null, null]);
  });

  it.each([[[], 2], [[{ id: 'a', nameVi: '=cmd|x', unit: '' }], 4]])('writes any indicators as text headers (%j)', (indicators, width) => {
    const made = templateSpec(input({ indicators }));
    expect(made.widths).toHaveLength(width);
    if (indicators.length) expect(made.rows[3]?.[2]).toMatchObject({ type: 'text', value: '=cmd|x' });
  });

  it('an empty level still makes a form with its header', () => {
    expect(templateSpec(input({ units: [] })).rows).toHaveLength(5);
  });
});

describe('a form of a period within the year', () => {
  it.each(PERIOD_CODES.map((code) => [code]))('%s: the title names it as the upload reads it back', (code) => {
    const title = `BIỂU NHẬP SỐ LIỆU CHỈ TIÊU KINH TẾ - XÃ HỘI ${titlePeriod(code)}NĂM 2025`;
    const read = periodOf(title);
    expect(read?.year).toBe(2025);
    expect(formPeriodCode(read!.period)).toBe(code);
  });

  it('the year has no period words; the plan column of a period is the year\'s', () => {
    expect(titlePeriod('')).toBe('');
    expect(titlePeriod(undefined)).toBe('');
    const spec = templateSpec(input({ period: 'to-month-06' }));
    expect(spec.rows[0]?.[0]).toMatchObject({ value: 'BIỂU NHẬP SỐ LIỆU CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2025' });
    expect(spec.rows[4]?.slice(2, 4)).toEqual([expect.objectContaining({ value: 'Kế hoạch năm' }), expect.objectContaining({ value: 'Thực hiện' })]);
  });
});
