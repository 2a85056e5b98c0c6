import { describe, expect, it } from 'vitest';
import { readForm, type FormIssue, type FormReading } from './read-form';
import { grid } from './testing/grid-builder';
import { COMMUNES, longForm, wideForm } from './testing/forms';

const read = (g: Parameters<typeof readForm>[0], options?: Parameters<typeof readForm>[1]): { reading: FormReading; warnings: FormIssue[] } => {
  const result = readForm(g, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { reading: result.data, warnings: result.warnings as FormIssue[] };
};

describe('readForm: a wide form of 38 communes', () => {
  const { reading, warnings } = read(wideForm());

  it('finds the two-row header under the title block and skips the column-number row', () => {
    expect([reading.headerRow.value, reading.headerRow.depth, reading.headerRow.columnNumberRow, reading.headerRow.source]).toEqual([6, 2, 8, 'guess']);
    expect(reading.headerRow.reason.vi).toContain('hàng 6');
    expect(reading.header).toEqual([
      'STT', 'Xã, phường',
      'Thu ngân sách nhà nước trên địa bàn (tỷ đồng) › Kế hoạch', 'Thu ngân sách nhà nước trên địa bàn (tỷ đồng) › Thực hiện', 'Thu ngân sách nhà nước trên địa bàn (tỷ đồng) › So sánh (%)',
      'Tỷ lệ hộ nghèo (%) › Kế hoạch', 'Tỷ lệ hộ nghèo (%) › Thực hiện', 'Tỷ lệ hộ nghèo (%) › So sánh (%)', 'Ghi chú',
    ]);
    expect(reading.columns.map((c) => c.role)).toEqual(['row-number', 'area', 'plan', 'actual', 'percent_of_plan', 'plan', 'actual', 'percent_of_plan', 'note']);
  });

  it('takes the year from the title, not the signing date, and says where', () => {
    expect(reading.period?.value).toEqual({ year: 2025, period: { kind: 'year' } });
    expect([reading.period?.cell, reading.period?.source]).toEqual(['Biểu 01!A4', 'guess']);
    expect(reading.period?.text).toContain('NĂM 2025');
  });

  it('is wide, with its indicator groups, unit column and note column', () => {
    expect(reading.shape).toBe('wide');
    expect(reading.unitColumn?.value).toBe(1);
    expect(reading.noteColumn).toBe(8);
    expect(reading.groups).toEqual([
      { indicator: 'Thu ngân sách nhà nước trên địa bàn (tỷ đồng)', unit: 'tỷ đồng', plan: 2, actual: 3, percentOfPlan: 4, values: [] },
      { indicator: 'Tỷ lệ hộ nghèo (%)', unit: '%', plan: 5, actual: 6, percentOfPlan: 7, values: [] },
    ]);
  });

  it('keeps the 38 communes as rows, the total apart, and reads the STT as a row number', () => {
    expect(reading.rows.map((r) => r.name)).toEqual(COMMUNES);
    expect(reading.rows[0]).toMatchObject({ row: 10, rowNumber: '1', hidden: false, heading: false });
    expect(reading.rows[0]?.address(3)).toBe('Biểu 01!D10');
    expect(reading.rows[0]?.cells[4]).toEqual({ kind: 'number', value: 90, percentFormat: true });
    expect(reading.totals.map((t) => [t.row, t.name])).toEqual([[9, 'Tổng cộng']]);
  });

  it('checks the total: additive money columns agree, percent columns are not taken as additive', () => {
    const checks = reading.totals[0]?.checks ?? [];
    expect(checks.filter((c) => c.additive).map((c) => [c.col, c.agrees])).toEqual([[2, true], [3, true]]);
    expect(checks.filter((c) => !c.additive).map((c) => c.col)).toEqual([4, 5, 6, 7]);
    expect(warnings.filter((w) => w.code === 'total-mismatch')).toEqual([]);
  });

  it('skips the footnote, signatures and names below the table with one note', () => {
    expect(reading.notes.filter((n) => n.vi.startsWith('Bỏ qua'))).toEqual([
      { vi: 'Bỏ qua 6 hàng dưới bảng (ghi chú, chữ ký, hàng trống) từ hàng 48.', en: 'Skipped 6 rows below the table (notes, signatures, empty rows) from row 48.' },
    ]);
    expect(reading.notes.some((n) => n.vi.includes('"Ghi chú" (cột I)'))).toBe(true);
    expect(warnings).toEqual([]);
  });
});

describe('readForm: totals wrong, hidden rows, formulas', () => {
  it('a wrong total is a warning naming both figures and the cell', () => {
    const { warnings } = read(wideForm({ totalOff: 1 }));
    const mismatch = warnings.filter((w) => w.code === 'total-mismatch');
    expect(mismatch.map((w) => [w.cell, w.row, w.rowName, w.column])).toEqual([['Biểu 01!D9', 9, 'Tổng cộng', 'Thu ngân sách nhà nước trên địa bàn (tỷ đồng) › Thực hiện']]);
    expect(mismatch[0]?.message.vi).toMatch(/ghi [\d.,]+ ở cột .* cộng 38 hàng được [\d.,]+ \(lệch 1\)/);
    expect(mismatch[0]?.message.en).toContain('Fix');
  });

  it('hidden rows are kept, flagged and said', () => {
    const { reading, warnings } = read(wideForm({ hiddenRows: [12, 13] }));
    expect(reading.rows).toHaveLength(38);
    expect(reading.rows.filter((r) => r.hidden).map((r) => r.row)).toEqual([12, 13]);
    expect(warnings.map((w) => [w.code, w.cell])).toEqual([['hidden-rows', 'Biểu 01!A12']]);
  });

  it.each([
    [{ kind: 'number' as const, value: 0, formula: 'SUM(C2:C3)', uncached: true as const }, 'formula-without-value', '=SUM(C2:C3)'],
    [{ kind: 'error' as const, value: '#DIV/0!' }, 'error-cell', '#DIV/0!'],
  ])('a cell with %j is located', (cell, code, value) => {
    const { warnings } = read(grid([['STT', 'Xã', 'Kế hoạch', 'Thực hiện'], [1, 'Xã A', 1, 2], [2, 'Xã B', cell, 3]], { name: 'Biểu 03' }));
    expect(warnings.map((w) => [w.code, w.cell, w.row, w.rowName, w.column, w.value])).toEqual([[code, 'Biểu 03!C3', 3, 'Xã B', 'Kế hoạch', value]]);
  });
});

describe('readForm: a long form', () => {
  const { reading } = read(longForm());
  it('reads one indicator a row, with its unit of measure, period and section headings', () => {
    expect(reading.shape).toBe('long');
    expect([reading.headerRow.value, reading.headerRow.columnNumberRow]).toEqual([4, 5]);
    expect(reading.columns.map((c) => c.role)).toEqual(['row-number', 'indicator', 'unit', 'plan', 'actual', 'percent_of_plan', 'note']);
    expect(reading.period?.value).toEqual({ year: 2025, period: { kind: 'first-months', months: 6 } });
    expect(reading.rows.map((r) => [r.row, r.name, r.heading])).toEqual([
      [6, 'CHỈ TIÊU KINH TẾ', true], [7, 'Tổng thu ngân sách nhà nước trên địa bàn', false], [8, 'Sản lượng lương thực', false],
      [9, 'CHỈ TIÊU XÃ HỘI', true], [10, 'Tỷ lệ hộ nghèo', false],
    ]);
    expect(reading.rows[1]?.cells[3]).toEqual({ kind: 'text', value: '1.234,5' });
    expect([reading.groups, reading.unitColumn, reading.totals, reading.titleUnit]).toEqual([[], null, [], null]);
  });
  it.each([
    ['BÁO CÁO QUÝ I/2025', { kind: 'quarter', quarter: 1 }],
    ['KẾT QUẢ THÁNG 10 NĂM 2025', { kind: 'month', month: 10 }],
    ['KẾT QUẢ NĂM 2025', { kind: 'year' }],
  ])('title %s', (title, period) => {
    expect(read(longForm(title)).reading.period?.value).toEqual({ year: 2025, period });
  });
});

describe('readForm: other headers', () => {
  it('a three-row header joins top-down', () => {
    const g = grid(
      [
        ['KẾT QUẢ NĂM 2024'],
        ['STT', 'Đơn vị', 'Chỉ tiêu kinh tế', null, null, null],
        [null, null, 'Thu NSNN (tỷ đồng)', null, 'Sản lượng lương thực (tấn)', null],
        [null, null, 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện'],
        [1, 'Xã A', 1, 2, 3, 4],
        [2, 'Xã B', 5, 6, 7, 8],
      ],
      { merges: ['A2:A4', 'B2:B4', 'C2:F2', 'C3:D3', 'E3:F3'] },
    );
    const { reading } = read(g);
    expect([reading.headerRow.value, reading.headerRow.depth]).toEqual([2, 3]);
    expect(reading.header.slice(2)).toEqual([
      'Chỉ tiêu kinh tế › Thu NSNN (tỷ đồng) › Kế hoạch', 'Chỉ tiêu kinh tế › Thu NSNN (tỷ đồng) › Thực hiện',
      'Chỉ tiêu kinh tế › Sản lượng lương thực (tấn) › Kế hoạch', 'Chỉ tiêu kinh tế › Sản lượng lương thực (tấn) › Thực hiện',
    ]);
    expect(reading.groups.map((gr) => [gr.indicator, gr.unit, gr.plan, gr.actual])).toEqual([
      ['Chỉ tiêu kinh tế › Thu NSNN (tỷ đồng)', 'tỷ đồng', 2, 3], ['Chỉ tiêu kinh tế › Sản lượng lương thực (tấn)', 'tấn', 4, 5],
    ]);
    expect(reading.period?.value?.year).toBe(2024);
    expect(reading.titleUnit).toBeNull();
  });

  it('a header with no title is row 1, and no period is guessed', () => {
    const { reading } = read(grid([['Xã', 'Dân số (người)', 'Diện tích (ha)'], ['Xã A', 1200, 35.5], ['Xã B', 900, 20]]));
    expect([reading.headerRow.value, reading.period, reading.rows.length, reading.unitColumn?.value]).toEqual([1, null, 2, 0]);
    expect(reading.columns.map((c) => c.unit)).toEqual([null, 'người', 'ha']);
  });

  it('"Tỷ lệ hộ nghèo (%) - Kế hoạch" is a plan, never % KH', () => {
    const g = grid([['Xã, phường', 'Tỷ lệ hộ nghèo (%) - Kế hoạch', 'Tỷ lệ hộ nghèo (%) - Thực hiện'], ['Xã A', 24.53, 22.1], ['Xã B', 24.53, 23]]);
    const { reading } = read(g);
    expect(reading.columns.map((c) => c.role)).toEqual(['area', 'plan', 'actual']);
    expect(reading.columns[1]?.percent?.percentOfPlan).toBe(false);
    expect(reading.groups).toEqual([{ indicator: 'Tỷ lệ hộ nghèo (%)', unit: '%', plan: 1, actual: 2, percentOfPlan: null, values: [] }]);
  });
});

describe('readForm: overrides', () => {
  it('the caller names the header row, the year and the unit column', () => {
    const { reading } = read(wideForm(), { headerRow: 6, year: 2024, unitColumn: 'b' });
    expect([reading.headerRow.source, reading.period?.source, reading.period?.value?.year, reading.unitColumn?.source]).toEqual(['option', 'option', 2024, 'option']);
    expect(reading.rows).toHaveLength(38);
  });
  it('a header row named lower reads from there', () => {
    const { reading } = read(grid([['a', 'b', 'c'], ['Đơn vị', 'KH', 'TH'], ['Xã A', 1, 2]]), { headerRow: 2 });
    expect([reading.header, reading.rows.length]).toEqual([['Đơn vị', 'KH', 'TH'], 1]);
  });
});

describe('readForm: not a form', () => {
  it.each([
    ['an empty sheet', grid([]), 'empty-sheet'],
    ['a sheet of empty cells', grid([[null, ''], ['  ']]), 'empty-sheet'],
    ['a letter', grid([['Kính gửi: UBND tỉnh'], ['Nội dung báo cáo như sau'], ['Trân trọng.']]), 'not-a-form'],
    ['a column of numbers', grid([[1], [2], [3]]), 'not-a-form'],
    ['a header with nothing below', grid([['STT', 'Xã', 'Kế hoạch']]), 'no-data-rows'],
  ])('%s is a clear issue', (_name, g, code) => {
    const result = readForm(g);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toEqual([code]);
    expect(result.issues[0]?.message.vi).toContain('Cách sửa');
    expect(result.issues[0]?.message.en).toContain('Fix');
  });
});

describe('readForm: % KH against its own plan and actual', () => {
  it('gives each wide group its check in both directions; the caller picks by the indicator', () => {
    const { reading } = read(wideForm());
    expect(reading.percentChecks.map((c) => [c.col, c.higherIsBetter.refused, c.lowerIsBetter.refused])).toEqual([[4, false, true], [7, true, false]]);
    expect(reading.percentChecks[1]?.higherIsBetter.reason?.vi).toContain('Tỷ lệ hộ nghèo (%) › So sánh (%)');
  });

  it.each([
    ['a % column holding the plan', [24.53, 24.53, 24.53], true],
    ['a % column that agrees', [90, 92, 94.7], false],
  ])('%s', (_name, printed, warned) => {
    const rows = printed.map((p, i) => [`Xã ${i + 1}`, 24.53, [22.08, 22.57, 23.22][i] as number, p]);
    const g = grid([['Xã, phường', 'Tỷ lệ hộ nghèo (%)', null, null], [null, 'Kế hoạch', 'Thực hiện', 'So sánh (%)'], ...rows], { merges: ['A1:A2', 'B1:D1'], name: 'Biểu 04' });
    const { warnings } = read(g);
    const refused = warnings.filter((w) => w.code === 'percent-of-plan-disagrees');
    expect(refused.map((w) => w.cell)).toEqual(warned ? ['Biểu 04!D1'] : []);
  });
});

describe('readForm: choices checked, a year column', () => {
  it.each([[{ headerRow: 0 }, 'headerRow'], [{ year: 25 }, 'year'], [{ year: 2025.5 }, 'year'], [{ unitColumn: 'B1' }, 'unitColumn']])('refuses %j', (options, option) => {
    const result = readForm(wideForm(), options);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.column])).toEqual([['bad-option', option]]);
  });
  it('a column holding the year is said, and no title year is guessed', () => {
    const { reading } = read(grid([['BÁO CÁO NĂM 2025'], ['Đơn vị', 'Năm', 'KH', 'TH'], ['Xã A', 2024, 1, 2], ['Xã A', 2025, 1, 2]]));
    expect([reading.period?.source, reading.period?.value, reading.columns[1]?.role]).toEqual(['column', null, 'year']);
  });
});

describe('readForm: the unit of measure in the title', () => {
  it('"Đơn vị tính: tỷ đồng" under the title is every figure\'s unit', () => {
    const { reading } = read(grid([['BIỂU THU NGÂN SÁCH NĂM 2025'], [null, null, 'Đơn vị tính: tỷ đồng'], ['Xã', 'KH', 'TH'], ['Xã A', 1, 2]]));
    expect(reading.titleUnit).toEqual({ value: 'tỷ đồng', cell: 'Biểu 01!C2' });
  });
});
