import { utils, write } from '@e965/xlsx';
import { expect, test } from './test';
import { openView } from './fixtures';

/**
 * Plans as the province writes them ("8 - 8,5", "Dưới 12", "trên 57,5", "khoảng 9%"), from an office form
 * to the views: the plan shown as written, the status by the plan's own rule, % KH against its stated point.
 * The figures are test figures, not the province's.
 */
function officeForm(): Buffer {
  const rows = [
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2025 — XÃ MƯỜNG KIM'],
    [],
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2025', 'Thực hiện năm 2025'],
    [1, 'Tốc độ tăng trưởng GRDP', '%', '8 - 8,5', 8.7],
    [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 12', 11.4],
    [3, 'Tỷ lệ che phủ rừng', '%', 'trên 57,5', 57.4],
    [4, 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', 'khoảng 40', 39],
  ];
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Xã Mường Kim');
  return Buffer.from(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

test('an office form with ranges, bounds and "khoảng" is read as written, saved, and every plan shown with its word', async ({ page }) => {
  await openView(page, '/upload');
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles({ name: 'muong-kim-2025.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: officeForm() });
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toBeVisible();
  await expect(page.getByText('4 dòng hợp lệ · 0 lỗi')).toBeVisible();
  // The preview says the plan as written beside the point it keeps.
  await expect(page.getByRole('region', { name: 'Xem trước thay đổi' })).toContainText('(8 - 8,5)');
  await page.getByRole('button', { name: 'Ghi phiên bản mới (4 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();

  await page.goto('/district/xa-muong-kim?year=2025');
  const growth = page.locator('[data-indicator="grdp_growth"]');
  // 8,7% beyond the better end of 8–8,5%: exceeded; % KH against the low end, and said so.
  await expect(growth).toContainText('KH 8–8,5%');
  await expect(growth).toContainText('108,8% so với mức thấp của KH 8–8,5');
  await expect(growth).toContainText('Vượt kế hoạch');
  const poverty = page.locator('[data-indicator="poverty_rate"]');
  // 11,4% under a ceiling of 12%: met, never "exceeded".
  await expect(poverty).toContainText('KH dưới 12%');
  await expect(poverty).toContainText('Đạt kế hoạch');
  const forest = page.locator('[data-indicator="forest_cover"]');
  // 57,4% against "trên 57,5%": not met.
  await expect(forest).toContainText('KH trên 57,5%');
  await expect(forest).toContainText('Gần đạt');
  // The bullets draw the plan as written: a range's span, a floor marked as one, a ceiling as one.
  // (A bullet is drawn once near the screen.)
  await growth.scrollIntoViewIfNeeded();
  await expect(growth.locator('.recharts-reference-area')).toHaveCount(1);
  await forest.scrollIntoViewIfNeeded();
  await expect(forest.locator('.recharts-surface')).toContainText('> KH');
  await expect(forest.locator('.recharts-reference-area')).toHaveCount(0);
  await poverty.scrollIntoViewIfNeeded();
  await expect(poverty.locator('.recharts-surface')).toContainText('< KH');
  const budget = page.locator('[data-indicator="budget_revenue"]');
  // 39 within ±5% of "khoảng 40": met.
  await expect(budget).toContainText('KH khoảng 40 tỷ đồng');
  await expect(budget).toContainText('Đạt kế hoạch');
  await page.setViewportSize({ width: 1280, height: 720 });
  await growth.screenshot({ path: 'test-results/screenshots/plans-as-written-1280.png' });

  // Kept across a reload, and in English.
  await page.reload();
  await expect(page.locator('[data-indicator="poverty_rate"]')).toContainText('KH dưới 12%');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('[data-indicator="poverty_rate"]')).toContainText('below 12%');
  await expect(page.locator('[data-indicator="grdp_growth"]')).toContainText('of the low end of the plan 8–8.5');
});

test('the built-in 2024 plans read as the directive wrote them: "khoảng 9%", not a bare 9', async ({ page }) => {
  await openView(page, '/?year=2024');
  await expect(page.getByText('khoảng 9%').first()).toBeVisible();
});

test('an estimate is marked as one, with its report\'s date, on the unit view and in the report', async ({ page }) => {
  // Seed 000 (22/02/2017): Lai Châu city's 2016 budget revenue "ước đạt 220.863 triệu đồng".
  await openView(page, '/district/tp-lai-chau?year=2016');
  await expect(page.locator('[data-indicator="budget_revenue"]')).toContainText('ước · 22/02/2017');
  await openView(page, '/report?year=2016');
  await expect(page.locator('.report-paragraph', { hasText: 'ước thực hiện cả năm đạt 220,863 tỷ đồng' }).first()).toContainText('(ước · 22/02/2017)');
});
