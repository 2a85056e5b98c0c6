import { expect, test } from './test';
import { openView } from './fixtures';

test('district: every indicator as a bullet with its figures (Tân Uyên 2020)', async ({ page }) => {
  await openView(page, '/district/tan-uyen?year=2020');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('huyện Tân Uyên — năm 2020');
  const poverty = page.locator('[data-indicator="poverty_reduction"]');
  await expect(poverty).toContainText('2,47 điểm %');
  await expect(poverty).toContainText('149,7%');
  await expect(poverty).toContainText('KH suy ra');
  await expect(poverty.locator('path.recharts-rectangle')).toHaveCount(1);
  await expect(page.locator('[data-indicator="motorable_road_villages"]')).toContainText('100%');
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'huyện Tam Đường' });
  await expect(page).toHaveURL(/\/district\/tam-duong\?year=2020/);
  await expect(page.locator('[data-indicator="poverty_reduction"]')).toContainText('6,28 điểm %');
});

test('district: Thành phố Lai Châu 2019 figures and the percent-only bullet', async ({ page }) => {
  await openView(page, '/district/tp-lai-chau?year=2019');
  await expect(page.locator('[data-indicator="production_value"]')).toContainText('7.113 tỷ đồng');
  await expect(page.locator('[data-indicator="production_value"]')).toContainText('101%');
  await expect(page.locator('[data-indicator="jobs_created"]')).toContainText('835 người');
  await expect(page.locator('[data-indicator="poverty_rate"]')).toContainText('0,65%');
  await expect(page.locator('[data-indicator="poverty_rate"]')).toContainText('200%');
});

test('a link may name a part of the indicators (a slide’s); the page says so and leads to all', async ({ page }) => {
  await openView(page, '/district/tp-lai-chau?year=2019');
  const all = await page.locator('.bullet-row').count();
  await openView(page, '/district/tp-lai-chau?year=2019&indicators=production_value,poverty_rate');
  await expect(page.locator('.bullet-row')).toHaveCount(2);
  await expect(page.getByText(`Đang hiện 2 trong ${all} chỉ tiêu.`)).toBeVisible();
  await page.getByRole('link', { name: 'Xem tất cả' }).click();
  await expect(page.locator('.bullet-row')).toHaveCount(all);
  await expect(page).toHaveURL(/\/district\/tp-lai-chau\?year=2019$/);
  await openView(page, '/?year=2019&indicators=budget_revenue');
  await expect(page.locator('.status-matrix tbody tr')).toHaveCount(1);
});

test('indicator: districts sorted by % of plan, percent-only reports named (budget 2019)', async ({ page }) => {
  await openView(page, '/indicator/budget_revenue?year=2019');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thu ngân sách nhà nước trên địa bàn');
  await expect(page.getByText(/Chỉ có % KH.*Phong Thổ \(203%\)/)).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle path.recharts-rectangle').first()).toBeVisible();
  await page.getByText('Xem bảng số liệu').first().click();
  const rows = page.getByRole('table').first().getByRole('row');
  await expect(rows.nth(1)).toContainText('Phong Thổ');
  await expect(rows.nth(1)).toContainText('203%');
  await expect(rows.filter({ hasText: 'Tân Uyên' })).toContainText('64,2 tỷ đồng');
  await expect(rows.filter({ hasText: 'Tân Uyên' })).toContainText('119,4%');
});

test('trend: actual and plan over the years, gaps kept, derived plan explained', async ({ page }) => {
  await openView(page, '/trend?area=lai-chau&indicator=budget_revenue');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thu ngân sách nhà nước trên địa bàn — Lai Châu');
  await expect(page.locator('.recharts-line')).toHaveCount(2);
  // Every figure is printed at its point, with the unit once above the chart; the higher of actual and plan is labelled above.
  await expect(page.locator('.chart-unit')).toHaveText('Đơn vị tính: tỷ đồng');
  const labels = page.locator('.recharts-label-list');
  const label = (text: string) => labels.getByText(text, { exact: true });
  await expect(page.locator('.recharts-label-list text')).toHaveCount(3);
  for (const figure of ['1.862', '1.500', '2.236']) await expect(label(figure)).toBeVisible();
  const [actualBox, planBox] = await Promise.all([label('1.862').boundingBox(), label('1.500').boundingBox()]);
  expect(actualBox!.y).toBeLessThan(planBox!.y);
  await page.getByText('Xem bảng số liệu').click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /^2016/ })).toContainText('1.862 tỷ đồng');
  await expect(table.getByRole('row', { name: /^2024/ })).toContainText('2.236 tỷ đồng');
  await expect(table.getByRole('row', { name: /^2020/ })).toContainText('Không có số liệu');
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Tân Uyên' });
  await page.getByLabel('Chỉ tiêu', { exact: true }).selectOption({ label: 'Mức giảm tỷ lệ hộ nghèo' });
  await expect(page.getByText('KH suy ra từ % KH (điểm rỗng)')).toBeVisible();
  await expect(label('2,47')).toBeVisible();
  await expect(label('≈ 1,65')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/— Tân Uyên$/);
});

test('data: filter, sort and export the rows on screen', async ({ page }) => {
  await openView(page, '/data');
  // The area filter names each unit with its kind; without a year it dates those a reform started or ended.
  const areaFilter = page.getByLabel('Đơn vị', { exact: true });
  await expect(areaFilter.locator('option', { hasText: 'Lào Cai (đến 30/06/2025)' })).toHaveCount(1);
  await expect(areaFilter.locator('option', { hasText: 'xã Mường Kim (từ 01/07/2025)' })).toHaveCount(1);
  await page.getByLabel('Năm', { exact: true }).selectOption('2020');
  // With a year, only the units in force at its end: the districts, not the communes.
  await expect(areaFilter.locator('option', { hasText: 'huyện Tân Uyên' })).toHaveCount(1);
  await expect(areaFilter.locator('option', { hasText: 'xã Tân Uyên' })).toHaveCount(0);
  await page.getByLabel('Chỉ tiêu', { exact: true }).selectOption({ label: 'Mức giảm tỷ lệ hộ nghèo' });
  await expect(page.getByText('7 dòng', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /% KH/ }).click();
  await page.getByRole('button', { name: /% KH/ }).click();
  await expect(page).toHaveURL(/sort=percent&dir=desc/);
  const firstRow = page.getByRole('table').getByRole('row').nth(1);
  await expect(firstRow).toContainText('Tân Uyên');
  await expect(firstRow).toContainText('KH suy ra');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải CSV (7 dòng)' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  // A BOM leads, for Excel (trim() would take it away with the spaces).
  expect(readFileSync(file, 'utf8').startsWith('\uFEFFarea,')).toBe(true);
  const csv = readFileSync(file, 'utf8').trim().split('\n');
  expect(csv[0]).toBe('area,year,indicator,plan,actual,percent_of_plan,unit,source,note,plan_text,figure_kind,as_of,history,period');
  expect(csv).toHaveLength(8);
  expect(csv.some((line) => line.startsWith('tan-uyen,2020,poverty_reduction,,2.47,149.7,'))).toBe(true);
});
