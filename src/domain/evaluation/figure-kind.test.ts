import { describe, expect, it } from 'vitest';
import { figureMark, formatAsOf, isProvisional, readAsOf, readFigureKind } from './figure-kind';
import { parseObservationsCsv } from '../validation/parse-observations-csv';
import { validateObservations } from '../validation/validate-observations';
import { buildDataset, buildObservation } from '../../testing/builders';

describe('the kind of a figure, as reports say it', () => {
  it.each([
    ['ước', 'estimate'], ['Ước tính', 'estimate'], ['ước thực hiện', 'estimate'], ['UOC TH', 'estimate'], ['estimate', 'estimate'],
    ['sơ bộ', 'preliminary'], ['Số liệu sơ bộ', 'preliminary'], ['chính thức', 'final'], ['final', 'final'], ['điều chỉnh', 'revised'], ['Cập nhật', 'revised'],
    ['dự kiến', null], ['', null], ['ước?', null],
  ] as const)('%s → %s', (text, kind) => {
    expect(readFigureKind(text)).toBe(kind);
  });

  it('an estimate or a preliminary figure is provisional; a final, a revised or an unstated one is not', () => {
    expect([isProvisional('estimate'), isProvisional('preliminary'), isProvisional('final'), isProvisional('revised'), isProvisional(undefined)]).toEqual([true, true, false, false, false]);
  });
});

describe('the date of a figure', () => {
  it.each([
    ['2025-12-15', '2025-12-15'], ['15/12/2025', '2025-12-15'], ['5/1/2026', '2026-01-05'], ['2025-12', '2025-12'], ['12/2025', '2025-12'],
    ['2025-02-30', null], ['31/4/2025', null], ['2025-13', null], ['13/2025', null], ['tháng 12', null], ['', null],
  ] as const)('%s → %s', (text, iso) => {
    expect(readAsOf(text)).toBe(iso);
  });

  it('reads back as a person writes it', () => {
    expect(formatAsOf('2025-12-15', 'vi')).toBe('15/12/2025');
    expect(formatAsOf('2025-12', 'vi')).toBe('12/2025');
    expect(formatAsOf('2025-12-15', 'en')).toBe('2025-12-15');
  });

  it.each([
    ['estimate', '2025-12-15', 'vi', 'ước · 15/12/2025'],
    ['preliminary', undefined, 'en', 'preliminary'],
    ['final', '2026-03-20', 'vi', ''],
    [undefined, '2026-03-20', 'vi', ''],
  ] as const)('the mark of %s as of %s (%s): "%s"', (kind, asOf, language, mark) => {
    expect(figureMark(kind, asOf, language)).toBe(mark);
  });
});

describe('a file that says the kind and date of its figures', () => {
  const { areas, indicators } = buildDataset();
  const parse = (text: string) => parseObservationsCsv(text, { areas, indicators, numberLocale: 'auto' });

  it('keeps them, in the canonical words and ISO dates', () => {
    const result = parse('Đơn vị;Năm;Chỉ tiêu;Thực hiện;Loại số liệu;Ngày số liệu\nSìn Hồ;2021;budget_revenue;2.715;Ước thực hiện;15/12/2021\nTân Uyên;2021;budget_revenue;75,5;;\n');
    expect(result.ok && result.data.observations.map((o) => [o.area, o.actual, o.figureKind, o.asOf])).toEqual([['sin-ho', 2715, 'estimate', '2021-12-15'], ['tan-uyen', 75.5, undefined, undefined]]);
  });

  it('refuses a kind or a date it cannot read, at the cell, with the words it takes', () => {
    const result = parse('area,year,indicator,actual,figure_kind,as_of\nsin-ho,2021,budget_revenue,5,dự kiến,2021-02-30\n');
    expect(!result.ok && result.issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([['invalid-figure_kind', 2, 'figure_kind', 'dự kiến'], ['invalid-as_of', 2, 'as_of', '2021-02-30']]);
    expect(!result.ok && result.issues[0]!.message.vi).toContain('"ước"');
  });

  it('never lets an estimate replace a final: the row is refused, naming the final; a revision or an unstated figure goes in', () => {
    const history = [buildObservation({ area: 'sin-ho', year: 2021, indicator: 'budget_revenue', actual: 2731, figureKind: 'final', asOf: '2022-03-20' })];
    const upload = (kind: string) => {
      const cells = { area: 'sin-ho', year: '2021', indicator: 'budget_revenue', actual: '2715', figure_kind: kind, as_of: '2021-12-15' };
      const { issues } = validateObservations([{ row: 2, cells, columnNames: {} }], { areas, indicators, numberLocale: 'auto', history });
      return { ok: issues.length === 0, issues };
    };
    const estimate = upload('ước');
    expect(estimate.issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([['replaces-final', 2, 'figure_kind', 'ước']]);
    expect(estimate.issues[0]!.message.vi).toBe('Dữ liệu đã có số chính thức 2.731, ngày 20/03/2022; số ước của dòng này không thay số đó. Cách sửa: bỏ dòng này, hoặc ghi loại số liệu "điều chỉnh" nếu đây là số sửa lại số chính thức.');
    expect(upload('sơ bộ').ok).toBe(false);
    expect(upload('điều chỉnh').ok).toBe(true);
    expect(upload('').ok).toBe(true);
  });
});
