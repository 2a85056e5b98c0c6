import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { createDatasetIndex } from '../src/domain/dataset/dataset-index';
import { parseDatasetFiles } from '../src/domain/dataset/dataset-io';
import { openView } from './fixtures';

const parsed = parseDatasetFiles({
  areas: readFileSync('data/areas.csv', 'utf8'),
  indicators: readFileSync('data/indicators.csv', 'utf8'),
  observations: readFileSync('data/observations.csv', 'utf8'),
});
if (!parsed.ok) throw new Error('the built-in dataset does not parse');
const districtNames = createDatasetIndex(parsed.data).unitsOf('lai-chau', 2020).map((d) => d.name);

const rankingRows = (page: Page, year: number) => page.getByRole('table', { name: `Bảng xếp hạng năm ${year}` }).locator('tbody tr').getByRole('rowheader');
const axisLabels = (page: Page) => page.locator('.contribution-frame .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
const schemeAlert = (page: Page) => page.locator('.scheme-link-alert');

/** A link followed inside the app (a server refuses a request line this long before the app could see it). */
async function followInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Every bar of the contribution chart is labelled "rank. district — score". */
async function expectDistrictNamesOnAxis(page: Page) {
  await expect(axisLabels(page).first()).toBeVisible();
  const labels = await axisLabels(page).allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(districtNames.some((name) => label.includes(name)), `axis label “${label}”`).toBe(true);
}

async function defaultRanking(page: Page, year: number) {
  await openView(page, `/ranking?year=${year}`);
  return rankingRows(page, year).allInnerTexts();
}

test('a huge scheme link is refused at once: the default ranking, a message, the names intact', async ({ page }) => {
  const expected = await defaultRanking(page, 2019);
  const huge = `x;c;${'budget_revenue:1:150;'.repeat(50_000)}`; // 1 MB
  await followInApp(page, `/ranking?year=2019&scheme=${huge}`);
  const notice = page.locator('.link-notice');
  await expect(notice).toContainText(`Đường dẫn có tham số “scheme” dài ${(huge.length).toLocaleString('vi-VN')} ký tự, quá giới hạn 16.384, nên đã được bỏ khỏi đường dẫn. Trang hiện bộ tiêu chí mặc định.`);
  await expect(page).toHaveURL(/\/ranking\?year=2019$/);
  await expect(page.getByText('Đang dùng bộ tiêu chí mặc định')).toBeVisible();
  expect(await rankingRows(page, 2019).allInnerTexts()).toEqual(expected);
  await expectDistrictNamesOnAxis(page);
});

test('a scheme a little over its limit is refused by the scheme reader, with its length and the limit', async ({ page }) => {
  await openView(page, '/ranking?year=2019');
  await followInApp(page, `/ranking?year=2019&scheme=x;c;${'budget_revenue:1:150;'.repeat(781)}`);
  await expect(schemeAlert(page)).toContainText('Bộ tiêu chí trong đường dẫn không dùng được nên đang hiện bộ tiêu chí mặc định');
  await expect(schemeAlert(page)).toContainText('dài 16.405 ký tự, quá giới hạn 16.384');
  await expectDistrictNamesOnAxis(page);
});

test('unknown ids and chart keys as ids are errors, not criteria; the link can be cleared', async ({ page }) => {
  const expected = await defaultRanking(page, 2019);
  await openView(page, '/ranking?year=2019&scheme=x;c;budget_revenue:1:150;atlantis:1:150;label:5:150;__proto__:1:150;constructor:1:150');
  const items = schemeAlert(page).locator('li');
  await expect(items).toHaveText([
    /tiêu chí 2 là “atlantis”, bộ số liệu không có chỉ tiêu này/,
    /tiêu chí 3 là “label”/,
    /tiêu chí 4 là “__proto__”/,
    /tiêu chí 5 là “constructor”/,
  ]);
  expect(await rankingRows(page, 2019).allInnerTexts()).toEqual(expected);
  await expectDistrictNamesOnAxis(page);
  await schemeAlert(page).getByRole('button', { name: 'Bỏ bộ tiêu chí khỏi đường dẫn' }).click();
  await expect(page).not.toHaveURL(/scheme=/);
  await expect(schemeAlert(page)).toHaveCount(0);
});

test('the same message in English', async ({ page }) => {
  await openView(page, '/ranking?year=2019&lang=en&scheme=x;c;label:1:150');
  await expect(schemeAlert(page)).toContainText('The scheme in the link cannot be used, so the default scheme is shown');
  await expect(schemeAlert(page)).toContainText('criterion 1 is “label”, an indicator the dataset does not have. Remove it, or use a data version that has it.');
});

test('an indicator whose id is “label” keeps the district names on the chart’s axis and in its table', async ({ page }) => {
  await openView(page, '/upload');
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles('e2e/files/new-indicator.csv');
  await page.getByRole('button', { name: 'Định nghĩa chỉ tiêu mới' }).click();
  await page.getByLabel('Tên tiếng Việt').fill('label');
  await page.getByLabel('Đơn vị tính', { exact: true }).fill('xã');
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  await page.getByRole('button', { name: 'Ghi phiên bản mới (2 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();

  await openView(page, '/ranking?year=2021&scheme=x;c;label:2:150');
  await expect(schemeAlert(page)).toHaveCount(0);
  await expect(page.getByText('Đang dùng bộ tiêu chí đã chỉnh.')).toBeVisible();
  await expectDistrictNamesOnAxis(page);
  const labels = await axisLabels(page).allTextContents();
  expect(labels.some((l) => l.includes('Tân Uyên'))).toBe(true);
  // The chart's table: the area column holds names, the criterion its points.
  const table = page.locator('.contribution-frame .chart-table');
  await table.locator('summary').click();
  await expect(table.getByRole('row', { name: /Tân Uyên/ })).toBeVisible();
  await expect(table.locator('thead th')).toHaveText(['Đơn vị', 'label', 'Điểm']);
});
