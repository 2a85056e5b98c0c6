import { expect, test } from './test';
import { openView } from './fixtures';

// The matrix's cells are plain anchors with one click handler on the table (a country's matrix draws
// 1,500 of them): a click must still navigate inside the page, keep the year, and leave a modified
// click to the browser.
test('a matrix cell opens its trend inside the page, by mouse and by keyboard', async ({ page }) => {
  await openView(page, '/?year=2019');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const matrix = page.locator('table.status-matrix');
  const cell = matrix.locator('[data-slide-indicator="poverty_rate"] a.matrix-cell').first();
  await expect(cell).toHaveAttribute('href', /^\/trend\?/);
  await cell.click();
  await expect(page).toHaveURL(/\/trend\?.*year=2019/);
  await expect(page).toHaveURL(/indicator=poverty_rate/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tỷ lệ hộ nghèo');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2019');
  const again = page.locator('table.status-matrix [data-slide-indicator="poverty_rate"] a.matrix-cell').first();
  await again.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/trend\?.*indicator=poverty_rate/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('a modified click on a matrix cell is left to the browser (a new tab), the page stays', async ({ page, context }) => {
  await openView(page, '/?year=2019');
  const cell = page.locator('table.status-matrix [data-slide-indicator="poverty_rate"] a.matrix-cell').first();
  const href = await cell.getAttribute('href');
  const opened = context.waitForEvent('page');
  await cell.click({ modifiers: ['Control'] });
  const tab = await opened;
  await tab.waitForLoadState('domcontentloaded');
  expect(new URL(tab.url()).pathname + new URL(tab.url()).search).toBe(href);
  await expect(page).toHaveURL(/\/\?year=2019$/);
  await tab.close();
});
