import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cspHeader } from '../src/app/csp';
import { CHECK_TIMEOUT_MS } from '../src/lib/publication/check-latest';
import { deployBuild, publication, setServerRules, sha, writePublication, type Publication } from './publications';
import { startStaticServer, type StaticServer } from './static-server';
import { expect, test, watchCsp, type Page } from './test';

/**
 * Publish once, seen everywhere: the built app reads its data at run time from a folder on
 * another origin (a second server process, with CORS), named by the deployment's config.json.
 * The tests share the two servers and the folder, so they run one after another in one worker.
 * Ports: E2E_PORT + 101 (the app) and + 102 (the data); e2e/offline.spec.ts uses + 100.
 */
test.describe.configure({ mode: 'serial' });

const base = Number(process.env.E2E_PORT ?? 4173);
let app: StaticServer;
let data: StaticServer;
let dataRoot = '';
let appRoot = '';
let folder = '';
let v1: Publication;
let v2: Publication;
const folderUrl = () => `${data.origin}/chi-tieu-data/`;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  v1 = await publication({ budget: 1901, published: '2026-11-28T09:30:00+07:00' });
  v2 = await publication({ budget: 1950, tanUyen: 'Tân Uyên mới', published: '2026-12-05T08:00:00+07:00' });
  dataRoot = mkdtempSync(join(tmpdir(), 'chi-tieu-data-'));
  appRoot = mkdtempSync(join(tmpdir(), 'chi-tieu-app-'));
  folder = join(dataRoot, 'chi-tieu-data');
  const dataOrigin = `http://127.0.0.1:${base + 102}`;
  deployBuild(appRoot, `${dataOrigin}/chi-tieu-data/`);
  data = await startStaticServer({ root: dataRoot, port: base + 102, cors: true });
  app = await startStaticServer({ root: appRoot, port: base + 101, spa: true, csp: cspHeader([dataOrigin]) });
});

test.afterAll(async () => {
  await Promise.all([app?.stop(), data?.stop()]);
  rmSync(dataRoot, { recursive: true, force: true });
  rmSync(appRoot, { recursive: true, force: true });
});

test.beforeEach(() => {
  setServerRules(dataRoot, {});
  writePublication(folder, v1);
});

const status = (page: Page) => page.getByTestId('data-status');
const budget = (page: Page) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Thu ngân sách nhà nước trên địa bàn' }) });
const failure = (page: Page) => page.getByTestId('publication-failure');
const shownV1 = () => `Số liệu công bố ngày 28/11/2026, phiên bản ${v1.manifest.version}`;

