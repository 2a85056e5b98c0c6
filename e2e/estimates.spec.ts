import { utils, write } from '@e965/xlsx';
import { expect, test, type Page } from './test';
import { openView } from './fixtures';

/**
 * The year-end review's estimate, then the final months later: an estimate is marked with its date, the
 * final replaces it, and an estimate sent again never replaces the final. Test figures, not the province's.
 */
const HEADER = 'area,year,indicator,plan,actual,percent_of_plan,unit,source,note,plan_text,figure_kind,as_of';

async function send(page: Page, name: string, row: string) {
  await openView(page, '/upload');
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`${HEADER}\n${row}\n`) });
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toBeVisible();
}

test('an estimate shown as one, replaced by the final with the estimate in its history; an estimate sent again is refused, naming the final', async ({ page }) => {
  await send(page, 'uoc-2025.csv', 'xa-muong-kim,2025,budget_revenue,40,41.5,,,Báo cáo hội nghị tổng kết,,,ước thực hiện,15/12/2025');
  await expect(page.getByText('1 dòng hợp lệ · 0 lỗi')).toBeVisible();
  await page.getByRole('button', { name: 'Ghi phiên bản mới (1 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  await page.goto('/district/xa-muong-kim?year=2025');
  const budget = page.locator('[data-indicator="budget_revenue"]');
  await expect(budget).toContainText('TH 41,5 tỷ đồng ước · 15/12/2025');

  await send(page, 'chinh-thuc-2025.csv', 'xa-muong-kim,2025,budget_revenue,40,42.1,,,Báo cáo quyết toán,,,chính thức,20/03/2026');
  await expect(page.getByText('1 dòng hợp lệ · 0 lỗi')).toBeVisible();
  await page.getByRole('button', { name: 'Ghi phiên bản mới (1 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 2.')).toBeVisible();
  await page.goto('/district/xa-muong-kim?year=2025');
  await expect(budget).toContainText('TH 42,1 tỷ đồng');
  await expect(budget).not.toContainText('ước ·');
  // The estimate the conference quoted is kept, the final after it.
  await expect(budget.locator('.figure-history')).toHaveText('Lịch sử số liệu: ước 41,5 tỷ đồng (15/12/2025) → chính thức 42,1 tỷ đồng (20/03/2026)');
  await budget.locator('.recharts-bar-rectangle').first().hover();
  await expect(page.locator('.observation-tooltip .tooltip-history')).toContainText('ước 41,5 tỷ đồng (15/12/2025) → chính thức 42,1 tỷ đồng');

  await send(page, 'uoc-lai.csv', 'xa-muong-kim,2025,budget_revenue,40,41.5,,,Báo cáo hội nghị tổng kết,,,ước,15/12/2025');
  await expect(page.getByText('0 dòng hợp lệ · 1 lỗi')).toBeVisible();
  await expect(page.locator('.issues-table tbody[data-code="replaces-final"]')).toContainText('Dữ liệu đã có số chính thức 42,1, ngày 20/03/2026');
  await page.goto('/district/xa-muong-kim?year=2025');
  await expect(budget).toContainText('TH 42,1 tỷ đồng');
  await page.goto('/district/xa-muong-kim?year=2025&lang=en');
  await expect(budget.locator('.figure-history')).toHaveText('Figure history: estimate 41.5 billion VND (2025-12-15) → final 42.1 billion VND (2026-03-20)');
});

test('the ranking says which of the figures it ranked are estimates', async ({ page }) => {
  // Seed 000: Lai Châu city's 2016 budget revenue is an estimate ("ước đạt …, đạt 127,54% kế hoạch").
  await openView(page, '/ranking?year=2016');
  await expect(page.getByTestId('provisional-ranked')).toContainText('Thành phố Lai Châu (Thu ngân sách nhà nước trên địa bàn)');
});

test('a year-end form of two years\' columns: last year\'s actual, this year\'s plan and its estimate, each read into its year', async ({ page }) => {
  const rows = [
    ['BÁO CÁO ƯỚC THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2026 — XÃ MƯỜNG KIM'],
    [],
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2025', 'Kế hoạch năm 2026', 'Ước thực hiện năm 2026', 'So sánh (%)', 'So với cùng kỳ (%)'],
    [1, 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', 42.1, 45, 46.2, 102.7, 109.7],
    [2, 'Tốc độ tăng trưởng GRDP', '%', 8.1, '8 - 8,5', 8.6, '', ''],
  ];
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Xã Mường Kim');
  await openView(page, '/upload');
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles({ name: 'uoc-2026.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) });
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toBeVisible();
  await expect(page.getByText('4 dòng hợp lệ · 0 lỗi')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Xem trước thay đổi' })).toContainText('46,2 tỷ đồng (ước)');
  // The mapping says which year each figure column gives.
  const mapping = page.locator('.mapping-table');
  await expect(mapping).toContainText('Thực hiện · 2025');
  await expect(mapping).toContainText('Kế hoạch · 2026');
  await expect(mapping).toContainText('Thực hiện · 2026 (ước)');
  await expect(mapping).toContainText('% KH · 2026');
  // The printed change on the same period (109,7 = 46,2 / 42,1) is derived: not stored, checked, and it agrees.
  await expect(mapping).toContainText('không lưu: so với cùng kỳ, tự tính và đối chiếu');
  await expect(page.getByText(/Cột "So với cùng kỳ \(%\)"/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Ghi phiên bản mới (4 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  await page.goto('/district/xa-muong-kim?year=2026');
  const budget = page.locator('[data-indicator="budget_revenue"]');
  await expect(budget).toContainText('TH 46,2 tỷ đồng ước · KH 45 tỷ đồng');
  await expect(page.locator('[data-indicator="grdp_growth"]')).toContainText('KH 8–8,5%');
  await page.goto('/district/xa-muong-kim?year=2025');
  // Last year's actual, unmarked: no "ước" between the figure and the plan.
  await expect(budget).toContainText('TH 42,1 tỷ đồng · KH chưa có kế hoạch');
});
