import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './test';
import { openView } from './fixtures';

const FILE_A = 'e2e/files/upload-2021-vi.csv';
const FILE_B = 'e2e/files/upload-2022-en.csv';
const commitButton = (page: Page) => page.getByRole('button', { name: /Ghi phiên bản mới/ });

async function analyse(page: Page, file: string) {
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles(file);
  await expect(commitButton(page)).toBeEnabled();
}

/** The version list as the page shows it (it is reloaded from storage after every write). */
const versionRows = (page: Page) => page.locator('.versions-table tbody tr');

/** Caps this origin's storage quota through the DevTools protocol; `undefined` lifts the cap. */
async function capQuota(context: BrowserContext, page: Page, quotaSize: number | undefined, origin = new URL(page.url()).origin) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, ...(quotaSize === undefined ? {} : { quotaSize }) });
}

test.describe('storage full', () => {
  for (const quota of [1, 2048]) {
    test(`with the quota at ${quota} bytes a save is refused with the size it needs, the file stays, and a retry saves`, async ({ page, context }) => {
      // Capped before the first visit: the app writes its copy of the published data as it loads,
      // and Chromium's IndexedDB then trusts the free space it found for a while.
      await capQuota(context, page, quota, new URL(test.info().project.use.baseURL ?? '').origin);
      await openView(page, '/upload');
      await analyse(page, FILE_A);
      await commitButton(page).click();
      const alert = page.locator('.storage-failure');
      await expect(alert).toContainText('Không ghi được vào bộ nhớ trình duyệt (hết dung lượng)');
      await expect(alert).toContainText(/Phiên bản này cần khoảng [\d,]+ kB/);
      await expect(page.getByText('Đã ghi phiên bản')).toHaveCount(0);
      // Nothing was stored: the list read back from storage has the built-in data only.
      await expect(versionRows(page)).toHaveCount(1);
      // The analysis is still on screen, and the dataset can be taken away rather than lost.
      await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toBeVisible();
      const download = page.waitForEvent('download');
      await alert.getByRole('button', { name: 'Tải bộ số liệu này (CSV)' }).click();
      expect((await download).suggestedFilename()).toBe('chi-tieu-chua-ghi.csv');

      await capQuota(context, page, undefined);
      await commitButton(page).click();
      await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
      await page.goto('/?year=2021');
      await expect(page.getByRole('row', { name: /Thu ngân sách nhà nước trên địa bàn/ })).toContainText('118,8%');
    });
  }
});

/** Two tabs of one browser profile, both on the upload page. */
async function twoTabs(browser: Browser, options: { bHearsOthers: boolean }) {
  const context = await browser.newContext();
  const a = await context.newPage();
  const b = await context.newPage();
  // A browser tab that misses the other's message (or a browser without BroadcastChannel).
  if (!options.bHearsOthers) await b.addInitScript(() => Object.defineProperty(window, 'BroadcastChannel', { value: undefined }));
  await openView(a, '/upload');
  await openView(b, '/upload');
  return { context, a, b };
}

