import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseAreasCsv } from '../catalog/parse-catalog';
import fc from 'fast-check';
import { validateObservations, type RawObservation } from './validate-observations';
import { buildDataset, buildIndicator } from '../../testing/builders';
import type { ObservationField } from '../observations/header-aliases';

const { areas, indicators } = buildDataset();
const ctx = { areas, indicators, numberLocale: 'en' as const };

type Cells = Partial<Record<ObservationField, string | number | null>>;
/** Rows numbered as a spreadsheet shows them (header = 1); the note names the row so a result can be traced back. */
const raws = (rows: Cells[]): RawObservation[] => rows.map((cells, i) => ({ row: i + 2, cells: { note: `r${i + 2}`, ...cells }, columnNames: {} }));
const budget = (area: string, actual: number | string, extra: Cells = {}): Cells => ({ area, year: '2021', indicator: 'budget_revenue', plan: '50', actual: String(actual), ...extra });

const duplicates = (result: ReturnType<typeof validateObservations>) => result.issues.filter((i) => i.code === 'duplicate-row').map((i) => i.row);
const keptRows = (result: ReturnType<typeof validateObservations>) => result.observations.map((o) => o.note);

describe('validateObservations: any number of rows for one key', () => {
  it.each([
    ['three conflicting rows, an unrelated row last', [budget('Sìn Hồ', 55), budget('Sìn Hồ', 57), budget('Sìn Hồ', 59), budget('Tân Uyên', 70)], [2, 3, 4], ['r5']],
    ['three conflicting rows, unrelated rows around', [budget('Tân Uyên', 70), budget('Sìn Hồ', 55), budget('Mường Tè', 1), budget('Sìn Hồ', 57), budget('Sìn Hồ', 59), budget('Phong Thổ', 2)], [3, 5, 6], ['r2', 'r4', 'r7']],
    ['five rows, two of them the same', [budget('Sìn Hồ', 55), budget('Sìn Hồ', 55), budget('Sìn Hồ', 57), budget('Sìn Hồ', 57), budget('Sìn Hồ', 60), budget('Tân Uyên', 1)], [2, 3, 4, 5, 6], ['r7']],
    ['a conflict after two equal rows', [budget('Sìn Hồ', 55), budget('Sìn Hồ', 55), budget('Sìn Hồ', 56)], [2, 3, 4], []],
    ['three equal rows: the first is kept', [budget('Sìn Hồ', 55), budget('SIN HO', 55), budget('sin-ho', 55), budget('Tân Uyên', 1)], [3, 4], ['r2', 'r5']],
    ['two keys each conflicting three times', [budget('Sìn Hồ', 1), budget('Tân Uyên', 1), budget('Sìn Hồ', 2), budget('Tân Uyên', 2), budget('Sìn Hồ', 3), budget('Tân Uyên', 3), budget('Mường Tè', 9)], [2, 3, 4, 5, 6, 7], ['r8']],
  ] as const)('%s', (_, rows, rejected, kept) => {
    const result = validateObservations(raws(rows.map((r) => ({ ...r }))), ctx);
    expect(duplicates(result)).toEqual(rejected);
    expect(keptRows(result)).toEqual(kept);
  });

  it('names every other row of a conflict, in both languages', () => {
    const result = validateObservations(raws([budget('Sìn Hồ', 55), budget('Sìn Hồ', 57), budget('Sìn Hồ', 59)]), ctx);
    const first = result.issues.find((i) => i.row === 2);
    expect(first).toMatchObject({ severity: 'error', column: 'area, year, indicator', value: 'Sìn Hồ, 2021, budget_revenue' });
    expect(first?.message.vi).toContain('dòng 3, 4');
    expect(first?.message.en).toContain('rows 3, 4');
    expect(result.issues.find((i) => i.row === 4)?.message.en).toContain('rows 2, 3');
  });
});

