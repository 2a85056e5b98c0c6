import { describe, expect, it } from 'vitest';
import { parseObservationsCsv } from './parse-observations-csv';
import { buildDataset } from '../../testing/builders';

const { areas, indicators } = buildDataset();
const parse = (text: string, numberLocale: 'vi' | 'en' | 'auto' = 'auto') => parseObservationsCsv(text, { areas, indicators, numberLocale });
const HEADER = 'area,year,indicator,plan,actual,percent_of_plan,unit,source,note';

describe('parseObservationsCsv accepts what analysts send', () => {
  it('reads a semicolon file with a BOM, Vietnamese headers, Vietnamese numbers and names without diacritics', () => {
    const text = '\uFEFFHuyện;Năm;Chỉ tiêu;KH;TH;% KH;Đơn vị tính;Nguồn;Ghi chú\r\nSin Ho;2021;Thu ngân sách nhà nước trên địa bàn;1.500;1.862,5;;tỷ đồng;BC 2021;\r\nH. Tân Uyên;2021;budget_revenue;;64,2;119,4;;;\r\n';
    const result = parse(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.delimiter).toBe(';');
    expect(result.data.numberLocale).toBe('vi');
    expect(result.data.observations).toEqual([
      expect.objectContaining({ area: 'sin-ho', year: 2021, indicator: 'budget_revenue', plan: 1500, actual: 1862.5, source: 'BC 2021' }),
      expect.objectContaining({ area: 'tan-uyen', plan: null, actual: 64.2, reportedPercent: 119.4 }),
    ]);
  });

  it('reads tab-separated English numbers', () => {
    const result = parse('area\tyear\tindicator\tplan\tactual\nLai Chau\t2016\tbudget_revenue\t1,500\t1,862.25\n');
    expect(result.ok && result.data.observations[0]).toMatchObject({ plan: 1500, actual: 1862.25 });
  });

  it('warns on a % KH that disagrees with plan and actual, without choosing silently', () => {
    const result = parse(`${HEADER}\nlai-chau,2016,budget_revenue,1500,1862,120,tỷ đồng,,`);
    expect(result.ok && result.warnings.map((w) => [w.code, w.row, w.column])).toEqual([['percent-mismatch', 2, 'percent_of_plan']]);
  });
});

