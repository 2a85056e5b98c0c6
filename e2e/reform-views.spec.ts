import { expect, test, type Locator, type Page } from './test';
import { openView } from './fixtures';
import { expectReadableSlide } from './slides';

/**
 * The views after the 2025 reform. The figures come from a synthetic test file (all 38 communes ×
 * 5 indicators, source "Báo cáo thử nghiệm 2025": test data, not real figures), uploaded the way
 * an analyst would.
 */
const COMMUNES_2025 = 'e2e/files/communes-2025-full.csv';

async function uploadCommunes(page: Page) {
  await openView(page, '/upload');
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles(COMMUNES_2025);
  await expect(page.getByText('190 dòng hợp lệ · 0 lỗi · 0 cảnh báo')).toBeVisible();
  await page.getByRole('button', { name: 'Ghi phiên bản mới (190 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
}

const unitRows = (page: Page) => page.locator('.unit-matrix tbody tr:not(.matrix-group)');
/** The % of plan printed in each cell ("↑ 118,8%" → 118.8). */
const percentsIn = async (cells: Locator) =>
  (await cells.allInnerTexts()).map((text) => Number(/(\d+(?:\.\d+)*(?:,\d+)?)%/.exec(text)?.[1]?.replace(/\./g, '').replace(',', '.')));

test.describe('after the reform, with a 2025 commune file', () => {
  test.beforeEach(async ({ page }) => uploadCommunes(page));

  test('the year chooses the units: 38 communes under their former districts in 2025, 8 districts in 2020', async ({ page }) => {
    await openView(page, '/?year=2025');
    await expect(page.locator('.level-line')).toHaveText('Cấp: xã, phường (38 đơn vị)');
    await expect(unitRows(page)).toHaveCount(38);
    await expect(page.getByRole('rowheader', { name: 'huyện Than Uyên cũ' })).toBeVisible();
    await expect(page.locator('tbody[data-former="than-uyen"] tr:not(.matrix-group)')).toHaveCount(4);
    await expect(page.getByRole('rowheader', { name: 'xã Mường Kim' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Đánh giá các xã, phường theo chỉ tiêu, năm 2025' })).toBeVisible();
    // The KPI card counts communes and sums them for an additive indicator.
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Thu ngân sách nhà nước trên địa bàn' }) })).toContainText('38/38 đơn vị có số liệu');
    await page.getByLabel('Năm', { exact: true }).selectOption('2020');
    await expect(page.locator('.level-line')).toHaveText('Cấp: huyện, thành phố (8 đơn vị)');
    await expect(page.locator('.status-matrix thead th')).toHaveCount(9);
    await expect(unitRows(page)).toHaveCount(0);
  });

  test('the list is filtered, sorted and grouped by keyboard and by click', async ({ page }) => {
    await openView(page, '/?year=2025');
    // Filter by former district (keyboard on the select), then by typed text without diacritics.
    const former = page.getByLabel('Huyện cũ', { exact: true });
    await former.focus();
    await former.selectOption({ label: 'huyện Tân Uyên cũ' });
    await expect(unitRows(page)).toHaveCount(4);
    await expect(page.getByText('Đang hiện 4/38 đơn vị.')).toBeVisible();
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect(unitRows(page)).toHaveCount(38);
    await page.getByLabel('Tìm đơn vị').fill('pac ta');
    await expect(unitRows(page)).toHaveCount(1);
    await expect(unitRows(page).first()).toContainText('xã Pắc Ta');
    await page.getByLabel('Tìm đơn vị').fill('');
    await expect(unitRows(page)).toHaveCount(38);

    // Sort by a column's % of plan: the header button, by keyboard.
    const budgetHeader = page.getByRole('columnheader', { name: /Thu ngân sách nhà nước trên địa bàn/ });
    await budgetHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(budgetHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/sort=percent(:|%3A)budget_revenue/);
    const column = await page.locator('.unit-matrix thead th').evaluateAll((ths) => ths.findIndex((th) => th.textContent?.includes('Thu ngân sách')));
    const budgetCells = (scope: string) => page.locator(`${scope} tr:not(.matrix-group) > :nth-child(${column + 1})`);
    const inThanUyen = await percentsIn(budgetCells('tbody[data-former="than-uyen"]'));
    expect(inThanUyen).toEqual([...inThanUyen].sort((a, b) => b - a));

    // Ungroup (a click): one list of 38, sorted across all former districts.
    await page.getByLabel('Nhóm theo huyện cũ').click();
    await expect(page.getByRole('rowheader', { name: 'huyện Than Uyên cũ' })).toHaveCount(0);
    const all = await percentsIn(budgetCells('.unit-matrix tbody'));
    expect(all).toHaveLength(38);
    expect(all).toEqual([...all].sort((a, b) => b - a));

    // By name, from the select.
    await page.getByLabel('Sắp xếp', { exact: true }).selectOption({ label: 'Theo tên' });
    const names = await page.locator('.unit-matrix tbody th[scope="row"]').allInnerTexts();
    expect(names.slice(0, 3)).toEqual(['xã Bản Bo', 'xã Bình Lư', 'xã Bum Nưa']);
    // The choice is in the link: a reload keeps it.
    await page.reload();
    await expect(page.getByLabel('Nhóm theo huyện cũ')).not.toBeChecked();
    await expect(page.locator('.unit-matrix tbody th[scope="row"]').first()).toHaveText('xã Bản Bo');
  });

  test('the unit view names its level; a district asked for 2025 leads to its successors', async ({ page }) => {
    await openView(page, '/district/than-uyen?year=2025');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('huyện Than Uyên — năm 2025');
    const alert = page.locator('.unit-out-of-force');
    await expect(alert).toContainText('huyện Than Uyên không còn từ 01/07/2025');
    await expect(alert.getByRole('link')).toHaveText(['xã Mường Kim', 'xã Khoen On', 'xã Than Uyên', 'xã Mường Than']);
    // Its history is still there.
    await expect(page.getByRole('heading', { name: 'Diễn biến qua các năm' })).toBeVisible();
    await alert.getByRole('link', { name: 'xã Mường Kim' }).click();
    await expect(page).toHaveURL(/\/district\/xa-muong-kim\?year=2025/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('xã Mường Kim — năm 2025');
    await expect(page.locator('.level-line')).toHaveText('Cấp: xã, phường (38 đơn vị)');
    const picker = page.getByLabel('Đơn vị', { exact: true });
    await expect(picker.locator('optgroup')).toHaveCount(8);
    await expect(picker.locator('optgroup[label="huyện Than Uyên cũ"] option')).toHaveText(['xã Mường Kim', 'xã Khoen On', 'xã Than Uyên', 'xã Mường Than']);
    await picker.selectOption({ label: 'phường Tân Phong' });
    await expect(page).toHaveURL(/\/district\/phuong-tan-phong\?year=2025/);
    // Back to a year before the reform: the commune did not exist, and says which district carried the figures.
    await page.getByLabel('Năm', { exact: true }).selectOption('2020');
    await expect(page.locator('.unit-out-of-force')).toContainText('phường Tân Phong có từ 01/07/2025');
    await expect(page.locator('.unit-out-of-force').getByRole('link')).toHaveText(['Thành phố Lai Châu', 'huyện Tam Đường']);
  });

  test('the comparison of 38 communes: every bar labelled, grouped on demand, exports name the level', async ({ page }) => {
    await openView(page, '/indicator/budget_revenue?year=2025');
    await expect(page.getByRole('heading', { name: 'Thu ngân sách nhà nước trên địa bàn năm 2025: các xã, phường' })).toBeVisible();
    const chart = page.locator('figure.chart-frame').first();
    await expect(chart.locator('.recharts-yAxis .recharts-cartesian-axis-tick')).toHaveCount(38);
    await expect(chart.locator('.chart-provenance')).toContainText('Cấp: xã, phường (38 đơn vị)');
    await chart.screenshot({ path: 'test-results/screenshots/reform-comparison-38-1920x1080.png' });
    await page.getByLabel('Nhóm theo huyện cũ').check();
    await expect(chart.locator('.comparison-group h3')).toHaveCount(8);
    await expect(chart.locator('.comparison-group h3').first()).toHaveText('huyện Than Uyên cũ');
    // One scale for every former district's chart, so their bars compare.
    const ends = await chart.locator('.comparison-group .recharts-xAxis .recharts-cartesian-axis-tick-value').evaluateAll((ticks) => [...new Set(ticks.map((t) => t.textContent))].length);
    expect(ends).toBeLessThanOrEqual(6);
    await page.mouse.move(0, 0);
    await chart.screenshot({ path: 'test-results/screenshots/reform-comparison-grouped-1920x1080.png' });
    const download = page.waitForEvent('download');
    await chart.getByRole('button', { name: /\(CSV\)$/ }).click();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(await (await download).path(), 'utf8')).toContain('Cấp: xã, phường (38 đơn vị)');
  });

  test('screenshots: the 38-unit matrix at 1920×1080 and 1280×720', async ({ page }) => {
    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      await openView(page, '/?year=2025');
      await expect(unitRows(page)).toHaveCount(38);
      // Nothing of the matrix is cut off at the side.
      const clipped = await page.locator('.matrix-section .table-scroll').evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      expect(clipped).toBe(false);
      await page.screenshot({ path: `test-results/screenshots/reform-matrix-38-${size.width}x${size.height}.png`, fullPage: true });
    }
  });

  test('slides at 1280×720: the overview and the comparison split by former district, numbered, each readable', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openView(page, '/present');
    // The default deck is for the latest year, 2025: its overview and comparison are numbered parts.
    await expect(page.getByLabel('Tiêu đề trang 1', { exact: true })).toHaveValue(/^Tỉnh Lai Châu năm 2025 \(1\/\d+\)$/);
    const titles = await page.locator('.deck-item input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    // The overview's and the comparison's parts (the ranking's numbered slides are e2e/reform-trend-ranking.spec.ts's).
    const parts = titles.flatMap((title, i) => (/năm 2025 \(\d+\/\d+\)$/.test(title) && !title.startsWith('Xếp hạng') ? [i + 1] : []));
    expect(parts.length).toBeGreaterThanOrEqual(6);
    // Each part is opened, checked, pictured and closed: a limit for that much work on a busy machine.
    test.setTimeout(30_000 + parts.length * 10_000);
    let communes = 0;
    for (const n of parts) {
      await page.getByRole('button', { name: `Trình chiếu từ trang ${n}`, exact: true }).click();
      const slide = page.frameLocator('iframe.slide-frame');
      await expect(slide.locator('.level-line'), `slide ${n}: ${await page.locator('iframe.slide-frame').getAttribute('src')}`).toContainText('Cấp: xã, phường —');
      await expectReadableSlide(page, n);
      await page.screenshot({ path: `test-results/screenshots/reform-slide-${n}-1280x720.png` });
      if (titles[n - 1]?.startsWith('Tỉnh')) communes += await slide.locator('.unit-matrix tbody tr:not(.matrix-group)').count();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trình chiếu');
    }
    // Every commune is on the overview's slides (once per group of columns).
    expect(communes % 38).toBe(0);
    expect(communes).toBeGreaterThanOrEqual(38);
  });
});

test('the chosen year carries across views in the navigation links', async ({ page }) => {
  await openView(page, '/');
  await page.getByLabel('Năm', { exact: true }).selectOption('2019');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2019');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const name of ['Huyện, xã', 'Chỉ tiêu', 'Xếp hạng thi đua', 'Dữ liệu']) await expect(nav.getByRole('link', { name })).toHaveAttribute('href', /[?&]year=2019/);
  await nav.getByRole('link', { name: 'Huyện, xã' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/năm 2019$/);
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2019');
});

test('an indicator opens on its own latest year; a carried year without its figures offers the nearest', async ({ page }) => {
  await openView(page, '/indicator/budget_revenue');
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2019');
  await expect(page.locator('.recharts-bar-rectangle path.recharts-rectangle').first()).toBeVisible();
  await openView(page, '/indicator/budget_revenue?year=2020');
  await expect(page.getByText('Thu ngân sách nhà nước trên địa bàn chưa có số liệu năm 2020.')).toBeVisible();
  await page.getByRole('link', { name: 'Xem năm gần nhất có số liệu: 2019' }).click();
  await expect(page).toHaveURL(/\/indicator\/budget_revenue\?year=2019/);
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2019');
  await expect(page.getByText(/chưa có số liệu năm/)).toHaveCount(0);
});
