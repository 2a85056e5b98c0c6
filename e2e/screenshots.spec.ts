import { expect, test } from './test';
import { openView, VIEWS } from './fixtures';

/** Pictures of every view at a desktop and a projector's size, for a person to look at. */
for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    for (const view of VIEWS) {
      test(`screenshot ${view.name}`, async ({ page }) => {
        await openView(page, view.path);
        await page.screenshot({ path: `test-results/screenshots/${view.name}-${size.width}x${size.height}.png`, fullPage: true });
      });
    }
    test('screenshot upload-workbooks', async ({ page }) => {
      await openView(page, '/upload');
      await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles(['data/workbooks/header-two-rows.xlsx', 'data/workbooks/long-form.xlsx', 'data/workbooks/totals.xlsx']);
      await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/upload-workbooks-${size.width}x${size.height}.png`, fullPage: true });
      // The panels a person reads first, each whole and at its own size.
      for (const [name, region] of [['form', /^Biểu Excel/], ['parts', 'Từng tệp'], ['report', 'Kết quả kiểm tra']] as const)
        await page.getByRole('region', { name: region }).screenshot({ path: `test-results/screenshots/upload-workbooks-${name}-${size.width}x${size.height}.png` });
    });
  });
}
