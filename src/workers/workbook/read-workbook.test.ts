import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GridCell, SheetGrid } from '../../domain/workbook/sheet-grid';
import { listSheets, readWorkbook } from './read-workbook';

/** The corpus (scripts/make-workbooks.mjs) against what a reader must find in it (expectations.json). */
const DIR = `${process.cwd()}/data/workbooks`;
interface SheetExpectation {
  name: string;
  hidden: boolean;
  merges: string[];
  cells: Record<string, GridCell>;
  hiddenRows?: number[];
  hiddenColumns?: number[];
  rowCount?: number;
}
type Expectation = { sheets: SheetExpectation[]; warnings?: string[]; title?: string } | { refused: string };
const EXPECTATIONS = JSON.parse(readFileSync(`${DIR}/expectations.json`, 'utf8')) as Record<string, Expectation>;
const bytesOf = (file: string) => new Uint8Array(readFileSync(`${DIR}/${file}`));

const A1 = (ref: string): [number, number] => {
  const [, letters = '', digits = '0'] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [];
  const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(digits) - 1, column];
};
const rangeOf = (ref: string) => {
  const [from = '', to = from] = ref.split(':');
  const [top, left] = A1(from);
  const [bottom, right] = A1(to);
  return { top, left, bottom, right };
};
const cellAt = (sheet: SheetGrid, ref: string) => {
  const [r, c] = A1(ref);
  return sheet.rows[r]?.[c] ?? null;
};

describe('readWorkbook on the corpus', () => {
  it('has at least twelve ordinary files and the hostile ones', () => {
    expect(Object.values(EXPECTATIONS).filter((e) => 'sheets' in e).length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(EXPECTATIONS).filter((f) => f.startsWith('hostile-')).length).toBeGreaterThanOrEqual(4);
  });

  const ordinary = Object.entries(EXPECTATIONS).flatMap(([file, e]) => ('sheets' in e ? [[file, e] as const] : []));
  it.each(ordinary)('%s: sheets, merges, cells, hidden flags', async (file, expected) => {
    const result = await readWorkbook(bytesOf(file), { fileName: file });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.data.sheets.map((s) => [s.name, s.hidden])).toEqual(expected.sheets.map((s) => [s.name, s.hidden]));
    expected.sheets.forEach((want, i) => {
      const sheet = result.data.sheets[i]!;
      expect(sheet.merges).toEqual(expect.arrayContaining(want.merges.map(rangeOf)));
      expect(sheet.merges).toHaveLength(want.merges.length);
      for (const [ref, cell] of Object.entries(want.cells)) expect(cellAt(sheet, ref), `${file} ${want.name}!${ref}`).toEqual(cell);
      expect(sheet.hiddenRows).toEqual(want.hiddenRows ?? []);
      expect(sheet.hiddenColumns).toEqual(want.hiddenColumns ?? []);
      if (want.rowCount !== undefined) expect(sheet.rows).toHaveLength(want.rowCount);
    });
    expect(result.warnings.map((w) => w.code)).toEqual(expected.warnings ?? []);
  });

  const refused = Object.entries(EXPECTATIONS).flatMap(([file, e]) => ('refused' in e ? [[file, e.refused] as const] : []));
  it.each(refused)('%s is refused (%s) quickly, with the file, the figure, the limit and the fix', async (file, code) => {
    const started = performance.now();
    const result = await readWorkbook(bytesOf(file), { fileName: file });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toEqual([code]);
    const { vi, en } = result.issues[0]!.message;
    expect(vi).toContain(file);
    expect(en).toContain(file);
    expect(vi).toMatch(/chia tệp|xóa|lưu lại/);
    // Refused before anything big is built: SheetJS took six minutes to parse the million cells on a
    // loaded machine; the refusal takes a second or two there, so 20 s tells one from the other.
    expect(performance.now() - started).toBeLessThan(20_000);
    const listed = await listSheets(bytesOf(file), { fileName: file });
    // The picker's list passes the same zip guard; a sheet too big to read may still be listed.
    expect(listed.ok).toBe(code === 'workbook-sheet-too-many-cells');
  });
});

