import type { BrowserContext, Page, Route } from '@playwright/test';
import { formatProgress } from '../src/domain/publication/byte-sizes';
import { manifestToJson } from '../src/domain/publication/manifest';
import { publication, type Publication } from './publications';
import { expect, test } from './test';

/**
 * The hall's network is slow: the data folder beside the app answers through page.route, so the
 * test decides when a file's bytes come (a promise it resolves), never a clock. The first visit
 * keeps the built-in publication (the province's 2016 budget revenue 1.862 tỷ đồng); the "newer"
 * one says 1.950.
 */
let v2: Publication;
test.beforeAll(async () => {
  v2 = await publication({ budget: 1950, published: '2026-12-05T08:00:00+07:00' });
});

const budget = (page: Page) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Thu ngân sách nhà nước trên địa bàn' }) });

/** The version this browser keeps for offline use (read once the app has opened its store). */
const keptVersion = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('chi-tieu-published');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('publications')) return (db.close(), resolve(null));
          const get = db.transaction('publications').objectStore('publications').get('current');
          get.onsuccess = () => (db.close(), resolve(typeof get.result === 'string' ? get.result : null));
          get.onerror = () => (db.close(), resolve(null));
        };
      }),
  );

/** The first visit: the figures, and the publication kept in this browser. */
async function visitOnce(page: Page) {
  await page.goto('/?year=2016');
  await expect(budget(page)).toContainText('1.862 tỷ đồng');
  await expect.poll(() => keptVersion(page)).not.toBeNull();
}

/**
 * Serves a publication's files in place of the folder's; `observations.csv` is held until
 * `release()` (its headers never come until then). A request the page gave up on is let go.
 */
async function serveHeld(page: Page, pub: Publication | null) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let holding = true;
  await page.route('**/data/*', async (route: Route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    if (name === 'observations.csv' && holding) await released;
    if (!pub) return route.continue().catch(() => undefined);
    const body = name === 'manifest.json' ? manifestToJson(pub.manifest) : pub.files[name as keyof Publication['files']];
    if (!body) return route.fulfill({ status: 404 }).catch(() => undefined);
    return route.fulfill({ status: 200, contentType: name.endsWith('.json') ? 'application/json' : 'text/csv', body: Buffer.from(body) }).catch(() => undefined);
  });
  return { release: () => ((holding = false), release()) };
}

test('a kept version shows at once while a newer one downloads; its progress, its stall, then the switch on the click', async ({ page }) => {
  test.setTimeout(60_000);
  await visitOnce(page);
  const observations = await serveHeld(page, v2);
  await page.reload();
  // The kept figures at once: the new observations.csv has not even sent its headers.
  await expect(budget(page)).toContainText('1.862 tỷ đồng');
  const coming = page.getByTestId('newer-download');
  const total = formatProgress({ received: 0, total: v2.files['observations.csv'].byteLength }, 'vi');
  await expect(coming).toContainText(`Đang tải phiên bản mới (công bố ngày 05/12/2026)… ${total}`);
  await expect(coming.getByRole('progressbar', { name: 'Tiến độ tải số liệu' })).toBeVisible();
  // Nothing waits on it: another view opens on the kept data.
  await page.getByRole('link', { name: 'Xếp hạng thi đua' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Xếp hạng thi đua');
  await page.goBack();
  await expect(budget(page)).toContainText('1.862 tỷ đồng');
  // No byte for a while: said, and the kept copy stays.
  await expect(coming).toContainText('đang tải rất chậm: không nhận thêm dữ liệu trong 8 giây', { timeout: 20_000 });
  await expect(budget(page)).toContainText('1.862 tỷ đồng');

  observations.release();
  const offer = page.getByTestId('new-publication');
  await expect(offer).toContainText('Đã có số liệu công bố mới (ngày 05/12/2026)');
  await expect(coming).toHaveCount(0);
  // Verified, and still not swapped in by itself.
  await expect(budget(page)).toContainText('1.862 tỷ đồng');
  await offer.getByRole('button', { name: 'Xem số liệu mới' }).click();
  await expect(budget(page)).toContainText('1.950 tỷ đồng');
  await expect(page.getByTestId('data-status')).toHaveText(`Số liệu công bố ngày 05/12/2026, phiên bản ${v2.manifest.version}`);
  await expect(offer).toHaveCount(0);
  await expect.poll(() => keptVersion(page)).toBe(v2.manifest.version);
});

test('a newer version that fails its checks is never swapped in: the kept one stays, with the reason', async ({ page }) => {
  await visitOnce(page);
  const broken = { ...v2, files: { ...v2.files, 'observations.csv': v2.files['observations.csv'].slice(0, 5000) } };
  const observations = await serveHeld(page, broken);
  await page.reload();
  await expect(budget(page)).toContainText('1.862 tỷ đồng');
  await expect(page.getByTestId('newer-download')).toBeVisible();
  observations.release();
  await expect(page.getByTestId('publication-failure')).toContainText('tệp bị cắt cụt');
  await expect(page.getByTestId('new-publication')).toHaveCount(0);
  await expect(budget(page)).toContainText('1.862 tỷ đồng');
});

test('a first visit with nothing kept: the bytes of the total, a Cancel that leaves a clear page, and a retry', async ({ page }) => {
  const observations = await serveHeld(page, null);
  await page.goto('/?year=2016');
  const progress = page.getByTestId('first-download');
  await expect(progress).toContainText(/Đang tải số liệu công bố… [\d,]+ \/ [\d,]+ kB/);
  await expect(progress.getByRole('progressbar', { name: 'Tiến độ tải số liệu' })).toBeVisible();
  await progress.getByRole('button', { name: 'Huỷ tải' }).click();
  const cancelled = page.getByTestId('download-cancelled');
  await expect(cancelled.getByRole('heading', { level: 1 })).toHaveText('Đã huỷ tải số liệu');
  await expect(cancelled).toContainText('Máy này chưa lưu bản công bố nào');
  await expect(progress).toHaveCount(0);

  observations.release();
  await cancelled.getByRole('button', { name: 'Thử lại' }).click();
  await expect(budget(page)).toContainText('1.862 tỷ đồng');
});

/** Caps this origin's storage quota through the DevTools protocol. */
async function capQuota(context: BrowserContext, page: Page, quotaSize: number) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(test.info().project.use.baseURL ?? '').origin, quotaSize });
}

