import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './test';
import { openView } from './fixtures';

/** C0 controls a name may carry from a pasted spreadsheet cell or a hand-edited file. */
const NAME = 'Số xã\u0001 đạt\u001b chuẩn\u0007 nông thôn\u0008 mới';
const CLEAN = 'Số xã đạt chuẩn nông thôn mới';

/** An indicator whose name holds control characters, through the real upload. */
async function uploadIndicatorNamed(page: Page, name: string) {
  await openView(page, '/upload');
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles('e2e/files/new-indicator.csv');
  await page.getByRole('button', { name: 'Định nghĩa chỉ tiêu mới' }).click();
  await page.getByLabel('Tên tiếng Việt').fill(name);
  await page.getByLabel('Đơn vị tính', { exact: true }).fill('xã');
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  await page.getByRole('button', { name: 'Ghi phiên bản mới (2 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
}

async function download(page: Page, kind: 'PNG' | 'SVG') {
  const started = page.waitForEvent('download');
  await page.locator('figure.chart-frame').first().getByRole('button', { name: new RegExp(`\\(${kind}\\)$`) }).click();
  return readFile(await (await started).path());
}

const INDICATOR_VIEW = '/indicator/so_xa_dat_chuan_nong_thon_moi?year=2021';

test('a chart whose title holds control characters exports as a parseable SVG and as a PNG', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await uploadIndicatorNamed(page, NAME);
  await openView(page, INDICATOR_VIEW);
  await expect(page.locator('figure.chart-frame').first().getByRole('heading')).toContainText('Số xã');

  const svg = (await download(page, 'SVG')).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { errors: doc.getElementsByTagName('parsererror').length, title: doc.querySelector('title')?.textContent ?? '' };
  }, svg);
  expect(parsed).toEqual({ errors: 0, title: expect.stringContaining(CLEAN) as unknown as string });
  expect([...svg].filter((c) => c < ' ' && !'\t\n\r'.includes(c))).toEqual([]);

  const png = await download(page, 'PNG');
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The name was cleaned where the analyst typed it; the files' own guard (XML-legal text) stays for older stored data.
  expect(await page.locator('h1').textContent()).toContain(CLEAN);
  expect(errors).toEqual([]);
});

test('the slide of that view gets a clean title and downloads as a PNG', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await uploadIndicatorNamed(page, NAME);
  await openView(page, INDICATOR_VIEW);
  await page.getByRole('button', { name: /Thêm vào trình chiếu/ }).click();
  // As a person does: the button says the view was added before they go to the deck.
  await expect(page.getByRole('button', { name: /Đã thêm/ })).toBeVisible();
  await openView(page, '/present');
  const last = await page.locator('.deck-item').count();
  await expect(page.getByLabel(`Tiêu đề trang ${last}`)).toHaveValue(CLEAN);
  await page.getByRole('button', { name: `Trình chiếu từ trang ${last}` }).click();
  await expect(page.frameLocator('iframe.slide-frame').locator('.recharts-surface').first()).toBeVisible();
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải trang này (PNG)' }).click();
  const png = await readFile(await (await started).path());
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});

test('an export that cannot be made says so, naming the chart and the reason, for a chart and for a slide', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The picture library cannot load (offline before it was ever cached, say).
  await page.route(/\/assets\/es-[\w-]+\.js$/, (route) => route.abort());
  await openView(page, '/district/tan-uyen?year=2020');
  await page.locator('figure.chart-frame').first().getByRole('button', { name: /\(PNG\)$/ }).click();
  const alert = page.locator('figure.chart-frame').first().getByRole('alert');
  await expect(alert).toContainText('Không tạo được tệp PNG của biểu đồ “Kế hoạch và thực hiện năm 2020”: lỗi:');
  await expect(alert).toContainText('Hãy thử lại, hoặc tải tệp CSV.');

  await page.setViewportSize({ width: 1280, height: 720 });
  await openView(page, '/present');
  await page.getByRole('button', { name: 'Trình chiếu từ trang 2' }).click();
  await expect(page.frameLocator('iframe.slide-frame').getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Tải trang này (PNG)' }).click();
  await expect(page.locator('.slide-png-failed')).toContainText(/Không tạo được ảnh PNG của trang 2 “.+”: lỗi:/);
  expect(errors).toEqual([]);
});
