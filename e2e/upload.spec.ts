import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { expectNoAxeViolations, openView } from './fixtures';

const FILES = 'e2e/files';

async function upload(page: Page, path: string) {
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toBeVisible();
}

test('an analyst loads a new year from Excel in Vietnamese, sees it at once, after reload, and undoes it', async ({ page }) => {
  await openView(page, '/upload');
  await upload(page, `${FILES}/upload-2021-vi.csv`);
  await expect(page.getByText('4 dòng hợp lệ · 0 lỗi · 0 cảnh báo')).toBeVisible();
  await expect(page.getByLabel('Định dạng số')).toContainText('nhận là Việt Nam');
  await expect(page.getByText('; (semicolon)')).toBeVisible();
  await expect(page.locator('.area-preview')).toContainText('Tan Uyen');
  await expect(page.locator('.diff-counts')).toContainText('4 Thêm mới');
  await page.getByRole('button', { name: 'Ghi phiên bản mới (4 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  await page.getByRole('link', { name: 'Xem tổng quan năm 2021' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2021');
  const budget = page.getByRole('row', { name: /Thu ngân sách nhà nước trên địa bàn/ });
  await expect(budget).toContainText('118,8%');
  await expect(budget).toContainText('95,6%');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2021');
  await page.goto('/district/tp-lai-chau?year=2021');
  await expect(page.locator('[data-indicator="income_per_capita"]')).toContainText('1.234,5 triệu đồng/người/năm');
  await page.goto('/upload');
  await page.getByRole('row', { name: /Số liệu gốc/ }).getByRole('button', { name: 'Dùng phiên bản này' }).click();
  await expect(page.getByRole('row', { name: /Số liệu gốc/ })).toContainText('đang dùng');
  await page.goto('/');
  await expect(page.getByLabel('Năm', { exact: true }).locator('option')).not.toContainText(['2021']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2020');
});

test('a leader opens a file a colleague sent as a read-only preview: charts show it, nothing is stored, reload returns', async ({ page }) => {
  await openView(page, '/upload');
  await upload(page, `${FILES}/upload-2021-vi.csv`);
  await page.getByRole('button', { name: 'Chỉ xem thử, không lưu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2021');
  await expect(page.getByTestId('data-status')).toContainText('Đang xem thử tệp upload-2021-vi.csv — chưa lưu');
  await expect(page.getByRole('row', { name: /Thu ngân sách nhà nước trên địa bàn/ })).toContainText('118,8%');
  // The upload page still works on what is stored: no version was written.
  await page.getByRole('link', { name: 'Tải lên' }).click();
  await expect(page.getByRole('row', { name: /Số liệu gốc/ })).toContainText('đang dùng');
  await expect(page.getByRole('row', { name: /upload-2021-vi\.csv/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Đóng xem thử' }).click();
  await expect(page.getByTestId('data-status')).not.toContainText('xem thử');
  await page.goto('/?year=2021');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2020');
});

test('a broken file gets located errors and changes no stored data', async ({ page }) => {
  await openView(page, '/upload');
  await upload(page, `${FILES}/broken.csv`);
  await expect(page.getByText('0 dòng hợp lệ · 3 lỗi · 0 cảnh báo')).toBeVisible();
  const report = page.locator('.issues-table');
  await expect(report.getByRole('row', { name: /Atlantis/ })).toContainText('2');
  await expect(report.getByRole('row', { name: /Atlantis/ })).toContainText('không phải đơn vị đã biết');
  await expect(report.getByRole('row', { name: /20x1/ })).toContainText('year');
  await expect(report.getByRole('row', { name: /abc/ })).toContainText('plan');
  await expect(page.getByRole('button', { name: 'Không có dòng hợp lệ để ghi.' })).toBeDisabled();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải báo cáo (CSV)' }).click();
  const report_csv = readFileSync(await (await download).path(), 'utf8');
  expect(report_csv).toContain('Atlantis');
  await page.goto('/?year=2021');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2020');
});

test('export then upload the dataset: the diff shows no change', async ({ page }) => {
  await openView(page, '/upload');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất CSV' }).click();
  const exported = await (await download).path();
  await upload(page, exported);
  await expect(page.locator('.diff-counts')).toContainText('0 Thêm mới');
  await expect(page.locator('.diff-counts')).toContainText('0 Thay đổi');
  await expect(page.locator('.diff-counts')).toContainText('86 Không đổi');
});

test('the upload page has no accessibility violations with a report on screen', async ({ page }) => {
  await openView(page, '/upload');
  await upload(page, `${FILES}/upload-2021-vi.csv`);
  await expectNoAxeViolations(page);
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/screenshots/upload-report-${size.width}x${size.height}.png`, fullPage: true });
  }
});

test('a broken file report, as the analyst sees it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openView(page, '/upload');
  await upload(page, `${FILES}/broken.csv`);
  await page.screenshot({ path: 'test-results/screenshots/upload-errors-1280x720.png', fullPage: true });
  await expect(page.locator('.issues-table tbody tr')).toHaveCount(3);
});

test('a kind of issue shows its first 20 rows, the rest it was sent on a click, and the CSV report holds them all', async ({ page }) => {
  await openView(page, '/upload');
  const rows = Array.from({ length: 25 }, (_, i) => `xa-khong-co-${i + 1},2021,budget_revenue,10,11`);
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles({ name: 'nhieu-loi.csv', mimeType: 'text/csv', buffer: Buffer.from(`area,year,indicator,plan,actual\n${rows.join('\n')}\n`) });
  const kind = page.locator('.issues-table tbody[data-code="invalid-area"]');
  await expect(kind.locator('tr[data-severity]')).toHaveCount(20);
  await kind.getByRole('button', { name: 'Hiện thêm 5 dòng cùng loại (invalid-area)' }).click();
  await expect(kind.locator('tr[data-severity]')).toHaveCount(25);
  await expect(kind.getByRole('button')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải báo cáo (CSV)' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(new Set(text.match(/xa-khong-co-\d+/g))).toHaveProperty('size', 25);
});

test('an indicator the catalog lacks is defined during the upload and joins the catalog', async ({ page }) => {
  await openView(page, '/upload');
  await upload(page, `${FILES}/new-indicator.csv`);
  await expect(page.getByText('0 dòng hợp lệ · 2 lỗi')).toBeVisible();
  await page.getByRole('button', { name: 'Định nghĩa chỉ tiêu mới' }).click();
  await page.getByLabel('Tên tiếng Anh').fill('Communes meeting new-countryside standards');
  await page.getByLabel('Đơn vị tính', { exact: true }).fill('xã');
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  await expect(page.getByText('2 dòng hợp lệ · 0 lỗi · 0 cảnh báo')).toBeVisible();
  await page.getByRole('button', { name: 'Ghi phiên bản mới (2 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  await page.goto('/indicator/so_xa_dat_chuan_nong_thon_moi?year=2021');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Số xã đạt chuẩn nông thôn mới');
  await page.getByText('Xem bảng số liệu').first().click();
  await expect(page.getByRole('table').first().getByRole('row', { name: /Tân Uyên/ })).toContainText('112,5%');
});

test.describe('a sample of the bad-file corpus, through the real page', () => {
  for (const [file, summary, located] of [
    ['14-unknown-area-atlantis.csv', /lỗi/, /Atlantis/],
    ['27-image.png', /0 dòng hợp lệ · 1 lỗi/, /không phải tệp văn bản/],
    ['23-duplicate-rows-conflicting.csv', /2 lỗi/, /Trùng với dòng 4/],
  ] as const) {
    test(file, async ({ page }) => {
      await openView(page, '/upload');
      await upload(page, `data/bad-inputs/${file}`);
      await expect(page.locator('.report-summary')).toHaveText(summary);
      await expect(page.locator('.issues-table')).toContainText(located);
    });
  }

  test('01-windows-1258.csv: legacy Vietnamese text is decoded, and the analyst can switch encoding', async ({ page }) => {
    await openView(page, '/upload');
    await upload(page, 'data/bad-inputs/01-windows-1258.csv');
    await expect(page.getByLabel('Bảng mã')).toContainText('nhận là Windows-1258');
    await expect(page.locator('.area-preview')).toContainText('Sìn Hồ');
    await page.getByLabel('Bảng mã').selectOption('utf-8');
    await expect(page.getByRole('alert').or(page.locator('.report-summary'))).toBeVisible();
  });
});

test('without IndexedDB (a private window) the analyst is told, and the session still works', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await openView(page, '/upload');
  // Two things are said: the upload's versions last only until the page closes, and the published data is not kept for the hall.
  await expect(page.getByRole('alert').filter({ hasText: 'Trình duyệt không cho lưu số liệu' })).toContainText('Số liệu tải lên chỉ giữ đến khi đóng trang');
  await expect(page.getByRole('alert').filter({ hasText: 'Không lưu được số liệu công bố để dùng khi mất mạng' })).toContainText('cửa sổ ẩn danh');
  await upload(page, `${FILES}/upload-2021-vi.csv`);
  await page.getByRole('button', { name: 'Ghi phiên bản mới (4 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  await page.getByRole('link', { name: 'Xem tổng quan năm 2021' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2021');
});
