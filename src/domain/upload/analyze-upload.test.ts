import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeUpload } from './analyze-upload';
import { buildDataset, buildObservation } from '../../testing/builders';

const catalog = buildDataset();
const bytes = (text: string) => new TextEncoder().encode(text);

describe('analyzeUpload', () => {
  it('reads an Excel-in-Vietnamese file: BOM, semicolons, decimal commas, names without diacritics', () => {
    const file = '\uFEFFHuyện;Năm;Chỉ tiêu;Kế hoạch;Thực hiện;% KH\r\nSin Ho;2021;Thu ngân sách nhà nước trên địa bàn;1.500;1.862,5;\r\nTP Lai Chau;2021;budget_revenue;;250,4;104,3\r\n';
    const analysis = analyzeUpload(bytes(file), catalog);
    expect(analysis).toMatchObject({ readable: true, encoding: 'utf-8', encodingDetected: 'bom', delimiter: ';', layout: 'long', numberLocale: 'vi', rowCount: 2, issues: [] });
    expect(analysis.areaPreview).toEqual(['Sin Ho', 'TP Lai Chau']);
    expect(analysis.observations.map((o) => [o.area, o.plan, o.actual, o.reportedPercent])).toEqual([['sin-ho', 1500, 1862.5, null], ['tp-lai-chau', null, 250.4, 104.3]]);
  });

  it('reads a wide file, one row per area × year with a column pair per indicator', () => {
    const file = 'Huyện,Năm,Thu ngân sách KH,Thu ngân sách TH,Tỷ lệ hộ nghèo TH\nSìn Hồ,2021,100,120.5,25.1\nTân Uyên,2021,80,,\n';
    const analysis = analyzeUpload(bytes(file), catalog);
    expect(analysis.layout).toBe('wide');
    expect(analysis.issues).toEqual([]);
    expect(analysis.observations.map((o) => [o.area, o.indicator, o.plan, o.actual])).toEqual([
      ['sin-ho', 'budget_revenue', 100, 120.5],
      ['sin-ho', 'poverty_rate', null, 25.1],
      ['tan-uyen', 'budget_revenue', 80, null],
    ]);
  });

  it('names an unknown indicator column and lets a mapping fix it', () => {
    const file = 'Huyện,Năm,Dân số TH\nSìn Hồ,2021,100\n';
    const first = analyzeUpload(bytes(file), catalog);
    expect(first.issues[0]).toMatchObject({ code: 'unknown-indicator-column', row: 1, column: 'Dân số TH', value: 'Dân số' });
    const fixed = analyzeUpload(bytes(file), catalog, { targets: [first.targets[0]!, first.targets[1]!, { kind: 'figure', indicator: 'budget_revenue', field: 'actual', label: 'Dân số' }] });
    expect(fixed.issues).toEqual([]);
    expect(fixed.observations[0]).toMatchObject({ indicator: 'budget_revenue', actual: 100 });
  });

  it('keeps valid rows apart from rows with errors', () => {
    const analysis = analyzeUpload(bytes('area,year,indicator,actual\nSìn Hồ,2021,budget_revenue,5\nAtlantis,2021,budget_revenue,6\n'), catalog);
    expect(analysis.observations).toHaveLength(1);
    expect(analysis.issues).toEqual([expect.objectContaining({ code: 'invalid-area', row: 3, column: 'area', value: 'Atlantis' })]);
  });

  it('warns when a figure is about 1000 times its history (million vs billion)', () => {
    const history = [buildObservation({ area: 'sin-ho', year: 2020, indicator: 'budget_revenue', actual: 64.2 })];
    const analysis = analyzeUpload(bytes('area,year,indicator,actual\nSìn Hồ,2021,budget_revenue,64200\n'), { ...catalog, history });
    expect(analysis.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'magnitude', row: 2, column: 'actual', value: '64200' })]);
    expect(analysis.issues[0]?.message.en).toMatch(/1,000 times larger/);
  });

  it.each([
    [new Uint8Array(), 'file-empty'],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]), 'file-binary'],
    [new Uint8Array(readFileSync(`${process.cwd()}/data/workbooks/title-block.xlsx`)), 'file-workbook'],
    [new Uint8Array(readFileSync(`${process.cwd()}/data/workbooks/title-block.ods`)), 'file-workbook'],
  ])('rejects a file that is not text (%#)', (file, code) => {
    const analysis = analyzeUpload(file, catalog);
    expect(analysis.readable).toBe(false);
    expect(analysis.issues[0]?.code).toBe(code);
  });
});

