import { expect, test } from './test';

test('a view that cannot load shows a bilingual message with a way back, never the router’s developer page', async ({ page }) => {
  // The data view's code cannot be fetched (a new build replaced it, the network dropped).
  await page.route(/\/assets\/data-page-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/data?year=2020');
  const alert = page.getByRole('alert');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Màn hình này gặp lỗi');
  await expect(alert).toContainText('Số liệu đã tải lên và bộ trình chiếu không bị thay đổi.');
  await expect(alert).toContainText('Chi tiết: TypeError');
  await expect(alert).not.toContainText('Unexpected Application Error');
  // The header stays: the reader can switch language or go elsewhere.
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This view ran into a problem');
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the overview' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Lai Châu province/);
});

test('an unknown address is a not-found page inside the app, with a way back', async ({ page }) => {
  await page.goto('/no-such-view?year=2020');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  await page.getByRole('link', { name: 'Về trang tổng quan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Tỉnh Lai Châu/);
});
