import { readFileSync } from 'node:fs';
import { read, utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { xlsxBlob } from '../src/components/export/xlsx-file';
import { createDatasetIndex } from '../src/domain/dataset/dataset-index';
import { parseDatasetFiles } from '../src/domain/dataset/dataset-io';
import { givenPlan, templateSpec, unitsInForce } from '../src/domain/spreadsheet/template-form';
import { analyzeParts } from '../src/domain/upload/analyze-parts';
import { partOf } from '../src/workers/workbook/upload-part';

/** "Tải biểu mẫu" → a commune fills it in Excel → the upload reads it back with no mapping at all. */
const data = (name: string) => readFileSync(`${process.cwd()}/data/${name}`, 'utf8');
const parsed = parseDatasetFiles({ areas: data('areas.csv'), indicators: data('indicators.csv'), observations: data('observations.csv') });
if (!parsed.ok) throw new Error('data/*.csv does not parse');
const index = createDatasetIndex(parsed.data);

describe('the commune template, filled in and uploaded', () => {
  it.each([['the year', ''], ['nine months (9 tháng đầu năm)', 'to-month-09'], ['March', 'month-03']] as const)('%s: reads back every unit and indicator with no mapping, the plan as given and the actuals as typed, of the form\'s period', async (_, period) => {
    const units = unitsInForce(index, 'lai-chau', 2025);
    expect(units).toHaveLength(38);
    const indicators = index.dataset.indicators.filter((i) => ['budget_revenue', 'poverty_rate'].includes(i.id));
    const spec = templateSpec({ year: 2025, period, parent: { name: 'Tỉnh Lai Châu' }, levelName: 'xã, phường', units, indicators, plan: givenPlan(index, 2025) });
    const book = read(new Uint8Array(await (await xlsxBlob([spec])).arrayBuffer()), { type: 'array', cellStyles: true });
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    // The commune types its figures: plan and actual of both indicators, on the first two units' rows (6 and 7).
    utils.sheet_add_aoa(sheet, [[12.5, 13, 20.1, 19.4], [8, 7.5, 30, 31.2]], { origin: 'C6' });
    const filled = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);

    const part = await partOf({ name: 'bieu-mau-2025.xlsx', bytes: filled }, {});
    const analysis = analyzeParts([part], { areas: index.dataset.areas, indicators: index.dataset.indicators, history: [] });
    expect(analysis.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(analysis.targets.filter((t) => t.kind === 'figure').map((t) => t.kind === 'figure' && `${t.indicator} ${t.field}`)).toEqual(['budget_revenue plan', 'budget_revenue actual', 'poverty_rate plan', 'poverty_rate actual']);
    const rows = analysis.table.toObservations();
    expect(rows.filter((r) => r.actual !== null)).toHaveLength(4);
    expect(rows.find((r) => r.area === units[0]?.id && r.indicator === 'poverty_rate')).toMatchObject({ year: 2025, plan: 20.1, actual: 19.4 });
    expect(rows.filter((r) => r.actual !== null).map((r) => r.period ?? '')).toEqual([period, period, period, period]);
    expect(rows.find((r) => r.area === units[1]?.id && r.indicator === 'budget_revenue')).toMatchObject({ plan: 8, actual: 7.5 });
  });
});
