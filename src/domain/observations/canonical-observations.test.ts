import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CANONICAL_HEADER, CANONICAL_HEADER_WITHOUT_PLAN_TEXT, combineCanonicalParts, readCanonicalObservations, readCanonicalPart } from './canonical-observations';
import { splitCsvBytes } from '../csv/csv-cuts';
import { parseDatasetFiles } from '../dataset/dataset-io';
import { parseAreasCsv, parseIndicatorsCsv } from '../catalog/parse-catalog';

const data = (name: string) => readFileSync(`data/${name}`, 'utf8');
const areasResult = parseAreasCsv(data('areas.csv'));
const indicatorsResult = parseIndicatorsCsv(data('indicators.csv'));
if (!areasResult.ok || !indicatorsResult.ok) throw new Error('data/ does not parse');
const areas = areasResult.data;
const indicators = indicatorsResult.data;
/** Rows in the header published before plans kept their text (nine columns): read as ever. */
const read = (body: string) => readCanonicalObservations(`${CANONICAL_HEADER_WITHOUT_PLAN_TEXT}\n${body}\n`, areas, indicators);
/** Rows in the header of plans as printed (ten columns), and in today's (twelve: the figure's kind and date). */
const readWithPlanText = (body: string) => readCanonicalObservations(`${CANONICAL_HEADER.split(',').slice(0, 10).join(',')}\n${body}\n`, areas, indicators);
const readWithKinds = (body: string) => readCanonicalObservations(`${CANONICAL_HEADER}\n${body}\n`, areas, indicators);

