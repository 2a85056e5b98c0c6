import { expectNoBrokenText, openView } from './fixtures';
import { builtInIndex } from './built-in-data';
import { expect, test } from './test';
import { formatNumber, unitOf } from '../src/domain/numbers/format';
import { mainListsOf } from '../src/domain/main-targets';
import { writtenPlan } from '../src/domain/evaluation/evaluate';

/** Seed 001's list of main targets (data/main-targets.csv, partial) in the 2024 report: named with its source, every actual "chưa có số liệu". */
const index = builtInIndex();
const [list] = mainListsOf(index.dataset.mainTargets);
const SOURCE = 'Chỉ thị 477/CT-UBND (07/02/2024) của UBND tỉnh Lai Châu';
// What the data really has for 2024: the directive's plans as it wrote them ("khoảng 9"), no result yet.
const expectedRows = (list?.indicators ?? []).map((id) => {
  const indicator = index.indicator(id)!;
  const evaluation = index.evaluation('lai-chau', 2024, id);
  if (evaluation?.plan.kind !== 'value') throw new Error(`data/observations.csv has no 2024 plan of ${id}`);
  return { name: indicator.nameVi, unit: unitOf(indicator, 'vi'), plan: writtenPlan(evaluation.plan, 'vi') ?? formatNumber(evaluation.plan.value, 'vi'), actual: evaluation.actual };
});

test('the data holds one list: the province’s 2024 targets from Chỉ thị 477, partial, with plans and no actuals', () => {
  expect(list).toMatchObject({ area: 'lai-chau', year: 2024, scope: 'partial', source: SOURCE });
  expect(expectedRows).toHaveLength(7);
  expect(expectedRows.every((r) => r.actual === null)).toBe(true);
});

test('/report?year=2024 names the directive’s main targets, says the list is partial, and shows every actual as “chưa có số liệu”; the .docx holds the same', async ({ page }) => {
  await openView(page, '/report?year=2024');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Báo cáo kết quả thực hiện chỉ tiêu năm 2024');
  const overall = page.locator('.report-section').first();
  await expect(overall.locator('.report-paragraph')).toHaveText(new RegExp(`^Tỉnh Lai Châu năm 2024: 7 chỉ tiêu chủ yếu nêu tại ${SOURCE.replace(/[()/]/g, '\\$&')} \\(một số chỉ tiêu\\) đều chưa có số liệu thực hiện: tốc độ tăng trưởng GRDP \\(KH khoảng 9%\\); `));
  await expect(overall.locator('.report-paragraph')).toContainText('Văn bản chỉ nêu một số chỉ tiêu chủ yếu; các chỉ tiêu chủ yếu khác chưa có trong dữ liệu.');
  const table = overall.locator('.report-table');
  await expect(table.locator('caption')).toHaveText(`Kết quả thực hiện các chỉ tiêu chủ yếu — Tỉnh Lai Châu (theo ${SOURCE}; một số chỉ tiêu)`);
  await expect(table.locator('tbody th')).toHaveText(expectedRows.map((r) => r.name));
  for (const [k, row] of expectedRows.entries()) await expect(table.locator('tbody tr').nth(k).locator('td')).toHaveText([String(k + 1), row.unit, row.plan, 'chưa có số thực hiện', 'không tính được', 'Chưa có số liệu']);
  // No district has a 2024 target in the data: its counts are dashes, never 0.
  await expect(page.locator('.report-summary tbody tr').first().locator('td')).toHaveText(['không có chỉ tiêu có KH', '—', '—', '—']);
  await expect(page.locator('.report-sources li', { hasText: 'Danh mục chỉ tiêu chủ yếu' })).toHaveText(`Danh mục chỉ tiêu chủ yếu: ${SOURCE} (một số chỉ tiêu)`);
  await expectNoBrokenText(page);

  const paragraphs = await page.locator('.report-paragraph').allInnerTexts();
  const cells = await table.locator('tbody td, tbody th').allInnerTexts();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải báo cáo (.docx)' }).click();
  const file = await download;
  const { readFileSync, copyFileSync, mkdirSync } = await import('node:fs');
  const { unzipSync, strFromU8 } = await import('fflate');
  mkdirSync('test-results/screenshots', { recursive: true });
  copyFileSync(await file.path(), 'test-results/screenshots/report-2024.docx');
  const xml = strFromU8(unzipSync(readFileSync(await file.path()))['word/document.xml']!);
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  expect(xml).toContain(escape(`Kết quả thực hiện các chỉ tiêu chủ yếu — Tỉnh Lai Châu (theo ${SOURCE}; một số chỉ tiêu)`));
  for (const text of paragraphs) expect(xml).toContain(escape(text.trim()));
  for (const cell of cells) expect(xml).toContain(`>${escape(cell.trim())}<`);
  expect(xml).toContain(escape(`Danh mục chỉ tiêu chủ yếu: ${SOURCE} (một số chỉ tiêu)`));
});

test('in English the same list, said in English', async ({ page }) => {
  await openView(page, '/report?year=2024');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('.report-paragraph').first()).toContainText(`Lai Châu province in 2024: 7 main targets named in ${SOURCE} (some of the main targets), none with a result yet: GRDP growth rate (plan about 9%);`);
  await expect(page.locator('.report-sources li', { hasText: 'List of main targets' })).toHaveText(`List of main targets: ${SOURCE} (some of the main targets)`);
});

for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
  test(`screenshot: /report?year=2024 with the directive’s list at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openView(page, '/report?year=2024');
    await expect(page.locator('.report-table caption').first()).toContainText('Chỉ thị 477/CT-UBND');
    await page.screenshot({ path: `test-results/screenshots/report-main-targets-2024-${size.width}x${size.height}.png`, fullPage: true });
  });
}
