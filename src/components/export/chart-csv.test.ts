import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../domain/csv/csv';
import { cellOf, chartCsv } from './chart-csv';

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