describe('parseObservationsCsv rejects with a located, actionable issue', () => {
  it.each([
    ['', 'empty-file', null, null, null],
    [HEADER, 'no-rows', 2, null, null],
    ['area,year,plan\nSìn Hồ,2020,5', 'missing-column', 1, 'indicator', null],
    ['area,year,indicator,unit\nSìn Hồ,2020,budget_revenue,%', 'missing-column', 1, 'plan/actual/percent_of_plan', null],
    [`${HEADER}\nAtlantis,2020,budget_revenue,1,2,,,,`, 'invalid-area', 2, 'area', 'Atlantis'],
    [`${HEADER}\nSìn Hồ,20,budget_revenue,1,2,,,,`, 'invalid-year', 2, 'year', '20'],
    [`${HEADER}\nSìn Hồ,2020,GDP,1,2,,,,`, 'invalid-indicator', 2, 'indicator', 'GDP'],
    [`${HEADER}\nSìn Hồ,2020,budget_revenue,abc,2,,,,`, 'invalid-plan', 2, 'plan', 'abc'],
    [`${HEADER}\nSìn Hồ,2020,budget_revenue,"=HYPERLINK(""x"")",2,,,,`, 'invalid-plan', 2, 'plan', '=HYPERLINK("x")'],
    [`${HEADER}\nSìn Hồ,2020,budget_revenue,1.862,2,,,,`, 'invalid-plan', 2, 'plan', '1.862'],
    [`${HEADER}\nSìn Hồ,2020,budget_revenue,,,,,,`, 'no-figure', 2, 'plan, actual, percent_of_plan', ''],
    [`${HEADER}\nSìn Hồ,2020,budget_revenue,1,2,,,,\nSin Ho,2020,budget_revenue,3,4,,,,`, 'duplicate-row', 2, 'area, year, indicator', 'Sìn Hồ, 2020, budget_revenue'],
  ])('%j → %s at row %s, column %s, value %s', (text, code, row, column, value) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const first = result.issues.find((i) => i.severity === 'error');
    expect(first).toMatchObject({ code, row, column, value });
    expect(first?.message.vi.length).toBeGreaterThan(10);
    expect(first?.message.en.length).toBeGreaterThan(10);
  });

  it('proposes the closest districts for an unknown name', () => {
    const result = parse(`${HEADER}\nSin Hoo,2020,budget_revenue,1,2,,,,`);
    expect(!result.ok && result.issues[0]?.message.en).toMatch(/Did you mean: Sìn Hồ/);
  });

  it('names both rows of a conflicting duplicate, and only the second of an identical one', () => {
    const conflicting = parse(`${HEADER}\nSìn Hồ,2020,budget_revenue,1,2,,,,\nSin Ho,2020,budget_revenue,3,4,,,,`);
    expect(!conflicting.ok && conflicting.issues.map((i) => [i.row, i.message.en.match(/row \d/)?.[0]])).toEqual([[2, 'row 3'], [3, 'row 2']]);
    const identical = parse(`${HEADER}\nSìn Hồ,2020,budget_revenue,1,2,,,,\nSin Ho,2020,budget_revenue,1,2,,,,`);
    expect(!identical.ok && identical.issues.map((i) => [i.row, i.message.en.match(/row \d/)?.[0]])).toEqual([[3, 'row 2']]);
  });

  it('reports an ambiguous number when the file gives no other evidence', () => {
    const result = parse(`${HEADER}\nSìn Hồ,2020,budget_revenue,1.500,1.862,,,,`);
    expect(!result.ok && result.issues.map((i) => i.message.en)).toEqual([
      expect.stringContaining('reads two ways: 1,500 (Vietnamese style) or 1.5 (English style)'),
      expect.stringContaining('reads two ways'),
    ]);
    const declared = parse(`${HEADER}\nSìn Hồ,2020,budget_revenue,1.500,1.862,,,,`, 'vi');
    expect(declared.ok && declared.data.observations[0]).toMatchObject({ plan: 1500, actual: 1862 });
  });

  it('warns about a unit that differs from the catalog', () => {
    const result = parse(`${HEADER}\nSìn Hồ,2020,budget_revenue,1,2,,triệu đồng,,`);
    expect(result.ok && result.warnings[0]).toMatchObject({ code: 'unit-differs', column: 'unit', value: 'triệu đồng' });
  });
});

