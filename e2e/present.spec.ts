import { expect, test, type Page } from './test';
import { openView } from './fixtures';
import { expectReadableSlide } from './slides';

test.use({ viewport: { width: 1280, height: 720 } });

const counter = (page: Page) => page.locator('.slide-counter');
const frame = (page: Page) => page.frameLocator('iframe.slide-frame');

test('a presenter clicks through the default deck with what remotes send', async ({ page }) => {
  await openView(page, '/present');
  const items = page.locator('.deck-item');
  await expect(items.first()).toContainText('Tổng quan');
  const total = await items.count();
  expect(total).toBeGreaterThanOrEqual(5);
  await page.getByRole('button', { name: 'Bắt đầu trình chiếu' }).click();
  await expect(counter(page)).toHaveText(`Trang 1 / ${total}`);
  await expect(frame(page).getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2020');
  await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText(`Trang 2 / ${total}`);
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText(`Trang 1 / ${total}`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(' ');
  await expect(counter(page)).toHaveText(`Trang 3 / ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText(`Trang 2 / ${total}`);
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText(`Trang ${total} / ${total}`);
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText(`Trang 1 / ${total}`);
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`Trang 4 / ${total}`);
  // The URL follows the slide a moment later (nuqs batches its updates); reload once it has.
  await expect(page).toHaveURL(/[?&]slide=4(&|$)/);
  await page.reload();
  await expect(counter(page)).toHaveText(`Trang 4 / ${total}`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trình chiếu');
});

test('the deck is edited, survives reload, and gains any view by "Add to presentation"', async ({ page }) => {
  await openView(page, '/district/tan-uyen?year=2020');
  await page.getByRole('button', { name: /Thêm vào trình chiếu/ }).click();
  // As a person does: the button says the view was added before they go to the deck.
  await expect(page.getByRole('button', { name: /Đã thêm/ })).toBeVisible();
  await openView(page, '/present');
  const items = page.locator('.deck-item');
  const total = await items.count();
  await expect(items.last()).toContainText('/district/tan-uyen?year=2020');
  await page.getByLabel('Tiêu đề trang 1').fill('Toàn tỉnh 2020');
  await page.getByRole('button', { name: 'Xuống 1' }).click();
  await page.getByRole('button', { name: `Xoá ${total}` }).click();
  await page.reload();
  await expect(page.getByLabel('Tiêu đề trang 2')).toHaveValue('Toàn tỉnh 2020');
  await expect(items).toHaveCount(total - 1);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất bộ trình chiếu (JSON)' }).click();
  const file = await (await download).path();
  await page.getByRole('button', { name: `Xoá 1` }).click();
  await page.getByLabel('Nhập bộ trình chiếu (JSON)').setInputFiles(file);
  await expect(page.getByText(`Đã nhập ${total - 1} trang.`)).toBeVisible();
  await expect(items).toHaveCount(total - 1);
});

test('every slide is readable from the back of the hall at 1280×720', async ({ page }) => {
  await openView(page, '/present');
  const total = await page.locator('.deck-item').count();
  await page.getByRole('button', { name: 'Bắt đầu trình chiếu' }).click();
  for (let n = 1; n <= total; n++) {
    await expect(counter(page)).toHaveText(`Trang ${n} / ${total}`);
    await expectReadableSlide(page, n);
    await page.screenshot({ path: `test-results/screenshots/slide-${n}-1280x720.png` });
    await page.keyboard.press('PageDown');
  }
});

test('a dense year’s overview, added to the deck, becomes as many slides as it needs, each readable', async ({ page }) => {
  await openView(page, '/?year=2019');
  const indicators = await page.locator('.status-matrix tbody tr').count();
  expect(indicators).toBeGreaterThan(4);
  await openView(page, '/present');
  const before = await page.locator('.deck-item').count();
  await openView(page, '/?year=2019');
  await page.getByRole('button', { name: /Thêm vào trình chiếu/ }).click();
  // As a person does: the button says the view was added before they go to the deck.
  await expect(page.getByRole('button', { name: /Đã thêm/ })).toBeVisible();
  await openView(page, '/present');
  const parts = Math.ceil(indicators / 3); // OVERVIEW_ROWS_PER_SLIDE
  await expect(page.locator('.deck-item')).toHaveCount(before + parts);
  await expect(page.getByLabel(`Tiêu đề trang ${before + 1}`)).toHaveValue(`Tỉnh Lai Châu năm 2019 (1/${parts})`);
  await page.getByRole('button', { name: `Trình chiếu từ trang ${before + 1}` }).click();
  let rows = 0;
  for (let k = 1; k <= parts; k++) {
    await expect(counter(page)).toHaveText(`Trang ${before + k} / ${before + parts}`);
    await expect(frame(page).locator('.status-matrix')).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/slide-2019-part-${k}-1280x720.png` });
    await expectReadableSlide(page, before + k);
    rows += await frame(page).locator('.status-matrix tbody tr').count();
    await page.keyboard.press('PageDown');
  }
  // Every row of the matrix is on exactly one slide.
  expect(rows).toBe(indicators);
});

test('a slide downloads as a PNG at twice the screen size, with what it shows and where its figures come from', async ({ page }) => {
  await openView(page, '/present');
  await page.getByRole('button', { name: 'Trình chiếu từ trang 3' }).click();
  await expect(frame(page).locator('.recharts-surface').first()).toBeVisible();
  const frameHeight = await page.locator('iframe.slide-frame').evaluate((f) => f.clientHeight);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải trang này (PNG)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^chi-tieu-muc-giam-ty-le-ho-ngheo-nam-2020.*\.png$/);
  const { copyFileSync, readFileSync } = await import('node:fs');
  const png = readFileSync(await file.path());
  copyFileSync(await file.path(), 'test-results/screenshots/slide-3-export.png');
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(2560);
  // Twice the slide, plus the footer naming the selection, sources and data version.
  expect(png.readUInt32BE(20)).toBeGreaterThan(2 * frameHeight + 60);
  await expect(frame(page).locator('.slide-provenance')).toHaveCount(0);
});