test.describe('two tabs', () => {
  test('a version saved in one tab appears in the other, which must check its file again before saving', async ({ browser }) => {
    const { context, a, b } = await twoTabs(browser, { bHearsOthers: true });
    await analyse(b, FILE_B);
    await analyse(a, FILE_A);
    await commitButton(a).click();
    await expect(a.getByText('Đã ghi phiên bản 1.')).toBeVisible();

    await expect(b.getByTestId('other-tab-notice')).toContainText('đang hiển thị phiên bản 1');
    await expect(b.getByRole('row', { name: /Phiên bản 1:/ })).toContainText('đang dùng');
    await expect(b.getByRole('alert').filter({ hasText: 'Số liệu đã thay đổi ở một thẻ khác' })).toBeVisible();
    await expect(commitButton(b)).toBeDisabled();
    await b.getByRole('button', { name: 'Kiểm tra lại' }).click();
    await commitButton(b).click();
    await expect(b.getByText('Đã ghi phiên bản 2.')).toBeVisible();
    await expect(a.getByRole('row', { name: /Phiên bản 2:/ })).toContainText('đang dùng');

    // Version 2 holds both tabs' rows.
    await a.goto('/?year=2021');
    await expect(a.getByRole('row', { name: /Thu ngân sách nhà nước trên địa bàn/ })).toContainText('118,8%');
    await a.goto('/data?year=2022');
    await expect(a.getByRole('row', { name: /Tân Uyên/ })).toContainText('70');
    await context.close();
  });

  test('a tab that missed the news is refused at save time, never overwriting the other tab', async ({ browser }) => {
    const { context, a, b } = await twoTabs(browser, { bHearsOthers: false });
    await analyse(b, FILE_B);
    await analyse(a, FILE_A);
    await commitButton(a).click();
    await expect(a.getByText('Đã ghi phiên bản 1.')).toBeVisible();

    await commitButton(b).click();
    const refusal = b.locator('.storage-failure');
    await expect(refusal).toContainText('số liệu vừa được thay đổi ở một thẻ khác');
    await expect(refusal).toContainText('Phiên bản đang dùng nay là phiên bản 1');
    await refusal.getByRole('button', { name: 'Kiểm tra lại' }).click();
    await commitButton(b).click();
    await expect(b.getByText('Đã ghi phiên bản 2.')).toBeVisible();
    await b.goto('/?year=2021');
    await expect(b.getByRole('row', { name: /Thu ngân sách nhà nước trên địa bàn/ })).toContainText('118,8%');
    await context.close();
  });

  test('an undo or a delete in one tab is shown in the other', async ({ browser }) => {
    const { context, a, b } = await twoTabs(browser, { bHearsOthers: true });
    await analyse(a, FILE_A);
    await commitButton(a).click();
    await expect(b.getByRole('row', { name: /Phiên bản 1:/ })).toContainText('đang dùng');
    await a.getByRole('row', { name: /Số liệu gốc/ }).getByRole('button', { name: 'Dùng phiên bản này' }).click();
    await expect(b.getByRole('row', { name: /Số liệu gốc/ })).toContainText('đang dùng');
    await a.getByRole('button', { name: /Xoá Phiên bản 1/ }).click();
    await expect(b.getByRole('row', { name: /Phiên bản 1:/ })).toHaveCount(0);
    await context.close();
  });
});

/** Writes a raw record into the app's IndexedDB store, as a damaged disk or an old build might have left it. */
async function putStored(page: Page, key: string, value: unknown) {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('chi-tieu');
        open.onsuccess = () => {
          const tx = open.result.transaction('versions', 'readwrite');
          tx.objectStore('versions').put(v, k);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      }),
    [key, value] as const,
  );
}

test.describe('stored records read back', () => {
  const damagedDatasets: [string, unknown][] = [
    ['a plan written as text', { areas: [], indicators: [], observations: [{ area: 'tan-uyen', year: 2021, indicator: 'x', plan: '12', actual: null, reportedPercent: null, unit: '', source: '', note: '' }] }],
    ['no observations list', { areas: [], indicators: [] }],
    ['a string', 'not a dataset'],
  ];
  for (const [name, damaged] of damagedDatasets) {
    test(`a damaged version (${name}) is set aside with a notice; the built-in data is shown`, async ({ page }) => {
      await openView(page, '/upload');
      await analyse(page, FILE_A);
      await commitButton(page).click();
      await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
      await putStored(page, 'dataset:1', damaged);
      await page.goto('/?year=2020');
      await expect(page.getByRole('alert').filter({ hasText: 'Phiên bản 1 lưu trong trình duyệt bị hỏng' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2020');
      await expect(page.getByRole('row', { name: /Mức giảm tỷ lệ hộ nghèo/ })).toContainText('149,7%');
    });
  }

  test('a damaged list of versions is set aside once, and saving starts afresh', async ({ page }) => {
    await openView(page, '/upload');
    await putStored(page, 'state', { versions: 'many', currentId: 3 });
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'Danh sách phiên bản lưu trong trình duyệt bị hỏng' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await analyse(page, FILE_A);
    await commitButton(page).click();
    await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  });
});