/**
 * Two ways a browser has too little room: Chromium's own quota capped through the DevTools protocol
 * (the write is refused; its estimate does not see the cap, so no "left" figure is repeated), and a
 * browser whose estimate says so before anything is written.
 */
const TOO_SMALL = [
  {
    name: 'the write refused (QuotaExceededError)',
    arrange: (context: BrowserContext, page: Page) => capQuota(context, page, 20_000),
    vi: /Bản công bố cần khoảng [\d,]+ kB; trình duyệt báo đã hết chỗ cho trang này\./,
    en: /The publication needs about [\d.]+ kB; the browser says there is no room left for this site\./,
  },
  {
    name: 'too little room by the estimate',
    arrange: (_: BrowserContext, page: Page) =>
      page.addInitScript(() => Object.defineProperty(navigator.storage, 'estimate', { value: () => Promise.resolve({ quota: 20_000, usage: 1_500 }) })),
    vi: /Bản công bố cần khoảng [\d,]+ kB, trình duyệt này chỉ còn 18,1 kB cho trang này\..*cần thêm khoảng [\d,]+ kB/,
    en: /The publication needs about [\d.]+ kB; this browser has only 18.1 kB left for this site\..*about [\d.]+ kB more is needed/,
  },
];

for (const scenario of TOO_SMALL) {
  test(`${scenario.name}: the browser says at once it could not keep the data for offline use, the sizes, and what to do`, async ({ page, context }) => {
    await scenario.arrange(context, page);
    await page.goto('/?year=2016');
    await expect(budget(page)).toContainText('1.862 tỷ đồng');
    const notice = page.locator('.storage-notice').filter({ hasText: 'số liệu công bố để dùng khi mất mạng' });
    await expect(notice).toContainText('Không lưu được số liệu công bố để dùng khi mất mạng trên máy này.');
    await expect(notice).toContainText(scenario.vi);
    await expect(notice).toContainText('khi mất mạng (ví dụ tại hội trường) trang sẽ không có số liệu');
    await expect(notice).toContainText(/Cách sửa: giải phóng dung lượng ổ đĩa .* trình duyệt khác/);
    expect(await keptVersion(page)).toBeNull();
    // Asking for persistent storage from the notice: the browser's answer, whichever it is, is said.
    await notice.getByRole('button', { name: 'Xin trình duyệt lưu lâu dài' }).click();
    await expect(notice.getByRole('status')).toContainText('lưu lâu dài');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('.storage-notice').filter({ hasText: 'Could not save the published data for offline use on this computer.' })).toContainText(scenario.en);
  });
}
