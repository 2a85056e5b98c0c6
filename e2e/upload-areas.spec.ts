import { expect, test, type Page } from './test';
import { expectNoAxeViolations, openView } from './fixtures';

/**
 * Issue 11 §2: a 2025 commune file written the way a provincial office writes it, an old district
 * name mapped to its successor, an areas catalog uploaded on its own, the mapping remembered. Every
 * file under e2e/files used here is synthetic test data ("Báo cáo thử nghiệm 2025").
 */
const FILES = 'e2e/files';
const COMMUNES = `${FILES}/communes-2025-vi.csv`;

async function upload(page: Page, path: string) {
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toBeVisible();
}

/** The units the overview's matrix shows: each one links to its own view. */
const matrixUnits = (page: Page) => page.locator('table.status-matrix a[href^="/district/"]');
const unknownAreas = (page: Page) => page.getByRole('heading', { name: 'Đơn vị chưa có trong danh mục' });

/** Maps the old district's name to xã Tân Uyên in the «Đơn vị chưa có trong danh mục» panel. */
async function mapTanUyen(page: Page) {
  const select = page.getByLabel(/Huyen Tan Uyen/);
  await select.focus();
  await select.selectOption({ label: 'xã Tân Uyên' });
  await expect(page.locator('.report-summary')).toHaveText('61 dòng hợp lệ · 1 lỗi · 0 cảnh báo');
}

