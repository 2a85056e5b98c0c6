import { expect, test, type Page } from './test';
import { openView } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

const deckFile = (slides: unknown[]) => ({ name: 'hostile-deck.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'chi-tieu-deck', version: 1, slides })) });
const importInput = (page: Page) => page.getByLabel('Nhập bộ trình chiếu (JSON)');
const items = (page: Page) => page.locator('.deck-item');

/** Views that would show another site's page, run script, or are no slide at all. */
const HOSTILE = [
  { kind: 'overview', view: '//evil.example/page', title: 'Hai chấm' },
  { kind: 'overview', view: '/\\evil.example/page', title: 'Gạch ngược' },
  { kind: 'overview', view: '/%2F%2Fevil.example', title: 'Mã hoá' },
  { kind: 'overview', view: '/\t/evil.example', title: 'Tab' },
  { kind: 'trend', view: 'javascript:alert(document.domain)', title: 'Script' },
  { kind: 'overview', view: 'https://evil.example/', title: 'Địa chỉ ngoài' },
  { kind: 'district', view: '/indicator/budget_revenue?year=2019', title: 'Sai loại' },
  { kind: 'overview', view: '/upload', title: 'Không phải trang chiếu' },
];

test('a hostile deck is refused whole: each bad slide named with its value, why and the fix; the deck stays as it was', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://localhost')) outside.push(r.url());
  });
  await openView(page, '/present');
  const before = await items(page).allInnerTexts();
  expect(before.length).toBeGreaterThan(0);
  await expect(page.getByText('Tệp JSON, tối đa 1 MB, 500 trang; tiêu đề tối đa 300 ký tự.')).toBeVisible();

  await importInput(page).setInputFiles(deckFile([{ kind: 'overview', view: '/?year=2020', title: 'Tốt' }, ...HOSTILE]));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Không nhập được tệp “hostile-deck.json”; bộ trình chiếu giữ nguyên');
  const problems = alert.locator('li');
  await expect(problems).toHaveCount(HOSTILE.length);
  await expect(problems.nth(0)).toContainText('Trang 2 “Hai chấm” (tổng quan): đường dẫn “//evil.example/page” trỏ ra trang của nơi khác');
  await expect(problems.nth(0)).toContainText('Dùng đường dẫn của một màn hình Chỉ Tiêu, ví dụ /?year=2020.');
  await expect(problems.nth(1)).toContainText('“/\\evil.example/page”');
  await expect(problems.nth(2)).toContainText('“/%2F%2Fevil.example” không phải màn hình trình chiếu được');
  await expect(problems.nth(3)).toContainText('“/[U+0009]/evil.example” chứa ký tự điều khiển');
  await expect(problems.nth(4)).toContainText('javascript:alert(document.domain)');
  await expect(problems.nth(6)).toContainText('Đổi "kind" thành "indicator"');
  await expect(problems.nth(7)).toContainText('/upload');
  expect(await items(page).allInnerTexts()).toEqual(before);

  // The same message in English.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByLabel('Import a deck (JSON)').setInputFiles(deckFile(HOSTILE.slice(0, 1)));
  await expect(page.getByRole('alert').locator('li').first()).toContainText('Slide 1 “Hai chấm” (overview): the view “//evil.example/page” points to a page elsewhere');

  // The deck still presents, and only the app's own pages ever load.
  await page.getByRole('button', { name: 'Start the presentation' }).click();
  await expect(page.frameLocator('iframe.slide-frame').getByRole('heading', { level: 1 })).toBeVisible();
  expect(outside).toEqual([]);
});

test('a deck file over the size limit is refused before it is read', async ({ page }) => {
  await openView(page, '/present');
  const big = Buffer.alloc(1024 * 1024 + 1, ' ');
  await importInput(page).setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
  await expect(page.getByRole('alert')).toContainText('quá giới hạn 1 MB của một bộ trình chiếu, nên không được đọc');
});

test('titles lose their control characters at the boundary: import and rename', async ({ page }) => {
  await openView(page, '/present');
  await importInput(page).setInputFiles(deckFile([{ kind: 'overview', view: '/?year=2020', title: 'Tổng\u0000 quan\u001b 2020\u0007' }]));
  await expect(page.getByText('Đã nhập 1 trang.')).toBeVisible();
  await expect(page.getByLabel('Tiêu đề trang 1')).toHaveValue('Tổng quan 2020');
  await page.getByLabel('Tiêu đề trang 1').fill('Toàn\u0001 tỉnh\u0008');
  await expect(page.getByLabel('Tiêu đề trang 1')).toHaveValue('Toàn tỉnh');
  // A 6 MB title (pasted, say) is bounded, not a storage error.
  await page.getByLabel('Tiêu đề trang 1').evaluate((input: HTMLInputElement, size) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, 'x'.repeat(size));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, 6 * 1024 * 1024);
  await expect(page.getByLabel('Tiêu đề trang 1')).toHaveValue('x'.repeat(300));
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('"Add to presentation" refuses a view it cannot show, and says why', async ({ page }) => {
  await openView(page, '/?year=2020&next=//evil.example');
  await page.getByRole('button', { name: /Thêm vào trình chiếu/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Không thêm được vào trình chiếu: Màn hình này (tổng quan): đường dẫn “/?year=2020&next=');
  await expect(alert).toContainText('evil.example” có tham số “next” mà màn hình này không dùng. Chỉ dùng: year, indicators, former, q, sort, group.');
  await openView(page, '/present');
  await expect(page.locator('.deck-view', { hasText: 'evil' })).toHaveCount(0);
});

test('the slide frame is sandboxed: the view works inside, but cannot navigate the presenter’s window or open pop-ups', async ({ page }) => {
  await openView(page, '/present');
  await page.getByRole('button', { name: 'Trình chiếu từ trang 2' }).click();
  const frame = page.locator('iframe.slide-frame');
  await expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin');
  const slide = page.frameLocator('iframe.slide-frame');
  await expect(slide.getByRole('heading', { level: 1 })).toBeVisible();
  const url = page.url();
  const tried = await (await frame.elementHandle())?.contentFrame().then((f) =>
    f?.evaluate(() => {
      const results: string[] = [];
      try {
        window.top?.location.assign('/data');
        results.push('top: allowed');
      } catch {
        results.push('top: blocked');
      }
      results.push(window.open('/data') === null ? 'popup: blocked' : 'popup: allowed');
      return results;
    }),
  );
  expect(tried).toEqual(['top: blocked', 'popup: blocked']);
  await expect(page.locator('.slide-counter')).toHaveText(/^Trang 2 \//);
  expect(page.url()).toBe(url);
  expect(page.context().pages()).toHaveLength(1);
});
