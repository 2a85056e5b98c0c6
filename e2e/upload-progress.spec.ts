import { writeFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo, type Worker } from './test';
import { openView } from './fixtures';

/**
 * A long file: the status shows from the start, the bar counts rows while they are checked, and Huỷ stops
 * the analysis at any moment (its worker ends, nothing is reported, nothing stored changes).
 * The file is written to disk and given by path, as a person picks it.
 */
const ROWS = 300_000;
const AREAS = ['lai-chau', 'sin-ho', 'tan-uyen', 'tam-duong', 'than-uyen', 'phong-tho', 'muong-te', 'nam-nhun', 'tp-lai-chau'];
const INDICATORS = ['budget_revenue', 'grdp_growth', 'poverty_rate', 'forest_cover', 'jobs_created'];

/**
 * 1,125 keys (area × year × indicator), each repeated with the same figures: the repeats are reported as
 * duplicates of the first. (Repeats with other figures would make each row's message list all the others.)
 */
function longFile(path: string) {
  const lines = ['area,year,indicator,plan,actual,percent_of_plan,unit,source,note'];
  for (let i = 0; i < ROWS; i++) {
    const [area, year, indicator] = [i % AREAS.length, Math.floor(i / 45) % 25, Math.floor(i / 9) % 5];
    lines.push(`${AREAS[area]},${2000 + year},${INDICATORS[indicator]},${100 + area + year},${90 + indicator + year},,,e2e,`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Picks the file and resolves with the analysis's worker once it has started. */
async function pick(page: Page, path: string): Promise<Worker> {
  const worker = page.waitForEvent('worker', (w) => w.url().includes('upload.worker'));
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles(path);
  return worker;
}

/** /upload with a long file picked; its path and the analysis's worker. */
async function startLong(page: Page, testInfo: TestInfo) {
  test.slow();
  const path = testInfo.outputPath('long.csv');
  longFile(path);
  await openView(page, '/upload');
  return { path, worker: await pick(page, path) };
}

const analyzing = (page: Page) => page.getByRole('status').filter({ hasText: 'Đang kiểm tra long.csv…' });

test('a long file shows its progress from the start, counts its rows, and Huỷ ends the analysis while rows are counted', async ({ page }, testInfo) => {
  const { worker } = await startLong(page, testInfo);
  await expect(analyzing(page).getByRole('progressbar')).toBeVisible();
  await expect(analyzing(page)).toContainText(/[1-9][\d.]* \/ [\d.]+ dòng/);
  const closed = worker.waitForEvent('close');
  await analyzing(page).getByRole('button', { name: 'Huỷ' }).click();
  await expect(page.getByText('Đã huỷ. Số liệu đang dùng không thay đổi.')).toBeVisible();
  await closed;
  await expect(analyzing(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Số liệu gốc/ })).toContainText('đang dùng');
});

test('Huỷ the moment the analysis shows ends it; the same file then reads to its report', async ({ page }, testInfo) => {
  const { path, worker } = await startLong(page, testInfo);
  const closed = worker.waitForEvent('close');
  await analyzing(page).getByRole('button', { name: 'Huỷ' }).click();
  await expect(page.getByText('Đã huỷ. Số liệu đang dùng không thay đổi.')).toBeVisible();
  await closed;
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toHaveCount(0);

  // The same file again: the input let go of it when it was taken, so a person's pick of it is a change again.
  await expect(page.locator('input[type=file]')).toHaveValue('');
  await pick(page, path);
  // Reading 300,000 rows takes seconds on a busy machine: the report is waited for as long as the slow test allows.
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.report-summary')).toContainText('dòng hợp lệ');
});