test('a 2025 commune file: the old district row names its successors, is mapped, and the overview follows the year', async ({ page }) => {
  await openView(page, '/upload');
  await upload(page, COMMUNES);
  await expect(page.getByText('; (semicolon)')).toBeVisible();
  await expect(page.getByLabel('Định dạng số')).toContainText('nhận là Việt Nam');
  await expect(page.locator('.report-summary')).toHaveText('60 dòng hợp lệ · 2 lỗi · 0 cảnh báo');
  const oldDistrict = page.locator('.issues-table').getByRole('row', { name: /Huyen Tan Uyen/ }).first();
  await expect(oldDistrict).toContainText('62');
  await expect(oldDistrict).toContainText('huyện Tân Uyên không còn từ 01/07/2025 — có phải xã Pắc Ta, Nậm Sỏ, Tân Uyên hoặc Mường Khoa?');

  await expect(unknownAreas(page)).toBeVisible();
  const select = page.getByLabel(/Huyen Tan Uyen/);
  await select.focus();
  // The successors come first; no district is offered for a 2025 figure.
  await expect(select.locator('optgroup').first()).toHaveAttribute('label', 'Đơn vị kế tục');
  await expect(select.locator('optgroup').first().locator('option')).toHaveText(['xã Pắc Ta', 'xã Nậm Sỏ', 'xã Tân Uyên', 'xã Mường Khoa']);
  await expect(select.locator('option', { hasText: 'huyện' })).toHaveCount(0);

  await mapTanUyen(page);
  await expect(unknownAreas(page)).toHaveCount(0);
  // The mapped row that repeats xã Tân Uyên's own budget row is a duplicate, said as such.
  await expect(page.locator('.issues-table').getByRole('row', { name: /Huyen Tan Uyen/ })).toContainText('Trùng với dòng 8');
  await expect(page.locator('.diff-counts')).toContainText('61 Thêm mới');
  await page.getByRole('button', { name: 'Ghi phiên bản mới (61 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();

  await page.goto('/?year=2025');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2025');
  await expect(matrixUnits(page)).toHaveCount(38);
  await expect(matrixUnits(page).filter({ hasText: 'Tân Phong' })).toHaveCount(1);
  // Before the reform, the 8 districts (2020: the last year whose shipped figures are per district).
  await page.goto('/?year=2020');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2020');
  await expect(matrixUnits(page)).toHaveCount(8);
  await page.reload();
  await expect(matrixUnits(page)).toHaveCount(8);
  await page.goto('/?year=2025');
  await expect(matrixUnits(page)).toHaveCount(38);

  await page.goto('/upload');
  await page.getByRole('row', { name: /Số liệu gốc/ }).getByRole('button', { name: 'Dùng phiên bản này' }).click();
  await expect(page.getByRole('row', { name: /Số liệu gốc/ })).toContainText('đang dùng');
  await page.goto('/?year=2025');
  await expect(page.getByLabel('Năm', { exact: true }).locator('option')).not.toContainText(['2025']);
});

test('the unknown-areas panel, as the analyst sees it: no accessibility violation', async ({ page }) => {
  await openView(page, '/upload');
  await upload(page, COMMUNES);
  await page.getByRole('button', { name: 'Định nghĩa đơn vị mới' }).click();
  await expectNoAxeViolations(page);
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/screenshots/upload-areas-unknown-${size.width}x${size.height}.png`, fullPage: true });
  }
});

test('the area mapping is remembered: the same file again needs no mapping and says the remembered one was applied', async ({ page }) => {
  await openView(page, '/upload');
  await upload(page, COMMUNES);
  await mapTanUyen(page);
  await page.getByRole('button', { name: 'Ghi phiên bản mới (61 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();

  await page.reload();
  await upload(page, COMMUNES);
  const note = page.getByRole('note').filter({ hasText: 'Đã tự áp dụng cách gán đơn vị đã nhớ' });
  await expect(note).toContainText('Huyen Tan Uyen → xã Tân Uyên');
  await expect(unknownAreas(page)).toHaveCount(0);
  await expect(page.locator('.report-summary')).toHaveText('61 dòng hợp lệ · 1 lỗi · 0 cảnh báo');
  await expect(page.locator('.diff-counts')).toContainText('61 Không đổi');

  // A remembered choice can be dropped: the name is asked about again.
  await note.getByRole('button', { name: 'Bỏ các cách gán đã nhớ này' }).click();
  await expect(page.locator('.report-summary')).toHaveText('60 dòng hợp lệ · 2 lỗi · 0 cảnh báo');
  await expect(unknownAreas(page)).toBeVisible();
});

test('an areas catalog with Vietnamese headers adds a unit as a new version; figures for it then load; undo returns', async ({ page }) => {
  await openView(page, '/upload');
  await upload(page, `${FILES}/areas-dac-khu-vi.csv`);
  await expect(page.getByText('Danh mục đơn vị (mã, tên, cấp…)')).toBeVisible();
  await expect(page.locator('.report-summary')).toHaveText('1 dòng hợp lệ · 0 lỗi · 0 cảnh báo');
  const catalog = page.getByRole('region', { name: 'Danh mục đơn vị hành chính' });
  await expect(catalog.locator('.diff-counts')).toHaveText(/1 Thêm mới\s*0 Thay đổi\s*0 Không đổi\s*0 Bị xoá/);
  await expect(catalog.getByRole('row', { name: /dac-khu-thu-nghiem/ })).toContainText('đặc khu Thử Nghiệm');
  await expect(catalog.getByRole('row', { name: /dac-khu-thu-nghiem/ })).toContainText('từ 01/07/2025');
  await page.screenshot({ path: 'test-results/screenshots/upload-areas-catalog-1920x1080.png', fullPage: true });
  await catalog.getByRole('button', { name: 'Ghi danh mục thành phiên bản mới' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  await expect(page.getByRole('row', { name: /areas-dac-khu-vi\.csv/ })).toContainText('đang dùng');

  await upload(page, `${FILES}/dac-khu-2025-vi.csv`);
  await expect(page.locator('.report-summary')).toHaveText('2 dòng hợp lệ · 0 lỗi · 0 cảnh báo');
  await page.getByRole('button', { name: 'Ghi phiên bản mới (2 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 2.')).toBeVisible();
  await page.goto('/?year=2025');
  await expect(matrixUnits(page).filter({ hasText: 'Thử Nghiệm' })).toHaveCount(1);

  await page.goto('/upload');
  await page.getByRole('row', { name: /Số liệu gốc/ }).getByRole('button', { name: 'Dùng phiên bản này' }).click();
  await expect(page.getByRole('row', { name: /Số liệu gốc/ })).toContainText('đang dùng');
  await upload(page, `${FILES}/dac-khu-2025-vi.csv`);
  await expect(unknownAreas(page)).toBeVisible();
});

test('a catalog of more units than a table shows whole is saved and said so: the page stays as it was', async ({ page }) => {
  await openView(page, '/upload');
  // 350 test communes: beyond 300 rows the app's tables window their rows, and their code loads for the next view.
  const rows = Array.from({ length: 350 }, (_, k) => `xa-thu-${k};Thử ${k};commune;lai-chau;xã;01/07/2025;;;;Báo cáo thử nghiệm 2025;đơn vị thử nghiệm, không có thật`);
  const file = `\uFEFFMã;Tên;Cấp;Trực thuộc;Loại;Hiệu lực từ;Hiệu lực đến;Tiền thân;Hình thức;Nguồn;Ghi chú\n${rows.join('\n')}\n`;
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles({ name: 'areas-350-vi.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await expect(page.locator('.report-summary')).toHaveText('350 dòng hợp lệ · 0 lỗi · 0 cảnh báo');
  const catalog = page.getByRole('region', { name: 'Danh mục đơn vị hành chính' });
  await catalog.getByRole('button', { name: 'Ghi danh mục thành phiên bản mới' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  await expect(page.getByRole('row', { name: /areas-350-vi\.csv/ })).toContainText('đang dùng');
  // A view opened afresh on this dataset waits for the windowing code, then draws.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lai Châu');
  await expect(page.locator('table.status-matrix')).toBeVisible();
});

test('a bad areas file gets located errors and changes nothing stored', async ({ page }) => {
  await openView(page, '/upload');
  await upload(page, `${FILES}/areas-bad-vi.csv`);
  await expect(page.locator('.report-summary')).toHaveText('0 dòng hợp lệ · 6 lỗi · 0 cảnh báo');
  const report = page.locator('.issues-table');
  for (const [value, row, words] of [
    ['tinh-atlantis', '2', 'Đơn vị cha "tinh-atlantis" không có trong danh mục'],
    ['31/06/2025', '3', 'Ngày "31/06/2025" không đọc được'],
    ['30/06/2025', '4', 'Hiệu lực đến (30/06/2025) trước hiệu lực từ (01/07/2025)'],
    ['huyen-atlantis', '5', 'Đơn vị tiền thân "huyen-atlantis" không có trong danh mục'],
    ['31/12/2019', '7', 'huyện Tân Uyên có 2 số liệu đã lưu năm 2020 nằm ngoài hiệu lực mới (đến 31/12/2019)'],
  ]) {
    const line = report.getByRole('row', { name: new RegExp(value!) }).first();
    await expect(line).toContainText(row!);
    await expect(line).toContainText(words!);
  }
  await expect(report.getByRole('row', { name: /Mã "xa-thu-d" bị trùng với dòng 5/ })).toContainText('6');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screenshots/upload-areas-bad-1280x720.png', fullPage: true });
  await expect(page.getByRole('button', { name: 'Ghi danh mục thành phiên bản mới' })).toBeDisabled();
  await expect(page.getByText('Danh mục có lỗi: không ghi gì.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('row', { name: /Số liệu gốc/ })).toContainText('đang dùng');
  await expect(page.getByRole('row', { name: /areas-bad-vi\.csv/ })).toHaveCount(0);
});

test('an area the catalog lacks is defined during the upload and joins the catalog', async ({ page }) => {
  await openView(page, '/upload');
  await upload(page, `${FILES}/dac-khu-2025-vi.csv`);
  await expect(page.locator('.report-summary')).toHaveText('1 dòng hợp lệ · 1 lỗi · 0 cảnh báo');
  await page.getByRole('button', { name: 'Định nghĩa đơn vị mới' }).click();
  await expect(page.getByRole('combobox', { name: /^Loại/ })).toHaveValue('đặc khu');
  await page.getByLabel('Tên đơn vị').fill('Thử Nghiệm');
  await expect(page.getByRole('combobox', { name: /^Trực thuộc/ })).toHaveValue('lai-chau');
  await page.getByLabel('Hiệu lực từ').fill('2025-07-01');
  await page.screenshot({ path: 'test-results/screenshots/upload-areas-define-1920x1080.png', fullPage: true });
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(page.locator('.report-summary')).toHaveText('2 dòng hợp lệ · 0 lỗi · 0 cảnh báo');
  await page.getByRole('button', { name: 'Ghi phiên bản mới (2 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  await page.goto('/?year=2025');
  await expect(matrixUnits(page).filter({ hasText: 'Thử Nghiệm' })).toHaveCount(1);
});
