import { expect, test, type Page } from './test';
import { mappingKey } from '../src/domain/upload/column-mapping';
import { openView } from './fixtures';

/** Puts raw values into localStorage before the app's first script, once per test (not again on reload or in a slide's frame). */
async function storeBeforeLoad(page: Page, values: Record<string, string>) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('e2e-stored')) return;
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    sessionStorage.setItem('e2e-stored', '1');
  }, values);
}

/** Uncaught errors would mean a crash hidden behind a working-looking page. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const notice = (page: Page, what: RegExp) => page.locator('.storage-notice').filter({ hasText: what });

test('a stored deck that is not JSON: the page works, the default deck is laid, and a notice names what was set aside', async ({ page }) => {
  const errors = collectErrors(page);
  await storeBeforeLoad(page, { 'chi-tieu-deck': '{"state":{"slides":[{"kind":' });
  await openView(page, '/present');
  const shown = notice(page, /Bộ trình chiếu/);
  await expect(shown).toContainText('Bộ trình chiếu lưu trên máy này không đọc được nên đã được để riêng');
  await expect(shown).toContainText('khoá “chi-tieu-deck:set-aside”');
  await expect(shown).toContainText('không phải JSON hợp lệ');
  await expect(page.locator('.deck-item').first()).toContainText('Tổng quan');
  expect(await page.evaluate(() => localStorage.getItem('chi-tieu-deck:set-aside'))).toBe('{"state":{"slides":[{"kind":');
  await shown.getByRole('button', { name: 'Đóng thông báo về bộ trình chiếu' }).click();
  await expect(page.locator('.storage-notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a stored deck with hostile slides keeps its good slides, names each one left out, and presents only the app’s pages', async ({ page }) => {
  const errors = collectErrors(page);
  const slides = [
    { id: 'a1', kind: 'district', view: '/district/tan-uyen?year=2020', title: 'Tân Uyên' },
    { id: 'a2', kind: 'overview', view: '//evil.example/page', title: 'Bẫy' },
    { id: 'a3', kind: 'trend', view: 'javascript:alert(1)', title: 'Script' },
    { id: 'a4', kind: 'indicator', view: '/indicator/budget_revenue?year=2019', title: 'Thu ngân sách' },
    { kind: 'ranking', view: '/ranking?year=2019' },
  ];
  await storeBeforeLoad(page, { 'chi-tieu-deck': JSON.stringify({ state: { slides, seeded: true }, version: 0 }) });
  await openView(page, '/present');
  const shown = notice(page, /Bộ trình chiếu/);
  await expect(shown.locator('li')).toHaveCount(3);
  await expect(shown.locator('li').nth(0)).toContainText('Trang 2 “Bẫy” (tổng quan): đường dẫn “//evil.example/page” trỏ ra trang của nơi khác');
  await expect(shown.locator('li').nth(1)).toContainText('javascript:alert(1)');
  await expect(shown.locator('li').nth(2)).toContainText('Trang 5 (xếp hạng): tiêu đề phải là chữ');
  await expect(page.locator('.deck-item')).toHaveCount(2);
  await page.getByRole('button', { name: 'Bắt đầu trình chiếu' }).click();
  await expect(page.frameLocator('iframe.slide-frame').getByRole('heading', { level: 1 })).toHaveText(/Tân Uyên/);
  expect(errors).toEqual([]);
});

test('damaged display settings: the page opens in the defaults and names each setting put back', async ({ page }) => {
  const errors = collectErrors(page);
  await storeBeforeLoad(page, { 'chi-tieu-ui': JSON.stringify({ state: { language: 'fr', theme: 'purple', fontScale: 99 }, version: 0 }) });
  await openView(page, '/?year=2020');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2020');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  const shown = notice(page, /Cài đặt hiển thị/);
  await expect(shown.locator('li')).toHaveText(['“language” = "fr": không phải một trong vi, en', '“theme” = "purple": không phải một trong light, dark, contrast', '“fontScale” = 99: không phải một trong 1, 1.125, 1.25, 1.5']);
  await expect(shown).toContainText('Chọn lại ngôn ngữ, giao diện và cỡ chữ ở đầu trang.');
  // Choosing again stores good settings: the next visit has no notice.
  await page.getByRole('button', { name: 'Nền tối' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2020');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.storage-notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a damaged remembered column mapping: the file is mapped afresh and the notice names it', async ({ page }) => {
  const errors = collectErrors(page);
  const header = ['Huyện', 'Năm', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', '% KH', 'Đơn vị tính', 'Nguồn', 'Ghi chú'];
  await storeBeforeLoad(page, { [`chi-tieu-mapping:${mappingKey(header)}`]: JSON.stringify([{ kind: 'figure', indicator: '../../x', field: 'constructor' }]) });
  await openView(page, '/upload');
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles('e2e/files/upload-2021-vi.csv');
  await expect(page.getByText('4 dòng hợp lệ · 0 lỗi · 0 cảnh báo')).toBeVisible();
  const shown = notice(page, /ghép cột/);
  await expect(shown).toContainText('Cách ghép cột đã nhớ cho tệp có 9 cột này lưu trên máy này không đọc được');
  await expect(shown.locator('li').first()).toContainText('cột 1');
  expect(errors).toEqual([]);
});

test('a damaged saved ranking scheme: the default ranking, and a notice', async ({ page }) => {
  const errors = collectErrors(page);
  await storeBeforeLoad(page, { 'chi-tieu-ranking-scheme:district': 'x;c;budget_revenue:oops:150' });
  await openView(page, '/ranking?year=2019');
  await expect(page.getByText('Đang dùng bộ tiêu chí mặc định')).toBeVisible();
  await expect(page).not.toHaveURL(/scheme=/);
  await expect(notice(page, /bộ tiêu chí thi đua đã lưu/i).locator('li')).toContainText('tiêu chí 1 “budget_revenue:oops:150” không đọc được');
  expect(errors).toEqual([]);
});

test('a full storage: the deck change is kept on screen and the failed save is said, never thrown', async ({ page }) => {
  const errors = collectErrors(page);
  await openView(page, '/district/tan-uyen?year=2020');
  await page.evaluate(() => {
    // Fill this site's storage to the brim.
    for (let size = 1 << 20, i = 0; size >= 16; ) {
      try {
        localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
  await page.getByRole('button', { name: /Thêm vào trình chiếu/ }).click();
  await expect(page.getByRole('button', { name: /Đã thêm/ })).toBeVisible();
  const shown = notice(page, /bộ trình chiếu/);
  await expect(shown).toContainText('Không lưu được bộ trình chiếu trên máy này.');
  await expect(shown).toContainText('bộ nhớ của trình duyệt cho trang này đã đầy');
  expect(errors).toEqual([]);
});
