import { readFile } from 'node:fs/promises';
import { read, utils, type CellObject, type WorkSheet } from '@e965/xlsx';
import { expect, test, type Locator, type Page } from './test';
import { openView } from './fixtures';

/** Clicks a control that downloads, and opens the file with SheetJS on the test's side. */
async function downloadBook(page: Page, button: Locator) {
  const started = page.waitForEvent('download');
  await button.click();
  const file = await started;
  const book = read(await readFile(await file.path()), { cellStyles: true });
  return { name: file.suggestedFilename(), book };
}

const rowsOf = (sheet: WorkSheet) => utils.sheet_to_json<(string | number | null)[]>(sheet, { header: 1, defval: null, blankrows: true });
const cellAt = (sheet: WorkSheet, row: number, column: number) => sheet[utils.encode_cell({ r: row, c: column })] as CellObject | undefined;

/** The header row (the first whose first cell is `first`), after the title and provenance rows. */
function headerRow(sheet: WorkSheet, first: string): number {
  const row = rowsOf(sheet).findIndex((cells) => cells[0] === first);
  expect(row, `a header starting "${first}"`).toBeGreaterThan(1);
  return row;
}

/** The provenance rows above the table: the title first, the data version and the moment of export among them. */
function expectProvenance(sheet: WorkSheet, title: string | RegExp, header: number) {
  const above = rowsOf(sheet).slice(0, header).map((cells) => String(cells[0] ?? ''));
  expect(above[0]).toMatch(title);
  expect(above.some((line) => line.startsWith('Dữ liệu: '))).toBe(true);
  expect(above.some((line) => line.startsWith('Xuất lúc '))).toBe(true);
  expect(cellAt(sheet, 0, 0)?.t).toBe('s');
}

test('the data table downloads as .xlsx: figures are numbers, the header under the provenance', async ({ page }) => {
  await openView(page, '/data?year=2019');
  const { name, book } = await downloadBook(page, page.getByRole('button', { name: /Bảng số liệu \(Excel \.xlsx\)$/ }));
  expect(name).toMatch(/\.xlsx$/);
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  const header = headerRow(sheet, 'Đơn vị');
  expect(rowsOf(sheet)[header]).toEqual(['Đơn vị', 'Năm', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'KH (nguyên văn)', 'Thực hiện', '% KH (%)', 'Đánh giá', 'Nguồn', 'Ghi chú', 'Lịch sử số liệu']);
  expectProvenance(sheet, 'Bảng số liệu', header);
  const rows = rowsOf(sheet).slice(header + 1);
  expect(rows).toHaveLength(43);
  const k = rows.findIndex((cells) => cells[0] === 'Tân Uyên' && cells[2] === 'Thu ngân sách nhà nước trên địa bàn');
  expect(k).toBeGreaterThanOrEqual(0);
  const row = header + 1 + k;
  expect(cellAt(sheet, row, 1)).toMatchObject({ t: 'n', v: 2019 });
  expect(cellAt(sheet, row, 6)).toMatchObject({ t: 'n', v: 64.2, z: '#,##0.0' });
  expect(cellAt(sheet, row, 7)).toMatchObject({ t: 'n', v: 119.4 });
});

test('the data table offers the Vietnamese CSV: BOM, semicolons, comma decimals', async ({ page }) => {
  await openView(page, '/data?year=2019');
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: /Bảng số liệu \(CSV kiểu Việt Nam/ }).click();
  const text = await readFile(await (await started).path(), 'utf8');
  expect(text.startsWith('\uFEFF# Bảng số liệu')).toBe(true);
  expect(text).toContain('\nĐơn vị;Năm;Chỉ tiêu;Đơn vị tính;Kế hoạch;KH (nguyên văn);Thực hiện;% KH (%);Đánh giá;Nguồn;Ghi chú;Lịch sử số liệu\n');
  expect(text).toMatch(/\nTân Uyên;2019;Thu ngân sách nhà nước trên địa bàn;tỷ đồng;[\d,]*;;64,2;119,4;/);
});

test('a chart’s table downloads as .xlsx with its figures as numbers and the unit in the header', async ({ page }) => {
  await openView(page, '/indicator/budget_revenue?year=2019');
  const figure = page.locator('figure.chart-frame').first();
  const { book } = await downloadBook(page, figure.getByRole('button', { name: /\(Excel \.xlsx\)$/ }));
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  expect(book.SheetNames[0]!.length).toBeLessThanOrEqual(31);
  const header = headerRow(sheet, 'Đơn vị');
  expect(rowsOf(sheet)[header]).toEqual(['Đơn vị', 'Thực hiện (tỷ đồng)', 'Kế hoạch (tỷ đồng)', '% KH (%)', 'Đánh giá', 'Nguồn']);
  expectProvenance(sheet, /^Thu ngân sách nhà nước trên địa bàn năm 2019/, header);
  const k = rowsOf(sheet).findIndex((cells) => cells[0] === 'Tân Uyên');
  expect(cellAt(sheet, k, 1)).toMatchObject({ t: 'n', v: 64.2 });
  expect(cellAt(sheet, k, 3)).toMatchObject({ t: 'n', v: 119.4 });
});