describe('unknown indicators, mapped or defined during the upload', () => {
  const file = bytes('area,year,indicator,actual\nSìn Hồ,2021,Thu NS,5\nSìn Hồ,2021,Số xã nông thôn mới,7\n');

  it('maps a report’s own name to a catalog indicator', () => {
    const analysis = analyzeUpload(file, catalog, { indicatorAliases: { 'Thu NS': 'budget_revenue' } });
    expect(analysis.observations.map((o) => o.indicator)).toEqual(['budget_revenue']);
    expect(analysis.issues).toEqual([expect.objectContaining({ code: 'invalid-indicator', row: 3, value: 'Số xã nông thôn mới' })]);
  });

  it('accepts an indicator defined right there, which joins the catalog', () => {
    const defined = { id: 'ntm_communes', nameVi: 'Số xã nông thôn mới', nameEn: 'New-countryside communes', unit: 'xã', unitEn: 'communes', direction: 'higher_is_better' as const, decimals: 0, additive: true };
    const analysis = analyzeUpload(file, catalog, { indicatorAliases: { 'Thu NS': 'budget_revenue' }, extraIndicators: [defined] });
    expect(analysis.issues).toEqual([]);
    expect(analysis.observations.map((o) => o.indicator)).toEqual(['budget_revenue', 'ntm_communes']);
    expect(analysis.newIndicators).toEqual([defined]);
  });
});

describe('a report table of several years\' columns, without a year column', () => {
  const file = 'Đơn vị,Chỉ tiêu,Thực hiện năm 2020,Kế hoạch năm 2021,Ước thực hiện năm 2021,So sánh (%),So với cùng kỳ (%)\nSìn Hồ,Thu ngân sách nhà nước trên địa bàn,90,100,120.5,120.5,133.9\nTân Uyên,budget_revenue,70,80,,,\n';

  it('gives each column its year: last year\'s actual, this year\'s plan, its estimate marked, % KH of the year with a plan', () => {
    const analysis = analyzeUpload(bytes(file), catalog);
    expect(analysis.issues).toEqual([]);
    expect(analysis.targets.slice(2)).toEqual([
      { kind: 'field', field: 'actual', year: 2020 }, { kind: 'field', field: 'plan', year: 2021 }, { kind: 'field', field: 'actual', year: 2021, estimate: true },
      { kind: 'field', field: 'percent_of_plan', year: 2021 }, { kind: 'ignore' },
    ]);
    expect(analysis.observations.map((o) => [o.area, o.year, o.plan, o.actual, o.reportedPercent, o.figureKind])).toEqual([
      ['sin-ho', 2020, null, 90, null, undefined], ['sin-ho', 2021, 100, 120.5, 120.5, 'estimate'],
      ['tan-uyen', 2020, null, 70, null, undefined], ['tan-uyen', 2021, 80, null, null, undefined],
    ]);
  });

  it('a year column wins: the headers\' years are then only words', () => {
    const analysis = analyzeUpload(bytes('Đơn vị,Năm,Chỉ tiêu,Kế hoạch năm 2021,Thực hiện năm 2021\nSìn Hồ,2021,budget_revenue,100,120.5\n'), catalog);
    expect(analysis.targets).toEqual([{ kind: 'field', field: 'area' }, { kind: 'field', field: 'year' }, { kind: 'field', field: 'indicator' }, { kind: 'field', field: 'plan' }, { kind: 'field', field: 'actual' }]);
    expect(analysis.observations.map((o) => [o.year, o.plan, o.actual])).toEqual([[2021, 100, 120.5]]);
  });
});

describe('a six-month report\'s columns of periods within the year', () => {
  it('reads each period\'s column as that period\'s figure, the year\'s plan as each period\'s plan, the % KH as the latest period\'s', () => {
    const file = 'Đơn vị,Chỉ tiêu,Kế hoạch năm 2025,Thực hiện quý I,Lũy kế 6 tháng,Ước thực hiện 9 tháng,% so với KH,So với cùng kỳ (%)\nLai Châu,budget_revenue,3000,540,1180,1900,63.3,124\n';
    const analysis = analyzeUpload(bytes(file), catalog);
    // The printed change on the same period is derived, not stored: without last year's 9 months it cannot be checked.
    expect(analysis.issues.map((i) => i.code)).toEqual(['same-period-unchecked']);
    expect(analysis.targets.slice(2)).toEqual([
      { kind: 'field', field: 'plan' },
      { kind: 'field', field: 'actual', period: 'quarter-1', year: 2025 },
      { kind: 'field', field: 'actual', period: 'to-month-06', year: 2025 },
      { kind: 'field', field: 'actual', period: 'to-month-09', year: 2025, estimate: true },
      { kind: 'field', field: 'percent_of_plan', period: 'to-month-09', year: 2025 },
      { kind: 'ignore' },
    ]);
    expect(analysis.observations.map((o) => [o.year, o.period, o.plan, o.actual, o.reportedPercent, o.figureKind])).toEqual([
      [2025, 'quarter-1', 3000, 540, null, undefined], [2025, 'to-month-06', 3000, 1180, null, undefined], [2025, 'to-month-09', 3000, 1900, 63.3, 'estimate'],
    ]);
  });

  it('takes the year of a period from the year column', () => {
    const analysis = analyzeUpload(bytes('Đơn vị,Năm,Chỉ tiêu,Kế hoạch,TH tháng 11\nLai Châu,2025,budget_revenue,3000,270\n'), catalog);
    expect(analysis.issues).toEqual([]);
    expect(analysis.observations.map((o) => [o.year, o.period, o.plan, o.actual])).toEqual([[2025, 'month-11', 3000, 270]]);
  });
});

