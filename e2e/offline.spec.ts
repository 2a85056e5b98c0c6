import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './test';
import { openView } from './fixtures';

// The rest of the suite blocks service workers; this journey is about them.
test.use({ serviceWorkers: 'allow', viewport: { width: 1280, height: 720 } });

/** The first visit: the service worker installs and precaches the app, fonts and built-in data. */
async function visitOnce(page: Page, path = '/') {
  await openView(page, path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** A reload (or link) with the network off must be answered by the service worker. */
async function gotoOffline(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.fromServiceWorker(), `${path} comes from the service worker`).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
}

test('after one visit every view works with the network off', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2020');
  await expect(page.getByRole('row', { name: /Mức giảm tỷ lệ hộ nghèo/ })).toContainText('149,7%');

  await gotoOffline(page, '/district/tan-uyen?year=2020');
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await gotoOffline(page, '/indicator/budget_revenue?year=2019');
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await gotoOffline(page, '/trend?area=lai-chau&indicator=budget_revenue');
  await expect(page.locator('.recharts-line-dots, .recharts-line-dot').first()).toBeVisible();
  await gotoOffline(page, '/ranking?year=2019');
  await gotoOffline(page, '/data?year=2020');
  await gotoOffline(page, '/upload');
  // Diacritics still come from the self-hosted Be Vietnam Pro, not a fallback font.
  expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Mức giảm tỷ lệ hộ nghèo'))).toBe(true);
  expect(await page.evaluate(async () => (await document.fonts.load('700 16px "Be Vietnam Pro"', 'Ệ')).length)).toBeGreaterThan(0);
});

test('the presentation runs offline, slide after slide', async ({ page, context }) => {
  await visitOnce(page, '/present');
  await context.setOffline(true);
  await gotoOffline(page, '/present');
  await page.getByRole('button', { name: 'Bắt đầu trình chiếu' }).click();
  const slide = page.frameLocator('iframe.slide-frame');
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2020');
  await page.keyboard.press('PageDown');
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText('Xếp hạng thi đua năm 2020');
  await page.keyboard.press('PageDown');
  await expect(slide.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.reload();
  await expect(page.locator('.slide-counter')).toHaveText(/^Trang 3 \//);
  await expect(slide.locator('.recharts-bar-rectangle').first()).toBeVisible();
});

test('data an analyst uploaded is there offline (it lives in IndexedDB)', async ({ page, context }) => {
  await visitOnce(page, '/upload');
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles('e2e/files/upload-2021-vi.csv');
  await page.getByRole('button', { name: /Ghi phiên bản mới/ }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  await context.setOffline(true);
  await gotoOffline(page, '/?year=2021');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2021');
  await expect(page.getByRole('row', { name: /Thu ngân sách nhà nước trên địa bàn/ })).toContainText('118,8%');
});

test.describe('a new build', () => {
  // One worker runs both tests over the one server: in parallel, a second worker's server could
  // not take the port and its test would publish into a copy nobody serves.
  test.describe.configure({ mode: 'serial' });
  // Its own server over a copy of the build, so the test can publish a "new build" without touching the suite's.
  // Not +17: 4190 is on the fetch standard's list of blocked ports.
  const port = Number(process.env.E2E_PORT ?? 4173) + 100;
  const base = `http://127.0.0.1:${port}`;
  let root = '';
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    root = mkdtempSync(join(tmpdir(), 'chi-tieu-build-'));
    cpSync('dist', root, { recursive: true });
    let output = '';
    server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', root, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let tries = 0; tries < 300; tries++) {
      if (server.exitCode !== null) break;
      const up = await fetch(`${base}/`).then((r) => r.ok, () => false);
      if (up && server.exitCode === null) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`the copy of the build is not served at ${base}:\n${output}`);
  });
  test.afterAll(() => {
    server?.kill();
    rmSync(root, { recursive: true, force: true });
  });

  /** Publishes a new build: a changed sw.js whose install takes `installMs`, as a real one downloading its changed files does. */
  function publishBuild(installMs: number) {
    appendFileSync(
      join(root, 'sw.js'),
      `\n// build ${Date.now()}\nself.addEventListener('install', (event) => event.waitUntil(new Promise((resolve) => setTimeout(resolve, ${installMs}))));\n`,
    );
  }

  /**
   * Publishes a new build whose install finishes only when the test opens `install-gate.txt`:
   * the test, not a clock, decides how long it stays "installing".
   */
  function publishGatedBuild() {
    const gate = `install-gate-${Date.now()}.txt`;
    appendFileSync(
      join(root, 'sw.js'),
      `\nself.addEventListener('install', (event) => event.waitUntil((async () => {
        for (;;) {
          const opened = await fetch('/${gate}', { cache: 'no-store' }).then((r) => r.text(), () => '');
          if (opened === 'open') return;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })()));\n`,
    );
    return { open: () => writeFileSync(join(root, gate), 'open') };
  }

  /** The first visit, then a reload on the same build: no prompt. */
  async function runningBuild(page: Page) {
    await visitOnce(page, `${base}/?year=2019`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2019');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  }

  /** "Reload" activates the waiting build and loads the page again on it. */
  async function takeUpdate(page: Page) {
    // The reader clicks once the view is there, its data read. A click while the data still streams through the
    // running build's worker left the new build waiting for that fetch to end, and the reload with it: a fresh
    // clone saw the page never load again (one run in about ten).
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2019');
    // The states the button acts on: the prompt shown, and the new build waiting in the registration.
    await expect(page.getByRole('alertdialog')).toContainText('Đã có phiên bản mới của Chỉ Tiêu.', { timeout: 20_000 });
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null), { timeout: 20_000 }).toBe('installed');
    const reloaded = page.waitForEvent('load');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Tải lại để cập nhật' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2019');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  }

  test('is offered with a "new version — reload" prompt and taken only when the user agrees', async ({ page }) => {
    await runningBuild(page);
    publishBuild(1000);
    await page.reload();
    // The browser looks for a new service worker a moment after the navigation (Chromium waits
    // about a second), then installs it; the prompt comes once it is installed.
    const prompt = page.getByRole('alertdialog');
    await expect(prompt).toContainText('Đã có phiên bản mới của Chỉ Tiêu.', { timeout: 20_000 });
    // "Later" keeps the running version (a presenter mid-talk) …
    await prompt.getByRole('button', { name: 'Để sau' }).click();
    await expect(prompt).toHaveCount(0);
    // … and the next visit asks again; "Reload" takes the new one.
    await page.reload();
    await takeUpdate(page);
  });

  test('a new build still installing when the page opens is offered too', async ({ page }) => {
    await runningBuild(page);
    const build = publishGatedBuild();
    // The browser finds the new build and starts installing it before the page has loaded (its
    // "update found" event is over by the time the app listens). An update check that was
    // already under way may have seen the old build, so ask again until one finds the new one.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            if (registration && !registration.installing) await registration.update().catch(() => undefined);
            return registration?.installing?.state ?? null;
          }),
        { timeout: 20_000 },
      )
      .toBe('installing');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2019');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.installing?.state)).toBe('installing');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    build.open();
    await expect(page.getByRole('alertdialog')).toContainText('Đã có phiên bản mới của Chỉ Tiêu.', { timeout: 20_000 });
    await takeUpdate(page);
  });
});
