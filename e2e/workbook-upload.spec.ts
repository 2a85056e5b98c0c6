import { expect, test, type Page } from './test';
import { openView } from './fixtures';

/**
 * An analyst's office workbooks through the whole upload: the form found under its title, the year
 * from the title, every guess changeable, issues at the sheet's cell, several files as one version.
 * The files are the corpus's (data/workbooks, scripts/make-workbooks.mjs): test figures, not real ones.
 */
const BOOKS = 'data/workbooks';

async function choose(page: Page, files: string[]) {
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles(files.map((f) => `${BOOKS}/${f}`));
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toBeVisible();
}

test('a commune form with a two-row merged header is read with no mapping, saved, and its figures shown', async ({ page }) => {
  await openView(page, '/upload');
  await choose(page, ['header-two-rows.xlsx']);
  const form = page.getByRole('region', { name: 'Biểu Excel: header-two-rows.xlsx' });
  await expect(form).toContainText('Mỗi hàng một đơn vị, mỗi chỉ tiêu một nhóm cột');
  await expect(form.getByLabel('Hàng tiêu đề cột (số hàng trong Excel)')).toHaveValue('2');
  await expect(form.getByLabel('Năm của số liệu')).toHaveValue('2025');
  await expect(form).toContainText('Năm 2025 lấy từ tiêu đề "KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẤP XÃ NĂM 2025" (Xã phường!A1)');
  await expect(form.getByLabel('Cột tên đơn vị')).toHaveValue('B');
  await expect(page.getByText('76 dòng hợp lệ · 0 lỗi · 0 cảnh báo')).toBeVisible();
  await page.getByRole('button', { name: 'Ghi phiên bản mới (76 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  await page.goto('/district/xa-khoen-on?year=2025');
  // Khoen On is the form's second commune: plan 11, actual 11,5 tỷ đồng; poverty 24,53% planned, 23% reached.
  await expect(page.locator('[data-indicator="budget_revenue"]')).toContainText('11,5 tỷ đồng');
  await expect(page.locator('[data-indicator="poverty_rate"]')).toContainText('23');
  await page.reload();
  await expect(page.locator('[data-indicator="budget_revenue"]')).toContainText('11,5 tỷ đồng');
});

test('a long form: the unit from its title, an unknown indicator at its cell, and the year changed by the analyst', async ({ page }) => {
  await openView(page, '/upload');
  await choose(page, ['long-form.xlsx']);
  const form = page.getByRole('region', { name: 'Biểu Excel: long-form.xlsx' });
  await expect(form).toContainText('Mỗi hàng một chỉ tiêu');
  await expect(form.getByLabel('Đơn vị của biểu')).toHaveValue('Mường Kim');
  await expect(page.getByText('2 dòng hợp lệ · 1 lỗi')).toBeVisible();
  const unknown = page.locator('.issues-table tr[data-severity="error"]');
  await expect(unknown).toContainText('Xã Mường Kim!B3');
  await expect(unknown).toContainText('Tổng sản phẩm trên địa bàn (GRDP)');
  // A year before the commune existed is refused row by row, naming the title's cell it came from.
  await form.getByLabel('Năm của số liệu').fill('2024');
  await form.getByRole('button', { name: 'Đọc lại với các lựa chọn này' }).click();
  await expect(form).toContainText('Năm 2024, như bạn đã chọn.');
  await expect(page.getByText('0 dòng hợp lệ · 4 lỗi')).toBeVisible();
  await expect(page.locator('.issues-table tbody[data-code="area-out-of-force"]')).toContainText('chưa có số liệu năm 2024');
  await form.getByLabel('Năm của số liệu').fill('2026');
  await form.getByRole('button', { name: 'Đọc lại với các lựa chọn này' }).click();
  await expect(form).toContainText('Năm 2026, như bạn đã chọn.');
  await expect(page.getByText('2 dòng hợp lệ · 1 lỗi')).toBeVisible();
  await page.getByRole('button', { name: 'Ghi phiên bản mới (2 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  await page.goto('/district/xa-muong-kim?year=2026');
  await expect(page.locator('[data-indicator="budget_revenue"]')).toContainText('3.712,4 tỷ đồng');
});

test('the communes\' workbooks dropped together: checked file by file, a file with errors kept out until the analyst says so, saved as one version', async ({ page }) => {
  await openView(page, '/upload');
  await choose(page, ['header-two-rows.xlsx', 'long-form.xlsx']);
  const parts = page.getByRole('region', { name: 'Từng tệp' });
  await expect(parts).toContainText('1 / 2 tệp được ghi thành một phiên bản.');
  await expect(parts.getByRole('row', { name: /long-form\.xlsx/ })).toContainText('không (tệp có lỗi)');
  await expect(page.locator('.issues-table tr[data-severity="error"]')).toContainText('long-form.xlsx');
  await expect(page.getByRole('button', { name: 'Ghi phiên bản mới (76 dòng hợp lệ)' })).toBeVisible();
  await parts.getByLabel('Ghi cả các dòng hợp lệ của tệp có lỗi').check();
  await expect(parts).toContainText('2 / 2 tệp được ghi thành một phiên bản.');
  await page.getByRole('button', { name: 'Ghi phiên bản mới (78 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  await expect(page.getByRole('row', { name: /header-two-rows\.xlsx \+1/ })).toContainText('đang dùng');
});

test('a workbook of several sheets lists them with their titles; the analyst reads another one', async ({ page }) => {
  await openView(page, '/upload');
  await choose(page, ['totals.xlsx']);
  const form = page.getByRole('region', { name: 'Biểu Excel: totals.xlsx' });
  await expect(form.getByLabel(/Tổng đúng/)).toBeChecked();
  await expect(page.locator('.issues-table tbody[data-code="form-no-year"]')).toContainText('chọn năm');
  await expect(page.locator('.issues-table tbody[data-code="total-mismatch"]')).toHaveCount(0);
  await form.getByLabel(/Tổng đúng/).uncheck();
  await form.getByLabel(/Tổng sai/).check();
  await form.getByRole('button', { name: 'Đọc các trang đã chọn' }).click();
  await expect(page.locator('.issues-table tbody[data-code="total-mismatch"]')).toContainText('Tổng sai!');
});

test('a header row the analyst chose is remembered for the next form of the same shape, after a reload', async ({ page }) => {
  await openView(page, '/upload');
  await choose(page, ['title-block.xlsx']);
  const form = page.getByRole('region', { name: 'Biểu Excel: title-block.xlsx' });
  await expect(form.getByLabel('Hàng tiêu đề cột (số hàng trong Excel)')).toHaveValue('5');
  await expect(form.getByLabel('Đơn vị của biểu')).toHaveValue('Lai Châu');
  await form.getByLabel('Hàng tiêu đề cột (số hàng trong Excel)').fill('6');
  await form.getByRole('button', { name: 'Đọc lại với các lựa chọn này' }).click();
  await expect(form).toContainText('như bạn đã chọn');
  await page.reload();
  await choose(page, ['title-block.xlsx']);
  await expect(page.getByText('Đã dùng hàng tiêu đề và cột đơn vị bạn chọn lần trước cho biểu cùng dạng.')).toBeVisible();
  await expect(form.getByLabel('Hàng tiêu đề cột (số hàng trong Excel)')).toHaveValue('6');
});