const cell = (values: readonly (string | number)[]) => fc.constantFrom(...values);
/** Few areas, years and indicators, so keys repeat often; some cells invalid, some figures equal. */
const rowArbitrary = fc.record({
  area: cell(['Sìn Hồ', 'SIN HO', 'Sìn Hồ', 'Tân Uyên', 'Tân Uyên', 'Atlantis', '', 'Sìn\u0007Hồ']),
  year: cell(['2021', '2021', '2021', '2020', '20x1']),
  indicator: cell(['budget_revenue', 'budget_revenue', 'Thu ngân sách nhà nước trên địa bàn', 'jobs_created', 'nope']),
  plan: cell(['50', '50', '60', '', 'abc']),
  actual: cell(['55', '55', '57', 50, 1e308, '']),
  percent_of_plan: cell(['', '', '110']),
  source: cell(['', 'BC', '=HYPERLINK("x")', 'a\u0000b']),
});

describe('validateObservations: no row lost, none both kept and rejected', () => {
  it('every input row is either in the result or named in an error, never both', () => {
    fc.assert(fc.property(fc.array(rowArbitrary, { maxLength: 60 }), (rows) => {
      const result = validateObservations(raws(rows), ctx);
      const kept = keptRows(result);
      const rejected = new Set(result.issues.filter((i) => i.severity === 'error').map((i) => i.row));
      expect(new Set(kept).size).toBe(kept.length);
      for (const [i] of rows.entries()) {
        const row = i + 2;
        expect(Number(kept.includes(`r${row}`)) + Number(rejected.has(row)), `row ${row}`).toBe(1);
      }
      for (const e of result.issues.filter((i) => i.severity === 'error')) {
        expect(e.row).not.toBeNull();
        expect(e.column).toBeTruthy();
        expect(e.value).not.toBeNull();
        expect(e.message.vi && e.message.en).toBeTruthy();
      }
    }), { numRuns: 300 });
  });
});

describe('a figure for a unit out of force names both sides and the likely successors', () => {
  const areas = parseAreasCsv(readFileSync('data/areas.csv', 'utf8'));
  if (!areas.ok) throw new Error('data/areas.csv does not parse');
  const raw = (area: string, year: string) => ({ row: 2, columnNames: {}, cells: { area, year, indicator: 'budget_revenue', plan: '10', actual: '12' } });

  it.each([
    ['huyện Than Uyên', '2025', 'huyện Than Uyên không còn từ 01/07/2025 — có phải xã Mường Kim, Khoen On, Than Uyên hoặc Mường Than?'],
    ['TP Lai Châu', '2025', 'Thành phố Lai Châu không còn từ 01/07/2025 — có phải phường Tân Phong hoặc Đoàn Kết?'],
    ['xã Mường Kim', '2024', 'xã Mường Kim có từ 01/07/2025, chưa có số liệu năm 2024.'],
  ])('%s in %s', (area, year, message) => {
    const result = validateObservations([raw(area, year)], { areas: areas.data, indicators: [buildIndicator()], numberLocale: 'vi' });
    expect(result.observations).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'area-out-of-force', row: 2, column: 'area', value: area });
    expect(result.issues[0]?.message.vi).toContain(message);
  });

  it('a name of two periods with an unreadable year gets the year’s error alone', () => {
    const result = validateObservations([raw('Sìn Hồ', '20x1')], { areas: areas.data, indicators: [buildIndicator()], numberLocale: 'vi' });
    expect(result.issues.map((i) => i.column)).toEqual(['year']);
  });

  it('the same names in their own years are accepted', () => {
    const result = validateObservations([raw('huyện Than Uyên', '2024'), raw('xã Mường Kim', '2025')], { areas: areas.data, indicators: [buildIndicator()], numberLocale: 'vi' });
    expect(result.observations.map((o) => o.area)).toEqual(['than-uyen', 'xa-muong-kim']);
  });
});