test('the ranking and scorecard download as one .xlsx of two sheets', async ({ page }) => {
  await openView(page, '/ranking?year=2019');
  const { book } = await downloadBook(page, page.getByRole('button', { name: /bảng xếp hạng và bảng điểm \(Excel \.xlsx\)$/ }));
  expect(book.SheetNames).toEqual(['Xếp hạng', 'Bảng điểm']);
  const ranking = book.Sheets['Xếp hạng']!;
  const header = headerRow(ranking, 'Hạng');
  expect(rowsOf(ranking)[header]).toEqual(['Hạng', 'Đơn vị', 'Điểm (điểm)', 'Số chỉ tiêu có số liệu', 'Số chỉ tiêu xét']);
  expectProvenance(ranking, /2019/, header);
  expect(cellAt(ranking, header + 1, 0)).toMatchObject({ t: 'n', v: 1 });
  expect(cellAt(ranking, header + 1, 2)?.t).toBe('n');
  const scorecard = book.Sheets['Bảng điểm']!;
  const scoreHeader = headerRow(scorecard, 'Hạng');
  const percents = rowsOf(scorecard).slice(scoreHeader + 1).flatMap((cells, r) => cells.slice(2).map((_, c) => cellAt(scorecard, scoreHeader + 1 + r, c + 2)).filter((cell) => cell !== undefined));
  expect(percents.length).toBeGreaterThan(0);
  for (const cell of percents) expect(cell.t).toBe('n');
});

test('Tải biểu mẫu: the 2025 form lists the 38 communes in force, a merged indicator header over Kế hoạch / Thực hiện', async ({ page }) => {
  await openView(page, '/upload');
  const form = page.getByRole('group', { name: 'Biểu mẫu Excel gửi các đơn vị' });
  await form.getByLabel('Năm').selectOption('2025');
  await expect(form.getByLabel('Cấp')).toContainText('(38)');
  const { name, book } = await downloadBook(page, form.getByRole('button', { name: 'Tải biểu mẫu' }));
  expect(name).toBe('chi-tieu-bieu-mau-2025.xlsx');
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  const rows = rowsOf(sheet);
  expect(rows[0]?.[0]).toMatch(/^BIỂU NHẬP SỐ LIỆU .* NĂM 2025$/);
  expect(String(rows[1]?.[0])).toContain('38 đơn vị');
  expect(rows[3]?.slice(0, 3)).toEqual(['STT', 'Đơn vị', expect.stringMatching(/\(.+\)$/)]);
  expect(rows[4]?.slice(2, 4)).toEqual(['Kế hoạch', 'Thực hiện']);
  expect(sheet['!merges']).toEqual(expect.arrayContaining([{ s: { r: 3, c: 2 }, e: { r: 3, c: 3 } }, { s: { r: 3, c: 0 }, e: { r: 4, c: 0 } }]));
  const units = rows.slice(5).filter((cells) => cells.some((cell) => cell !== null));
  expect(units).toHaveLength(38);
  units.forEach((_, k) => expect(cellAt(sheet, 5 + k, 0)).toMatchObject({ t: 'n', v: k + 1 }));
  expect(new Set(units.map((cells) => cells[1])).size).toBe(38);

  // A form of a period within the year: its title names the period as the upload reads it, its plan is the year's.
  await form.getByLabel('Kỳ báo cáo').selectOption({ label: '6 tháng' });
  const half = await downloadBook(page, form.getByRole('button', { name: 'Tải biểu mẫu' }));
  expect(half.name).toBe('chi-tieu-bieu-mau-2025-to-month-06.xlsx');
  const halfRows = rowsOf(half.book.Sheets[half.book.SheetNames[0]!]!);
  expect(halfRows[0]?.[0]).toBe('BIỂU NHẬP SỐ LIỆU CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2025');
  expect(halfRows[4]?.slice(2, 4)).toEqual(['Kế hoạch năm', 'Thực hiện']);
});

test('the report’s tables download as .xlsx in the office form', async ({ page }) => {
  await openView(page, '/report?year=2019');
  const { book } = await downloadBook(page, page.getByRole('button', { name: /bảng tổng hợp và bảng chỉ tiêu năm 2019 \(Excel \.xlsx\)$/ }));
  expect(book.SheetNames[0]).toBe('Tổng hợp');
  expect(book.SheetNames.length).toBeGreaterThan(1);
  const unit = book.Sheets[book.SheetNames[1]!]!;
  const header = headerRow(unit, 'STT');
  expect(rowsOf(unit)[header]).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'So sánh (%)']);
  const figures = rowsOf(unit).slice(header + 1).flatMap((_cells, r) => [3, 4, 5].map((c) => cellAt(unit, header + 1 + r, c)).filter((cell) => cell !== undefined));
  for (const cell of figures) expect(cell.t).toBe('n');
});
