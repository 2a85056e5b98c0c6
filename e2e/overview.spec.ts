import { expect, test } from './test';
import { openView } from './fixtures';

test.describe('a leader opens the overview', () => {
  test('opens on the latest year with results and shows each district’s status', async ({ page }) => {
    await openView(page, '/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2020');
    const matrix = page.getByRole('table').first();
    const tanUyen = matrix.getByRole('columnheader', { name: 'Tân Uyên' });
    await expect(tanUyen).toBeVisible();
    const povertyRow = matrix.getByRole('row', { name: /Mức giảm tỷ lệ hộ nghèo/ });
    await expect(povertyRow).toContainText('149,7%');
    await expect(povertyRow).toContainText('145%');
    await expect(povertyRow.getByText('Vượt kế hoạch').first()).toBeAttached();
  });

  test('the year picker shows the province’s 2016 KPI cards with the report’s figures', async ({ page }) => {
    await openView(page, '/');
    await page.getByLabel('Năm', { exact: true }).selectOption('2016');
    await expect(page).toHaveURL(/year=2016/);
    const grdp = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Tốc độ tăng trưởng GRDP' }) });
    await expect(grdp).toContainText('24,88%');
    await expect(grdp).toContainText('17,23%');
    await expect(grdp).toContainText('144,4%');
    await expect(grdp).toContainText('Vượt kế hoạch');
    const budget = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Thu ngân sách nhà nước trên địa bàn' }) });
    await expect(budget).toContainText('1.862 tỷ đồng');
    await expect(budget).toContainText('1.500 tỷ đồng');
    const poverty = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Tỷ lệ hộ nghèo', exact: true }) });
    await expect(poverty).toContainText('36,51%');
    await expect(poverty).toContainText('−3,89 điểm %');
  });

  test('back and forward restore the selected year; reload keeps it', async ({ page }) => {
    await openView(page, '/?year=2020');
    await page.getByLabel('Năm', { exact: true }).selectOption('2019');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2019');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2020');
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2019');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2019');
  });

  test('switches to English, formats numbers the English way, and remembers the choice', async ({ page }) => {
    await openView(page, '/?year=2016');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lai Châu province, 2016');
    await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(page.getByText('1,862 billion VND')).toBeVisible();
    await expect(page.getByText('24.88%')).toBeVisible();
    await page.goto('/district/tan-uyen?year=2020');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tân Uyên district — 2020');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('huyện Tân Uyên — năm 2020');
  });

  test('a matrix cell opens that district’s trend for that indicator', async ({ page }) => {
    await openView(page, '/?year=2020');
    await page.getByRole('row', { name: /Mức giảm tỷ lệ hộ nghèo/ }).getByRole('link', { name: /149,7%/ }).click();
    await expect(page).toHaveURL(/\/trend\?.*area=tan-uyen/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mức giảm tỷ lệ hộ nghèo — Tân Uyên');
  });
});
