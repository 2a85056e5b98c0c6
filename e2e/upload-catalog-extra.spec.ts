import { expect, test, type Page } from './test';
import { openView } from './fixtures';

/**
 * Issue 13 §1: a list of main targets (main-targets.csv) and an awards file (awards.csv) uploaded on
 * /upload, checked, previewed and saved as a version that can be undone. Every file used here is
 * synthetic test data ("dữ liệu kiểm thử"), never a real resolution's list.
 */
const FILES = 'e2e/files';

async function upload(page: Page, path: string) {
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toBeVisible();
}
const tanUyen2019 = (page: Page) => page.locator('.report-section[data-area="tan-uyen"] .report-paragraph');

test('a main-targets file is previewed, saved as a version the report counts by, and undone', async ({ page }) => {
  await openView(page, '/report?year=2019');
  await expect(tanUyen2019(page)).toContainText('5/5 chỉ tiêu có kế hoạch');
  await openView(page, '/upload');
  await upload(page, `${FILES}/main-targets-test-vi.csv`);
  await expect(page.getByText('Danh mục chỉ tiêu chủ yếu (main-targets.csv)').first()).toBeVisible();
  await expect(page.locator('.report-summary')).toHaveText('2 dòng hợp lệ · 0 lỗi · 0 cảnh báo');
  const panel = page.getByRole('region', { name: 'Danh mục chỉ tiêu chủ yếu (main-targets.csv)' });
  await expect(panel.locator('.diff-counts')).toHaveText(/1 Thêm mới\s*0 Thay đổi\s*0 Không đổi/);
  await expect(panel.getByRole('list', { name: 'Thay đổi khi ghi' })).toHaveText('Huyện Tân Uyên — 2019');
  await page.screenshot({ path: 'test-results/screenshots/upload-main-targets-1920x1080.png', fullPage: true });
  await panel.getByRole('button', { name: 'Ghi thành phiên bản mới' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();

  await page.goto('/report?year=2019');
  await expect(tanUyen2019(page)).toContainText('1/2 chỉ tiêu chủ yếu nêu tại Nghị quyết thử nghiệm 01/NQ-TN (dữ liệu kiểm thử) đạt và vượt kế hoạch');
  await expect(tanUyen2019(page)).toContainText('Chưa có số liệu thực hiện: giải quyết việc làm mới.');
  // The built-in list of 2024 is kept: a file's list replaces only its own unit and year.
  await page.goto('/report?year=2024');
  await expect(page.locator('.report-paragraph').first()).toContainText('7 chỉ tiêu chủ yếu nêu tại Chỉ thị 477/CT-UBND');

  await page.goto('/upload');
  await page.getByRole('row', { name: /Số liệu gốc/ }).getByRole('button', { name: 'Dùng phiên bản này' }).click();
  await expect(page.getByRole('row', { name: /Số liệu gốc/ })).toContainText('đang dùng');
  await page.goto('/report?year=2019');
  await expect(tanUyen2019(page)).toContainText('5/5 chỉ tiêu có kế hoạch');
});

test('a bad main-targets file gets located errors and saves nothing', async ({ page }) => {
  await openView(page, '/upload');
  await upload(page, `${FILES}/main-targets-bad-vi.csv`);
  await expect(page.locator('.report-summary')).toHaveText('0 dòng hợp lệ · 2 lỗi · 0 cảnh báo');
  const report = page.locator('.issues-table');
  await expect(report.getByRole('row', { name: /Diện tích chè/ })).toContainText('Chỉ tiêu "Diện tích chè" không có trong danh mục');
  await expect(report.getByRole('row', { name: /Thiếu nguồn/ })).toContainText('3');
  await expect(page.getByRole('button', { name: 'Ghi thành phiên bản mới' })).toBeDisabled();
  await expect(page.getByText('Tệp có lỗi: không ghi gì.')).toBeVisible();
});

test('an awards file is saved as a version and shown beside the ranking in the report', async ({ page }) => {
  await openView(page, '/upload');
  await upload(page, `${FILES}/awards-test.csv`);
  const panel = page.getByRole('region', { name: 'Khen thưởng (awards.csv)' });
  await expect(panel.locator('.diff-counts')).toHaveText(/1 Thêm mới\s*0 Thay đổi\s*0 Không đổi/);
  await expect(panel.getByRole('list', { name: 'Thay đổi khi ghi' })).toHaveText('Huyện Tam Đường — 2019 — Bằng khen của UBND tỉnh');
  await panel.getByRole('button', { name: 'Ghi thành phiên bản mới' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  await page.goto('/report?year=2019');
  await expect(page.locator('.report-section', { hasText: 'Khen thưởng đã quyết định' }).getByRole('row', { name: /Huyện Tam Đường/ })).toContainText('Quyết định thử nghiệm 01/QĐ-TN (dữ liệu kiểm thử)');
});