describe('the fast reading of a canonical observations.csv', () => {
  it('reads the shipped data exactly as the general reader does', () => {
    const general = parseDatasetFiles({ areas: data('areas.csv'), indicators: data('indicators.csv'), observations: data('observations.csv') });
    const fast = readCanonicalObservations(data('observations.csv'), areas, indicators);
    expect(general.ok && fast.ok).toBe(true);
    if (!general.ok || !fast.ok) return;
    expect(fast.table.toObservations()).toEqual(general.data.observations);
    expect(fast.rows).toBe(general.data.observations.length);
  });

  it('reads the shipped data in any row order exactly as the general reader does (the area, year and next indicator guessed from the row before)', () => {
    const [header, ...rows] = data('observations.csv').trimEnd().split('\n');
    // A fixed shuffle: rows taken by a stride co-prime with their count.
    const stride = [7, 11, 13].find((k) => rows.length % k !== 0)!;
    const shuffled = [header, ...rows.map((_, i) => rows[(i * stride) % rows.length]!)].join('\n');
    const general = parseDatasetFiles({ areas: data('areas.csv'), indicators: data('indicators.csv'), observations: shuffled });
    const fast = readCanonicalObservations(shuffled, areas, indicators);
    expect(general.ok && fast.ok).toBe(true);
    if (!general.ok || !fast.ok) return;
    expect(fast.table.toObservations()).toEqual(general.data.observations);
  });

  it('reads a clean row: empty cells are no figure, the unit is the catalog’s', () => {
    const result = read('tan-uyen,2020,budget_revenue,100,,,,BC 2020,');
    expect(result.ok && result.table.toObservations()).toEqual([
      { area: 'tan-uyen', year: 2020, indicator: 'budget_revenue', plan: 100, actual: null, reportedPercent: null, unit: 'tỷ đồng', source: 'BC 2020', note: '' },
    ]);
  });

  it('reads a plan as printed beside its point, and a row without one in the same file', () => {
    const result = readWithPlanText('lai-chau,2024,grdp_growth,8,8.3,,,BC,,"8 - 8,5%"\nlai-chau,2023,grdp_growth,9,,,,BC,,khoảng 9%\nlai-chau,2024,poverty_rate,12,11.4,,,BC,,dưới 12%\nlai-chau,2024,budget_revenue,2236,,,,BC,,');
    expect(result.ok && result.table.toObservations().map((o) => o.planText)).toEqual(['8 - 8,5%', 'khoảng 9%', 'dưới 12%', undefined]);
  });

  it.each([
    ['a plan text whose point is not the plan column', 'lai-chau,2024,grdp_growth,9,,,,BC,,"8 - 8,5%"'],
    ['a plan text with no plan', 'lai-chau,2024,grdp_growth,,8.3,,,BC,,"8 - 8,5%"'],
    ['a plan text that is no plan', 'lai-chau,2024,grdp_growth,9,,,,BC,,chín'],
    ['a row of nine columns under a ten-column header', 'lai-chau,2024,grdp_growth,9,,,,BC,'],
  ])('hands %s to the general reader', (_, body) => {
    expect(readWithPlanText(body)).toEqual({ ok: false, row: 2 });
  });

  it('reads a figure\'s kind, date and history as publish writes them; other spellings go to the general reader', () => {
    const result = readWithKinds('lai-chau,2024,budget_revenue,2236,2715,,,BC,,,estimate,2024-12-15,,\nlai-chau,2023,budget_revenue,,2731,,,BC,,,final,2025-03,estimate 2715 2024-12-15,');
    expect(result.ok && result.table.toObservations().map((o) => [o.figureKind, o.asOf, o.history])).toEqual([['estimate', '2024-12-15', undefined], ['final', '2025-03', 'estimate 2715 2024-12-15']]);
    expect(readWithKinds('lai-chau,2024,budget_revenue,2236,2715,,,BC,,,ước,2024-12-15,,')).toEqual({ ok: false, row: 2 });
    expect(readWithKinds('lai-chau,2024,budget_revenue,2236,2715,,,BC,,,estimate,15/12/2024,,')).toEqual({ ok: false, row: 2 });
    expect(readWithKinds('lai-chau,2024,budget_revenue,2236,2715,,,BC,,,estimate,2024-02-30,,')).toEqual({ ok: false, row: 2 });
    expect(readWithKinds('lai-chau,2023,budget_revenue,,2731,,,BC,,,final,2025-03,estimate  2715 2024-12-15,')).toEqual({ ok: false, row: 2 });
    expect(readWithKinds('lai-chau,2023,budget_revenue,,2731,,,BC,,,final,2025-03,ước 2715,')).toEqual({ ok: false, row: 2 });
  });

  it('reads a period within the year as publish writes it, a key of its own; other spellings go to the general reader', () => {
    const result = readWithKinds('lai-chau,2025,budget_revenue,3000,1885,,,BC,,,estimate,2025-06-20,,to-month-06\nlai-chau,2025,budget_revenue,3000,3573,,,BC,,,,,,\nlai-chau,2025,budget_revenue,3000,340,,,BC,,,,,,quarter-1');
    expect(result.ok && result.table.toObservations().map((o) => [o.actual, o.period])).toEqual([[1885, 'to-month-06'], [3573, undefined], [340, 'quarter-1']]);
    expect(readWithKinds('lai-chau,2025,budget_revenue,3000,1885,,,BC,,,,,,6 tháng')).toEqual({ ok: false, row: 2 });
    expect(readWithKinds('lai-chau,2025,budget_revenue,3000,1885,,,BC,,,,,,to-month-12')).toEqual({ ok: false, row: 2 });
    expect(readWithKinds('lai-chau,2025,budget_revenue,3000,1885,,,BC,,,,,,month-03\nlai-chau,2025,budget_revenue,3000,1885,,,BC,,,,,,month-03')).toEqual({ ok: false, row: 3 });
  });

  it('hands a file with another header to the general reader', () => {
    expect(readCanonicalObservations('area;year;indicator;plan\ntan-uyen;2020;budget_revenue;100\n', areas, indicators)).toEqual({ ok: false, row: 1 });
  });

  it('skips blank lines but counts every row', () => {
    const result = read('tan-uyen,2020,budget_revenue,100,90,,,BC,\n\ntan-uyen,2021,budget_revenue,100,90,,,BC,');
    expect(result.ok && result.rows).toBe(2);
  });

  // Each of these is a file the general reader must read, to locate and word the issue (or to undo the export's guard).
  it.each([
    ['an unknown area', 'atlantis,2020,budget_revenue,100,90,,,BC,', 2],
    ['a district after the reform', 'tan-uyen,2025,budget_revenue,100,90,,,BC,', 2],
    ['a name, not an id', 'Tân Uyên,2020,budget_revenue,100,90,,,BC,', 2],
    ['a year that is not four digits', 'tan-uyen,20,budget_revenue,100,90,,,BC,', 2],
    ['a Vietnamese number', 'tan-uyen,2020,budget_revenue,"100,5",90,,,BC,', 2],
    ['a number with a grouping mark', 'tan-uyen,2020,budget_revenue,"1,862",90,,,BC,', 2],
    ['no figure at all', 'tan-uyen,2020,budget_revenue,,,,,BC,', 2],
    ['another unit', 'tan-uyen,2020,budget_revenue,100,90,,USD,BC,', 2],
    ['a printed % KH far from plan and actual', 'tan-uyen,2020,budget_revenue,100,90,120,,BC,', 2],
    ['a row twice', 'tan-uyen,2020,budget_revenue,100,90,,,BC,\ntan-uyen,2020,budget_revenue,100,91,,,BC,', 3],
    ['a formula-guarded text', "tan-uyen,2020,budget_revenue,100,90,,,'=1+1,", 2],
    ['a note with a space at its end', 'tan-uyen,2020,budget_revenue,100,90,,,BC,"ghi chú "', 2],
    ['a control character', 'tan-uyen,2020,budget_revenue,100,90,,,B\u0007C,', 2],
    ['a missing column', 'tan-uyen,2020,budget_revenue,100,90', 2],
    ['a line of spaces', 'tan-uyen,2020,budget_revenue,100,90,,,BC,\n   ', 3],
    ['only decimals that read two ways', 'tan-uyen,2020,budget_revenue,1.862,1.900,,,BC,', 2],
  ])('hands %s to the general reader', (_, body, row) => {
    expect(read(body)).toEqual({ ok: false, row });
  });

  // Rows are read a chunk at a time (a megabyte; 4 kB here): a row cut by a chunk's end is read whole, and a row in a later chunk is counted from the file's start.
  describe('a file of several chunks', () => {
    const shipped = Papa.parse<string[]>(data('observations.csv').trim(), { header: false }).data;
    // Notes of about 900 characters with commas (so quoted) make the shipped rows a file of some twenty chunks.
    const long = [shipped[0]!, ...shipped.slice(1).map((cells, i) => [...cells.slice(0, 8), `Ghi chú, dòng ${i + 2}: ${'số liệu kiểm tra '.repeat(55).trim()}`, ...cells.slice(9)])];
    const CHUNK = 4096;
    const file = (rows: string[][]) => `${Papa.unparse(rows, { newline: '\n' })}\n`;

    it('is longer than two chunks and reads exactly as the general reader does', () => {
      const text = file(long);
      expect(text.length).toBeGreaterThan(15 * CHUNK);
      const general = parseDatasetFiles({ areas: data('areas.csv'), indicators: data('indicators.csv'), observations: text });
      const fast = readCanonicalObservations(text, areas, indicators, CHUNK);
      expect(general.ok && fast.ok).toBe(true);
      if (!general.ok || !fast.ok) return;
      expect(fast.table.toObservations()).toEqual(general.data.observations);
      expect(fast.rows).toBe(long.length - 1);
    });

    it.each([
      ['an unknown area near the end', (rows: string[][]) => rows.map((r, i) => (i === rows.length - 3 ? ['atlantis', ...r.slice(1)] : r)), (n: number) => n - 2],
      ['a row repeated at the end', (rows: string[][]) => [...rows, rows[1]!], (n: number) => n + 1],
    ])('names the row of %s', (_, change, expected) => {
      expect(readCanonicalObservations(file(change(long)), areas, indicators, CHUNK)).toEqual({ ok: false, row: expected(long.length) });
    });

    // What the dataset worker does with a large file: cut it into parts of whole rows, read each (a later one without the header), combine.
    const inParts = (text: string, parts: number) => {
      const pieces = splitCsvBytes(new TextEncoder().encode(text), parts).map((piece) => new TextDecoder().decode(piece));
      expect(pieces.join('')).toBe(text);
      return combineCanonicalParts(pieces.map((piece, i) => readCanonicalPart(piece, areas, indicators, { first: i === 0, chunkChars: CHUNK })), areas, indicators);
    };

    it.each([2, 3, 4, 7])('read in %i parts, gives what one reading gives', (parts) => {
      const text = file(long);
      const whole = readCanonicalObservations(text, areas, indicators, CHUNK);
      const split = inParts(text, parts);
      expect(split.ok && whole.ok).toBe(true);
      if (!split.ok || !whole.ok) return;
      expect(split.table.toObservations()).toEqual(whole.table.toObservations());
      expect(split.rows).toBe(whole.rows);
    });

    it.each([
      ['an unknown area near the end', (rows: string[][]) => rows.map((r, i) => (i === rows.length - 3 ? ['atlantis', ...r.slice(1)] : r))],
      ['a row repeated at the end (the first in another part)', (rows: string[][]) => [...rows, rows[1]!]],
      ['a row repeated in the same part', (rows: string[][]) => [...rows.slice(0, 5), rows[4]!, ...rows.slice(5)]],
      ['a blank line, then an unknown area', (rows: string[][]) => [...rows.slice(0, 40), [''], ...rows.slice(40).map((r, i) => (i === 20 ? ['atlantis', ...r.slice(1)] : r))]],
    ])('read in parts, names the row of %s as one reading does', (_, change) => {
      const text = file(change(long));
      const whole = readCanonicalObservations(text, areas, indicators, CHUNK);
      expect(whole.ok).toBe(false);
      for (const parts of [2, 3, 4]) expect(inParts(text, parts)).toEqual(whole);
    });

    it('read in parts, asks about decimals that read two ways only when no part tells the format', () => {
      const twoWays = 'tan-uyen,2020,budget_revenue,1.862,1.900,,,BC,';
      const english = 'tan-uyen,2021,budget_revenue,100.5,90,,,BC,';
      const part = (body: string) => readCanonicalPart(`${CANONICAL_HEADER_WITHOUT_PLAN_TEXT}\n${body}\n`, areas, indicators);
      expect(combineCanonicalParts([part(twoWays), part(twoWays.replace('2020', '2019'))], areas, indicators)).toEqual({ ok: false, row: 2 });
      expect(combineCanonicalParts([part(twoWays), part(english)], areas, indicators)).toMatchObject({ ok: true, rows: 2 });
    });

    it('stops at a quote left open', () => {
      const result = readCanonicalObservations(`${file(long)}tan-uyen,2016,budget_revenue,1,1,,,"BC,\n`, areas, indicators, CHUNK);
      expect(result).toEqual({ ok: false, row: long.length + 1 });
    });
  });
});