describe('readWorkbook of the sheets picked', () => {
  it.each([
    ['by index', [1], ['Ẩn']],
    ['by name', ['Ẩn'], ['Ẩn']],
    ['both, in the order asked, once each', ['Ẩn', 0, 1], ['Ẩn', 'Hiện']],
  ] as const)('%s', async (_, sheets, names) => {
    const result = await readWorkbook(bytesOf('hidden.xlsx'), { fileName: 'hidden.xlsx', sheets });
    expect(result.ok && result.data.sheets.map((s) => s.name)).toEqual(names);
  });

  it('picks a sheet by the name it is listed under, control characters shown', async () => {
    const result = await readWorkbook(bytesOf('hostile-control-sheet-name.xlsx'), { sheets: ['Biểu[U+0007] 01[U+202E]'] });
    expect(result.ok && result.data.sheets).toHaveLength(1);
  });

  it.each([[[2]], [['Không có']], [[-1]]] as const)('refuses a sheet the workbook lacks (%j)', async (sheets) => {
    const result = await readWorkbook(bytesOf('hidden.xlsx'), { fileName: 'hidden.xlsx', sheets });
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['workbook-no-such-sheet']);
  });

  it('counts the cells of every sheet read against the limit, naming the sheet where it passed', async () => {
    const result = await readWorkbook(bytesOf('header-two-rows.xlsx'), { fileName: 'x.xlsx', limits: { workbookCells: 100 } });
    expect(!result.ok && result.issues[0]).toMatchObject({ code: 'workbook-too-many-cells', column: 'Xã phường' });
  });

  it('counts each sheet\'s cells against the sheet limit as well as its declared range', async () => {
    // The sheet declares A1:A1 (one cell) and holds nine.
    const result = await readWorkbook(bytesOf('hostile-dimension-lies.xlsx'), { fileName: 'x.xlsx', limits: { workbookSheetCells: 5 } });
    expect(!result.ok && result.issues[0]).toMatchObject({ code: 'workbook-sheet-too-many-cells', column: 'Biểu 01', value: '5' });
    expect(!result.ok && result.issues[0]?.message.vi).toMatch(/nhiều hơn vùng dữ liệu/);
  });

  it.each([
    ['not a workbook at all', new TextEncoder().encode('area,year\n'), 'workbook-unreadable'],
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]), 'workbook-unreadable'],
  ] as const)('refuses %s as a result, never a throw', async (_, bytes, code) => {
    const result = await readWorkbook(bytes, { fileName: 'x.xlsx' });
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual([code]);
  });
});

describe('listSheets', () => {
  it.each([
    ['title-block.xlsx', [{ index: 0, name: 'Biểu 01', hidden: false, ref: 'A1:F8', rows: 8, columns: 6, title: 'UBND TỈNH LAI CHÂU' }]],
    ['empty-sheet.xlsx', [{ index: 0, name: 'Trống', hidden: false, ref: null, rows: 0, columns: 0, title: null }, { index: 1, name: 'Số liệu', hidden: false, ref: 'A1:B2', rows: 2, columns: 2, title: 'Đơn vị' }]],
    ['hidden.xlsx', [{ index: 0, name: 'Hiện', hidden: false, ref: 'A1:D4', rows: 4, columns: 4, title: 'Đơn vị' }, { index: 1, name: 'Ẩn', hidden: true, ref: 'A1:A2', rows: 2, columns: 1, title: 'Bảng tra cứu' }]],
    ['hostile-million-cells.xlsx', [{ index: 0, name: 'Biểu 01', hidden: false, ref: 'A1:ALL1000', rows: 1000, columns: 1000, title: null }]],
  ])('%s', async (file, sheets) => {
    const result = await listSheets(bytesOf(file), { fileName: file });
    expect(result.ok && result.data).toEqual(sheets);
  });
});
