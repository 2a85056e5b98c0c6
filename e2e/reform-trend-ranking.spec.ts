import { expect, test, type Page } from './test';
import { expectNoAxeViolations, expectNoBrokenText, openView } from './fixtures';

/**
 * Trend and ranking across the 2025 reform, on a synthetic test file (source "Báo cáo thử nghiệm
 * 2025", not real figures): the 38 communes of Lai Châu for 2025, a few for 2026, and two former
 * districts' 2023–2024 budget revenue.
 */
const FILE = 'e2e/files/communes-2025-trend.csv';
const SHOTS = 'test-results/screenshots';

async function uploadCommunes(page: Page) {
  await openView(page, '/upload');
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles(FILE);
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toBeVisible();
  await expect(page.getByText('128 dòng hợp lệ · 0 lỗi')).toBeVisible();
  await page.getByRole('button', { name: 'Ghi phiên bản mới (128 dòng hợp lệ)' }).click();
  await expect(page.getByText(/Đã ghi phiên bản \d+\./)).toBeVisible();
}

const rankingRows = (page: Page, year: number) => page.getByRole('table', { name: `Bảng xếp hạng năm ${year}` }).locator('tbody tr[data-area]');

test.describe('trend across the 2025 reform', () => {
  test('a former district’s line ends in 2024; its successors’ sum is drawn apart and marked, or its absence explained', async ({ page }) => {
    await uploadCommunes(page);
    await openView(page, '/trend?area=than-uyen&indicator=budget_revenue');
    const chart = page.getByRole('figure', { name: /Thu ngân sách nhà nước trên địa bàn — Than Uyên/ });
    // Two kinds of line: the district's own (2023–2024) and the dashed sum by former district (2025).
    await expect(chart.locator('.recharts-legend-item-text').filter({ hasText: 'Thực hiện (TH)' })).toBeVisible();
    await expect(chart.locator('.recharts-legend-item-text').filter({ hasText: 'TH theo địa bàn huyện cũ' })).toBeVisible();
    await expect(chart.getByText('Σ 69,2')).toBeVisible();
    const notes = page.getByTestId('reform-notes');
    await expect(notes).toContainText('huyện Than Uyên không còn từ 01/07/2025: đường thực hiện dừng ở năm 2024.');
    await expect(notes).toContainText('theo địa bàn huyện cũ — tổng của xã Mường Kim, xã Khoen On, xã Than Uyên, xã Mường Than');
    await expect(notes).toContainText('2026: không có số liệu theo địa bàn huyện cũ — chưa báo cáo: xã Mường Kim.');
    await chart.getByText('Xem bảng số liệu').click();
    await expect(chart.getByRole('row', { name: /^2025/ })).toContainText('69,2 tỷ đồng');
    await expect(chart.getByRole('row', { name: /^2024/ })).toContainText('136,5 tỷ đồng');
    await page.screenshot({ path: `${SHOTS}/reform-trend-than-uyen-1920x1080.png`, fullPage: true });

    // Its successors are offered; a commune's line starts in 2025 and points back to the district.
    await notes.getByRole('link', { name: 'xã Mường Kim' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thu ngân sách nhà nước trên địa bàn — xã Mường Kim');
    await expect(page.getByTestId('reform-notes')).toContainText('xã Mường Kim có từ 01/07/2025: đường thực hiện bắt đầu từ năm 2025');
    await expect(page.getByTestId('reform-notes').getByRole('link', { name: 'huyện Than Uyên' })).toBeVisible();

    // Thành phố Lai Châu: a successor spans two former districts, so no exact sum, and it is said.
    await openView(page, '/trend?area=tp-lai-chau&indicator=budget_revenue');
    await expect(page.getByRole('figure').locator('.recharts-legend-item-text').filter({ hasText: 'TH theo địa bàn huyện cũ' })).toHaveCount(0);
    await expect(page.getByTestId('reform-notes')).toContainText('2025–2026: không có tổng chính xác theo địa bàn Thành phố Lai Châu cũ — phường Tân Phong gồm cả một phần huyện Tam Đường; phường Đoàn Kết gồm cả một phần huyện Phong Thổ.');
    await page.screenshot({ path: `${SHOTS}/reform-trend-tp-lai-chau-1920x1080.png`, fullPage: true });

    // A rate does not add up: said, not summed.
    await openView(page, '/trend?area=than-uyen&indicator=poverty_rate');
    await expect(page.getByTestId('reform-notes')).toContainText('Tỷ lệ hộ nghèo không cộng dồn được, nên không có số liệu theo địa bàn huyện cũ (2025).');
    await expectNoBrokenText(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('ranking across the 2025 reform', () => {
  test('2025 ranks the 38 communes only, 2024 the 8 districts; no rank movement across the reform', async ({ page }) => {
    await uploadCommunes(page);
    await openView(page, '/ranking?year=2025');
    await expect(page.getByTestId('ranking-level')).toHaveText('Cấp xếp hạng: cấp xã (xã, phường) · 38 đơn vị');
    await expect(rankingRows(page, 2025)).toHaveCount(38);
    expect((await rankingRows(page, 2025).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-area') ?? ''))).every((id) => /^(xa|phuong)-/.test(id))).toBe(true);
    await expect(page.getByTestId('rank-comparison')).toContainText('không so sánh được: năm 2024 xếp hạng cấp huyện');
    await expect(page.getByRole('columnheader', { name: 'So với 2024' })).toHaveCount(0);
    await expect(page).not.toHaveURL(/level=/);
    await expect(page.getByRole('table', { name: /Bảng điểm năm 2025/ }).locator('tbody tr')).toHaveCount(38);

    // Filter and group: by keyboard, the reader narrows to the former Than Uyên district.
    await page.getByLabel('Lọc đơn vị (tên xã hoặc huyện cũ)').fill('than uyen');
    await expect(rankingRows(page, 2025)).toHaveCount(4);
    await expect(page.getByText('Hiện 4/38 đơn vị.')).toBeVisible();
    await page.getByLabel('Lọc đơn vị (tên xã hoặc huyện cũ)').fill('');
    await page.getByLabel('Nhóm theo huyện cũ').check();
    const table = page.getByRole('table', { name: 'Bảng xếp hạng năm 2025' });
    await expect(table.getByRole('rowheader', { name: 'huyện Than Uyên cũ' })).toBeVisible();
    await expect(table.locator('tbody')).toHaveCount(8);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/reform-ranking-38-1920x1080.png` });
    await table.screenshot({ path: `${SHOTS}/reform-ranking-table-38-1920x1080.png` });
    await page.getByRole('figure', { name: /Điểm của từng đơn vị/ }).screenshot({ path: `${SHOTS}/reform-contribution-38-1920x1080.png` });
    await page.getByRole('heading', { name: /Bảng điểm năm 2025/ }).scrollIntoViewIfNeeded();
    await page.getByRole('table', { name: /Bảng điểm năm 2025/ }).screenshot({ path: `${SHOTS}/reform-scorecard-38-1920x1080.png` });

    // 2024: the 8 districts.
    await page.getByLabel('Năm', { exact: true }).selectOption('2024');
    await expect(page.getByTestId('ranking-level')).toHaveText(/cấp huyện \(huyện, thành phố\) · 8 đơn vị/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xếp hạng thi đua năm 2024');

  });

  test('2026 against 2025: communes both years, so rank movement is shown', async ({ page }) => {
    await uploadCommunes(page);
    await openView(page, '/ranking?year=2026');
    await expect(page.getByRole('columnheader', { name: 'So với 2025' })).toBeVisible();
    await expect(page.getByTestId('rank-comparison')).toHaveCount(0);
    await expectNoBrokenText(page);
    await expectNoAxeViolations(page);
  });

  test('a scheme names its level: a district scheme is not applied to communes until the reader adopts it', async ({ page }) => {
    await uploadCommunes(page);
    await openView(page, '/ranking?year=2025&scheme=x;c;@district;budget_revenue:2:150');
    await expect(page.getByRole('note')).toContainText('Bộ tiêu chí trong đường dẫn dành cho cấp huyện (huyện, thành phố); năm 2025 xếp hạng cấp xã (xã, phường)');
    await page.getByRole('button', { name: 'Dùng bộ tiêu chí đó cho cấp xã (xã, phường)' }).click();
    await expect(page).toHaveURL(/scheme=x;c;@commune;budget_revenue:2:150/);
    await expect(page.getByText('Bộ tiêu chí này xếp hạng cấp xã (xã, phường).')).toBeVisible();
    // A link from before levels existed still loads.
    await openView(page, '/ranking?year=2025&scheme=x;c;budget_revenue:1:150');
    await expect(page.getByText('Đang dùng bộ tiêu chí đã chỉnh.')).toBeVisible();
    await expect(page.getByRole('note')).toHaveCount(0);
  });
});

test.describe('slides', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('a 38-unit ranking becomes numbered slides, each readable, none shrunk', async ({ page }) => {
    await uploadCommunes(page);
    for (const [part, rows, count] of [['1/4', '1-10', 10], ['4/4', '31-38', 8]] as const) {
      await openView(page, `/ranking?year=2025&rows=${rows}&embed=1`);
      await expect(page.getByTestId('ranking-level')).toContainText(`(trang ${part})`);
      await expect(rankingRows(page, 2025)).toHaveCount(count);
      await page.screenshot({ path: `${SHOTS}/reform-ranking-slide-${part.replace('/', 'of')}-1280x720.png` });
      const zoom = await page.locator('main').evaluate((m) => getComputedStyle(m).zoom);
      expect(Number(zoom)).toBe(1);
      const smallest = await page.locator('main').evaluate((m) => Math.min(...[...m.querySelectorAll('th, td, p, h1')].filter((e) => (e as HTMLElement).offsetParent !== null && e.textContent?.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize))));
      expect(smallest).toBeGreaterThanOrEqual(18);
      await page.screenshot({ path: `${SHOTS}/reform-ranking-slide-${part.replace('/', 'of')}-1280x720.png` });
    }
    // The default deck splits the ranking itself, four numbered slides in a row (after the overview's own parts).
    await openView(page, '/present');
    const titles = page.getByLabel(/^Tiêu đề trang \d+$/);
    await expect(titles.first()).toBeVisible();
    const ranking = (await titles.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).filter((t) => t.startsWith('Xếp hạng thi đua'));
    expect(ranking).toEqual(['1/4', '2/4', '3/4', '4/4'].map((part) => `Xếp hạng thi đua năm 2026 (${part})`));
  });
});
