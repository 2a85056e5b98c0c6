import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../domain/csv/csv';
import { cellOf, chartCsv, chartTable, type ChartFigures } from './chart-csv';

const columns = [{ key: 'indicator', label: 'Chỉ tiêu' }, { key: 'actual', label: 'Thực hiện' }, { key: 'percent', label: '% KH' }];
const rows = [{ indicator: 'Mức giảm tỷ lệ hộ nghèo', actual: '2,47 điểm %', percent: '149,7%' }];

describe('chartCsv', () => {
  const text = chartCsv('Kế hoạch và thực hiện năm 2020', ['Nguồn: seeds/003 — huyện, thành phố', 'Dữ liệu: bộ dữ liệu có sẵn (phiên bản 0)'], columns, rows);

  it('starts with a BOM and one "#" line per provenance line, commas kept in one cell', () => {
    expect(text.startsWith('\uFEFF# Kế hoạch và thực hiện năm 2020\n"# Nguồn: seeds/003 — huyện, thành phố"\n# Dữ liệu: bộ dữ liệu có sẵn (phiên bản 0)\n\n')).toBe(true);
  });

  it('writes the table as shown, decimal commas quoted, readable by the app\'s own parser', () => {
    const table = text.split('\n\n')[1] ?? '';
    expect(table).toBe('Chỉ tiêu,Thực hiện,% KH\nMức giảm tỷ lệ hộ nghèo,"2,47 điểm %","149,7%"\n');
    expect(parseDelimited(table).rows[0]?.cells).toEqual(['Mức giảm tỷ lệ hộ nghèo', '2,47 điểm %', '149,7%']);
  });

  it('keeps a multi-line value on its comment line', () => {
    expect(chartCsv('T', ['a\nb'], columns, [])).toContain('# a b\n');
  });
});

describe('chartCsv and formula injection', () => {
  it.each([
    ['a hostile title', '=HYPERLINK("http://x","y")', [], [], `"# =HYPERLINK(""http://x"",""y"")"`],
    ['a hostile provenance line', 'T', ['@SUM(1+1)*cmd|x'], [], '# @SUM(1+1)*cmd|x'],
    ['a hostile name in the table', 'T', [], [{ indicator: '=cmd|x', actual: '-5', percent: '-2,47 điểm %' }], `"'=cmd|x",-5,"'-2,47 điểm %"`],
    ['a hostile column label', 'T', [], [{ indicator: '+x', actual: '', percent: '' }], `"'+x",,`],
  ] as const)('%s is written as text', (_, title, provenance, tableRows, expected) => {
    expect(chartCsv(title, provenance, columns, tableRows)).toContain(expected);
  });
});

describe('chart figures', () => {
  const figureColumns = [{ key: 'area', label: 'Đơn vị' }, { key: 'actual', label: 'Thực hiện', figure: { unit: 'tỷ đồng' } }, { key: 'percent', label: '% KH', figure: { unit: '%' } }];
  const shown = [{ area: 'Xã A', actual: '28,2 tỷ đồng', percent: '94%' }, { area: 'Xã B', actual: 'không có số liệu', percent: 'không có số liệu' }, { area: 'Xã C', actual: '1,5 tỷ đồng', percent: '—' }];
  const figures: ChartFigures[] = [{ actual: 28.2, percent: 94 }, { actual: null, percent: null }, { actual: 1.5 }];

  it.each([
    ['en', 'Đơn vị,Thực hiện (tỷ đồng),% KH (%)\nXã A,28.2,94\nXã B,,\nXã C,1.5,—\n'],
    ['vi', 'Đơn vị;Thực hiện (tỷ đồng);% KH (%)\nXã A;28,2;94\nXã B;;\nXã C;1,5;—\n'],
  ] as const)('%s: figures are numbers, the unit in the header, no value empty', (style, table) => {
    expect(chartCsv('T', [], figureColumns, shown, figures, style).split('\n\n')[1]).toBe(table);
  });

  it('gives the sheet numbers and null for no value', () => {
    expect(chartTable('Thu: 2025', [], figureColumns, shown, figures)).toMatchObject({ name: 'Thu 2025', rows: [['Xã A', 28.2, 94], ['Xã B', null, null], ['Xã C', 1.5, '—']] });
  });

  it.each(['__proto__', 'constructor'])('never reads a figure from the prototype (%s)', (key) => {
    expect(chartTable('T', [], [{ key, label: 'K', figure: {} }], [{}], [{}]).rows).toEqual([['']]);
  });
});

describe('cellOf', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('reads only a row’s own cell: %s', (key) => {
    expect(cellOf({ a: '1' }, key)).toBe('');
    expect(chartCsv('T', [], [{ key, label: 'K' }], [{ a: '1' }])).toContain('K\n\n');
  });

  it('reads an own cell named like object machinery', () => {
    const row = Object.fromEntries([['__proto__', 'x'], ['constructor', 'y']]) as Record<string, string>;
    expect([cellOf(row, '__proto__'), cellOf(row, 'constructor')]).toEqual(['x', 'y']);
  });
});
