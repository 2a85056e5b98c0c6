import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../dataset/dataset-index';
import { DEFAULT_RULES, summarizeReview } from '../report/summary';
import { buildDataset, buildObservation } from '../../testing/builders';
import { reportFormTables, unitFormTable } from './office-form';

const index = createDatasetIndex(buildDataset({
  observations: [
    buildObservation({ area: 'tan-uyen', year: 2019, indicator: 'budget_revenue', plan: 50, actual: 64.2, reportedPercent: null, unit: 'tỷ đồng' }),
    buildObservation({ area: 'sin-ho', year: 2019, indicator: 'budget_revenue', plan: 40, actual: null, reportedPercent: null, unit: 'tỷ đồng' }),
  ],
}));
const review = summarizeReview(index, index.area('lai-chau')!, 2019, DEFAULT_RULES);

describe('the report in the office form', () => {
  it('a unit table: STT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | So sánh (%), figures as numbers, none empty', () => {
    const tanUyen = review.units.find((u) => u.area.id === 'tan-uyen')!;
    const table = unitFormTable(tanUyen, ['Năm: 2019']);
    expect(table.columns.map((c) => c.label)).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'So sánh (%)']);
    expect(table.rows.find((row) => row[1] === 'Thu ngân sách nhà nước trên địa bàn')).toEqual([expect.any(Number), 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', 50, 64.2, 128.4]);
    const sinHo = unitFormTable(review.units.find((u) => u.area.id === 'sin-ho')!, []);
    expect(sinHo.rows.find((row) => row[1] === 'Thu ngân sách nhà nước trên địa bàn')?.slice(3)).toEqual([40, null, null]);
  });

  it.each([[review.units.length + 2]])('the workbook: a summary, then a sheet a unit (%i sheets)', (sheets) => {
    const tables = reportFormTables(review, []);
    expect(tables).toHaveLength(sheets);
    expect(tables[0]?.name).toBe('Tổng hợp');
    expect(tables[0]?.rows[0]?.[1]).toBe('Lai Châu');
  });

  it('many units: one detail sheet with the unit after STT', () => {
    const many = { ...review, units: Array.from({ length: 70 }, () => review.units[0]!) };
    const tables = reportFormTables(many, []);
    expect(tables.map((t) => t.name)).toEqual(['Tổng hợp', 'Chi tiết']);
    expect(tables[1]?.columns.map((c) => c.label).slice(0, 3)).toEqual(['STT', 'Đơn vị', 'Chỉ tiêu']);
  });
});
