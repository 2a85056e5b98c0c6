import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../domain/dataset/dataset-index';
import { buildDataset, buildObservation } from '../../testing/builders';
import { presenters } from '../../lib/language/presenters';
import { translate } from '../../lib/language/use-language';
import { dataRows } from './data-rows';
import { dataSheetTable } from './data-sheet';

const index = createDatasetIndex(buildDataset({
  observations: [
    buildObservation({ area: 'tan-uyen', year: 2019, indicator: 'budget_revenue', plan: 50, actual: 64.25, reportedPercent: null, unit: 'tỷ đồng', source: '=HYPERLINK("x")', note: '' }),
    buildObservation({ area: 'sin-ho', year: 2019, indicator: 'budget_revenue', plan: null, actual: null, reportedPercent: null, unit: 'tỷ đồng', source: 's', note: 'chưa báo cáo' }),
  ],
}));

describe('dataSheetTable', () => {
  it.each(['vi', 'en'] as const)('%s: names, the unit in a column, figures as numbers, no value null, text as written', (language) => {
    const table = dataSheetTable(dataRows(index, {}, 'area', 'desc', language), translate(language), presenters(language), 'Bảng số liệu', ['Năm: 2019']);
    expect(table.columns.map((c) => c.kind)).toEqual(['text', 'number', 'text', 'text', 'number', 'text', 'number', 'number', 'text', 'text', 'text', 'text']);
    expect(table.rows).toHaveLength(2);
    // A plain plan has no words beside its number: the "as written" cell is empty.
    expect(table.rows[0]?.slice(0, 8)).toEqual(['Tân Uyên', 2019, language === 'vi' ? 'Thu ngân sách nhà nước trên địa bàn' : expect.any(String), expect.any(String), 50, null, 64.25, 128.5]);
    expect(table.rows[0]?.[9]).toBe('=HYPERLINK("x")');
    expect(table.rows[1]?.slice(4, 8)).toEqual([null, null, null, null]);
    expect(table.rows[1]?.[10]).toBe('chưa báo cáo');
  });
});