describe('parseObservationsCsv reads a row as every reading path does (csv-rows.ts)', () => {
  const rows = [
    'lai-chau,2016,budget_revenue,1500,1862,,tỷ đồng,BC,',
    'lai-chau,2017,budget_revenue,1600,1700,,tỷ đồng,BC,"hai dòng\r\nghi chú"',
    'sin-ho,2016,budget_revenue,,64.2,119.4,tỷ đồng,,Sìn Hồ',
  ];
  it.each([
    ['LF', ['\n', '\n', '\n', '\n']],
    ['CRLF', ['\r\n', '\r\n', '\r\n', '\r\n']],
    ['lone CR', ['\r', '\r', '\r', '\r']],
    ['mixed', ['\r', '\n', '\r\n', '\r']],
    ['mixed, no end at the end', ['\r\n', '\n', '\r', '']],
  ])('%s line ends: every row, the quoted line break kept as written', (_, ends) => {
    const text = [HEADER, ...rows].map((line, i) => `${line}${ends[i]!}`).join('');
    const result = parse(text);
    expect(result.ok && result.data.observations.map((o) => [o.year, o.area, o.note])).toEqual([[2016, 'lai-chau', ''], [2017, 'lai-chau', 'hai dòng\r\nghi chú'], [2016, 'sin-ho', 'Sìn Hồ']]);
  });

  it.each([
    ['two records on one line', `${HEADER}\n${rows[0]},${rows[2]}\n${rows[1]}`, 2, 18],
    ['a figure with an unquoted comma', `${HEADER}\n${rows[1]}\nlai-chau,2018,budget_revenue,1,500,1700,,tỷ đồng,BC,ghi chú`, 3, 10],
    ['a lone CR inside an unquoted cell, the rows around it run together by another reader', `${HEADER}\nlai-chau,2016,budget_revenue,1500,1862,,tỷ đồng,BC,x,y,z`, 2, 11],
  ])('%s: a located error at that row, never a row left out unseen', (_, text, row, cells) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.row])).toEqual([['malformed-row', row]]);
    expect(result.issues[0]!.message.en).toContain(`${cells} cells under 9 headers`);
  });

  it.each([
    ['trailing empty cells', `${HEADER}\n${rows[0]},,,`],
    ['a row that stops after its last figure', `${HEADER}\nlai-chau,2016,budget_revenue,1500,1862`],
  ])('%s: read, as Excel writes them', (_, text) => {
    expect(parse(text).ok).toBe(true);
  });

  it('reads a period within the year as reports write it, a key apart from the year\'s figure; names a period it cannot read', () => {
    const result = parse('Đơn vị;Năm;Kỳ;Chỉ tiêu;KH;TH\nLai Châu;2025;6 tháng đầu năm;budget_revenue;3.000;1.885\nLai Châu;2025;Quý I;budget_revenue;3.000;340,2\nLai Châu;2025;;budget_revenue;3.000;3.573\n');
    expect(result.ok && result.data.observations.map((o) => [o.period, o.actual])).toEqual([['to-month-06', 1885], ['quarter-1', 340.2], [undefined, 3573]]);
    const bad = parse('Đơn vị;Năm;Kỳ;Chỉ tiêu;KH;TH\nLai Châu;2025;tháng 13;budget_revenue;3.000;1.885\n', 'vi');
    expect(!bad.ok && bad.issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([['invalid-period', 2, 'Kỳ', 'tháng 13']]);
    expect(!bad.ok && bad.issues[0]!.message.vi).toMatch(/không phải kỳ số liệu.*lũy kế 5 tháng/);
    const twice = parse('Đơn vị;Năm;Kỳ;Chỉ tiêu;KH;TH\nLai Châu;2025;tháng 3;budget_revenue;3.000;100\nLai Châu;2025;Tháng 3/2025;budget_revenue;3.000;120\n', 'vi');
    expect(!twice.ok && twice.issues.map((i) => [i.code, i.row])).toEqual([['duplicate-row', 2], ['duplicate-row', 3]]);
  });

  it('reads a five-year target with the words of its measure, as a row of its last year', () => {
    const result = parse('Đơn vị;Năm;Kỳ;Chỉ tiêu;Kế hoạch\nLai Châu;2025;2021-2025;budget_revenue;tăng bình quân trên 15%/năm\nLai Châu;2025;giai đoạn 2021-2025;poverty_rate;dưới 10% vào năm 2025\n', 'vi');
    expect(result.ok && result.data.observations.map((o) => [o.period, o.plan, o.planText])).toEqual([
      ['years-2021-2025', 15, 'tăng bình quân trên 15%/năm'], ['years-2021-2025', 10, 'dưới 10% vào năm 2025'],
    ]);
    const wrongYear = parse('Đơn vị;Năm;Kỳ;Chỉ tiêu;Kế hoạch\nLai Châu;2024;2021-2025;budget_revenue;3.000\n', 'vi');
    expect(!wrongYear.ok && wrongYear.issues.map((i) => [i.code, i.column, i.message.vi])).toEqual([['invalid-period', 'Kỳ', expect.stringContaining('ghi năm 2025 ở cột năm')]]);
  });
});

