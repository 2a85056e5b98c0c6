import { readFileSync } from 'node:fs';
import { expect, test } from './test';
import { openView } from './fixtures';

// Every district and province of the catalog, every indicator, 1994–2024: a dataset far larger than the seeds'.
const indicators = readFileSync('data/indicators.csv', 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0] ?? '');
const areas = ['tp-lai-chau', 'tam-duong', 'phong-tho', 'sin-ho', 'muong-te', 'nam-nhun', 'than-uyen', 'tan-uyen', 'lai-chau', 'lang-son', 'son-la', 'cao-bang', 'dien-bien'];
const years = Array.from({ length: 31 }, (_, i) => 1994 + i);
const rows = years.flatMap((year) => areas.flatMap((area) => indicators.map((indicator, k) => `${area},${year},${indicator},${100 + k},${101 + k},Báo cáo thử nghiệm (số liệu lớn)`)));
const file = { name: 'so-lieu-lon.csv', mimeType: 'text/csv', buffer: Buffer.from(`area,year,indicator,plan,actual,source\n${rows.join('\n')}\n`) };

test('a large dataset: the data table keeps only the rows near the screen in the page, and scrolls through all of them', async ({ page }) => {
  await openView(page, '/upload');
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles(file);
  await page.getByRole('button', { name: `Ghi phiên bản mới (${rows.length.toLocaleString('vi-VN')} dòng hợp lệ)` }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();

  await openView(page, '/data?sort=year&dir=asc');
  // The new version holds the seeds' rows and the file's, each area × year × indicator once.
  const key = (line: string) => line.split(',').slice(0, 3).join('|');
  // (The table lists the year's figures: a quarter's or a five-year plan's row is not one.)
  const yearRows = readFileSync('data/observations.csv', 'utf8').trim().split('\n').slice(1).filter((line) => !/,(?:month|quarter|to-month|years)-[\d-]+$/.test(line));
  const count = new Set([...rows, ...yearRows].map(key)).size;
  const table = page.getByRole('table');
  await expect(page.getByText(`${count.toLocaleString('vi-VN')} dòng`, { exact: true })).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', String(count + 1));
  const rendered = table.locator('tbody tr:not(.window-spacer)');
  await expect(rendered.first()).toContainText('1994');
  expect(await rendered.count()).toBeLessThan(120);
  // The end of the table is reachable by scrolling: its last row (the latest year) comes into the page.
  // The windowed rows measure themselves as they are drawn, so the page may grow after a press of End
  // (on a busy machine, after the first): End again, as a person would, until the last row is there.
  const last = table.locator(`tbody tr[aria-rowindex="${count + 1}"]`);
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(last).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(table.locator(`tbody tr[aria-rowindex="${count + 1}"]`)).toContainText('2024');
  await page.screenshot({ path: 'test-results/screenshots/data-large-end-1920x1080.png' });
  // Half way down: the rows there are drawn, under the header's columns.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(rendered.filter({ hasText: '2009' }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/data-large-middle-1920x1080.png' });
  expect(await rendered.count()).toBeLessThan(120);
});