/** The overview of 2016, where the province's budget revenue (the figure each publication changes) is a card. */
async function open(page: Page, path = '/?year=2016') {
  await page.goto(`${app.origin}${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(status(page)).toBeVisible();
}

test('the data comes from the folder config.json names; a new publication shows after reload, no rebuild', async ({ page, browser }) => {
  await open(page);
  await expect(status(page)).toHaveText(shownV1());
  await expect(budget(page)).toContainText('1.901 tỷ đồng');
  await expect(failure(page)).toHaveCount(0);

  writePublication(folder, v2);
  // The leader's desktop: another browser, first visit.
  const leader = await browser.newContext();
  const reports = watchCsp(leader);
  const desk = await leader.newPage();
  await open(desk);
  await expect(status(desk)).toHaveText(`Số liệu công bố ngày 05/12/2026, phiên bản ${v2.manifest.version}`);
  await expect(budget(desk)).toContainText('1.950 tỷ đồng');
  await leader.close();
  expect(reports).toEqual([]);

  // The first browser on reload: its kept version at once; the new one comes behind it (only the files
  // whose checksums changed), is verified, offered, and shown on the click.
  const asked: string[] = [];
  page.on('request', (request) => request.url().startsWith(data.origin) && asked.push(new URL(request.url()).pathname));
  await page.reload();
  await expect(budget(page)).toContainText('1.901 tỷ đồng');
  const offer = page.getByTestId('new-publication');
  await expect(offer).toContainText('Đã có số liệu công bố mới (ngày 05/12/2026)');
  await expect(budget(page)).toContainText('1.901 tỷ đồng');
  await offer.getByRole('button', { name: 'Xem số liệu mới' }).click();
  await expect(status(page)).toHaveText(`Số liệu công bố ngày 05/12/2026, phiên bản ${v2.manifest.version}`);
  await expect(budget(page)).toContainText('1.950 tỷ đồng');
  expect(asked.sort()).toEqual(['/chi-tieu-data/areas.csv', '/chi-tieu-data/manifest.json', '/chi-tieu-data/observations.csv']);
  // English names the same publication.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(status(page)).toHaveText(`Data published 5 Dec 2026, version ${v2.manifest.version}`);
});

test.describe('offline after one visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('shows the last version with its date', async ({ page, context }) => {
    await open(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.reload();
    await expect(status(page)).toHaveText(`Đang ngoại tuyến — bản công bố ngày 28/11/2026, phiên bản ${v1.manifest.version}`);
    await expect(budget(page)).toContainText('1.901 tỷ đồng');
    await expect(failure(page)).toContainText('Máy đang ngoại tuyến: không tải được config.json');
    await page.goto(`${app.origin}/district/tan-uyen?year=2020`);
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(status(page)).toContainText('Đang ngoại tuyến — bản công bố ngày 28/11/2026');
    await context.setOffline(false);
  });
});

/** Each failure of a new publication keeps the last good version on screen and says where and what. */
const INTEGRITY: { name: string; break: () => Promise<void> | void; says: () => Promise<string[]> | string[]; offline?: boolean }[] = [
  {
    name: 'a file whose SHA-256 disagrees with the manifest',
    break: () => writePublication(folder, v2, { files: { 'observations.csv': v2.files['observations.csv'].map((b, i, all) => (i === all.length - 3 ? b ^ 1 : b)) } }),
    says: async () => [`observations.csv tại ${folderUrl()}observations.csv`, `SHA-256 mong đợi ${await sha(v2.files['observations.csv'])}`, `nhận được ${await sha(v2.files['observations.csv'].map((b, i, all) => (i === all.length - 3 ? b ^ 1 : b)))}`],
  },
  {
    name: 'a file larger than the manifest says',
    break: () => writePublication(folder, v2, { files: { 'areas.csv': new Uint8Array([...v2.files['areas.csv'], ...new TextEncoder().encode('x,X,district,lai-chau\n')]) } }),
    says: () => [`areas.csv tại ${folderUrl()}areas.csv`, `mong đợi ${v2.files['areas.csv'].byteLength} byte, nhận được ${v2.files['areas.csv'].byteLength + 22} byte`],
  },
  {
    name: 'a row count that disagrees with the manifest',
    break: () => writePublication(folder, v2, { manifest: { ...v2.manifest, files: v2.manifest.files.map((f) => (f.name === 'indicators.csv' ? { ...f, rows: f.rows + 1 } : f)) } }),
    says: () => {
      const rows = v2.manifest.files.find((f) => f.name === 'indicators.csv')?.rows ?? 0;
      return [`indicators.csv tại ${folderUrl()}indicators.csv`, `mong đợi ${rows + 1} dòng số liệu, đếm được ${rows}`];
    },
  },
  {
    name: 'a truncated file',
    break: () => writePublication(folder, v2, { files: { 'observations.csv': v2.files['observations.csv'].slice(0, 5000) } }),
    says: () => [`observations.csv tại ${folderUrl()}observations.csv`, `mong đợi ${v2.files['observations.csv'].byteLength} byte, nhận được 5000 byte — tệp bị cắt cụt`],
  },
  {
    name: 'an HTML error page served instead of CSV',
    break: () => (writePublication(folder, v2), setServerRules(dataRoot, { files: { 'chi-tieu-data/observations.csv': { html: true } } })),
    says: () => [`${folderUrl()}observations.csv trả về một trang HTML (text/html; charset=utf-8) thay vì tệp observations.csv`],
  },
  {
    name: 'no manifest (404)',
    break: () => {
      writePublication(folder, v2);
      rmSync(join(folder, 'manifest.json'));
    },
    says: () => [`Không có manifest.json tại ${folderUrl()}manifest.json (HTTP 404)`],
  },
  {
    name: 'a server error (500)',
    break: () => (writePublication(folder, v2), setServerRules(dataRoot, { files: { 'chi-tieu-data/manifest.json': { status: 500 } } })),
    says: () => [`${folderUrl()}manifest.json (manifest.json) trả về HTTP 500 Internal Server Error, mong đợi 200 OK`],
  },
  {
    name: 'a manifest of an unknown schema version',
    break: () => writePublication(folder, v2, { manifest: { ...v2.manifest, schema: 'chi-tieu-data/3' } }),
    says: () => [`manifest.json tại ${folderUrl()}manifest.json có định dạng "chi-tieu-data/3", ứng dụng này đọc định dạng "chi-tieu-data/2"`],
  },
  {
    name: 'a manifest naming a file that is missing',
    break: () => writePublication(folder, v2, { files: { 'observations.csv': null } }),
    says: () => [`manifest.json có tệp observations.csv nhưng ${folderUrl()}observations.csv trả về HTTP 404: tệp bị thiếu`],
  },
  {
    name: 'a server that does not answer (timeout)',
    break: () => (writePublication(folder, v2), setServerRules(dataRoot, { files: { 'chi-tieu-data/manifest.json': { hang: true } } })),
    says: () => [`Không nhận được manifest.json từ ${folderUrl()}manifest.json sau 4 giây`],
    offline: true,
  },
];

for (const scenario of INTEGRITY) {
  test(`${scenario.name}: the last good version stays, with the located message`, async ({ page }) => {
    await open(page);
    await expect(status(page)).toHaveText(shownV1());
    await scenario.break();
    await page.reload();
    await expect(status(page)).toHaveText(
      scenario.offline
        ? `Đang ngoại tuyến — bản công bố ngày 28/11/2026, phiên bản ${v1.manifest.version}`
        : `Chưa dùng được bản công bố mới — đang hiển thị bản công bố ngày 28/11/2026, phiên bản ${v1.manifest.version}`,
      // A server that does not answer is given up on after the app's own deadline; the page then opens the kept version.
      { timeout: (scenario.offline ? CHECK_TIMEOUT_MS : 0) + 10_000 },
    );
    await expect(budget(page)).toContainText('1.901 tỷ đồng');
    for (const part of await scenario.says()) await expect(failure(page)).toContainText(part);
    await expect(failure(page)).toContainText(`hiển thị bản công bố ngày 28/11/2026, phiên bản ${v1.manifest.version}`);
    await expect(failure(page)).toContainText('Cách sửa');
  });
}

test('CORS refused: a clear message, with the last good version or, on a first visit, the page that says there is none', async ({ page, browser }) => {
  await open(page);
  setServerRules(dataRoot, { cors: false });
  const refused = `Máy chủ ${data.origin} không cho trang ${app.origin} đọc manifest.json (${folderUrl()}manifest.json): thiếu tiêu đề CORS «Access-Control-Allow-Origin»`;
  await page.reload();
  await expect(status(page)).toHaveText(`Chưa dùng được bản công bố mới — đang hiển thị bản công bố ngày 28/11/2026, phiên bản ${v1.manifest.version}`);
  await expect(budget(page)).toContainText('1.901 tỷ đồng');
  await expect(failure(page)).toContainText(refused);

  const first = await browser.newContext();
  const reports = watchCsp(first);
  const desk = await first.newPage();
  await desk.goto(`${app.origin}/?year=2016`);
  const page404 = desk.getByTestId('no-published-data');
  await expect(page404.getByRole('heading', { level: 1 })).toHaveText('Chưa có số liệu để hiển thị');
  await expect(page404).toContainText(refused);
  await expect(page404).toContainText(`Cách sửa: cho phép nguồn ${app.origin}`);
  await expect(status(desk)).toHaveText('Chưa có số liệu công bố');
  // Once the server allows it, "Retry" shows the data.
  setServerRules(dataRoot, {});
  await page404.getByRole('button', { name: 'Thử lại' }).click();
  await expect(budget(desk)).toContainText('1.901 tỷ đồng');
  await first.close();
  expect(reports).toEqual([]);
});

test('a running slide show keeps its version while a new one is published; the notice comes after Esc', async ({ page }) => {
  await open(page, '/present');
  await page.getByRole('button', { name: 'Bắt đầu trình chiếu' }).click();
  const slide = page.frameLocator('iframe.slide-frame');
  const counter = page.locator('.slide-counter');
  await expect(slide.getByRole('columnheader', { name: 'Tân Uyên', exact: true })).toBeVisible();

  writePublication(folder, v2);
  // The presenter comes back to the window: the app looks, finds the new publication, and says nothing during the show.
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(status(page)).toHaveAttribute('data-newer', v2.manifest.version);
  await page.keyboard.press('PageDown');
  await expect(counter).toHaveText(/^Trang 2 \//);
  await page.keyboard.press('PageUp');
  await expect(counter).toHaveText(/^Trang 1 \//);
  // The slide is loaded again, on the version the show started with.
  await expect(slide.getByRole('columnheader', { name: 'Tân Uyên', exact: true })).toBeVisible();
  await expect(slide.getByRole('columnheader', { name: 'Tân Uyên mới' })).toHaveCount(0);
  await expect(page.getByTestId('new-publication')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trình chiếu');
  const notice = page.getByTestId('new-publication');
  await expect(notice).toContainText('Đã có số liệu công bố mới (ngày 05/12/2026)');
  await expect(status(page)).toHaveText(shownV1());
  await notice.getByRole('button', { name: 'Xem số liệu mới' }).click();
  await expect(status(page)).toHaveText(`Số liệu công bố ngày 05/12/2026, phiên bản ${v2.manifest.version}`);
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: 'Bắt đầu trình chiếu' }).click();
  await expect(slide.getByRole('columnheader', { name: 'Tân Uyên mới' })).toBeVisible();
});
