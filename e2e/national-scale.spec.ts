import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cspHeader } from '../src/app/csp';
import { READ_AHEAD_MARK } from '../src/workers/part-sizes';
import { deployWithData, nationalPublication } from './publications';
import { expectNoAxeViolations, expectNoBrokenText } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { expect, test, type Page } from './test';

/**
 * Views at national scale: the build serving a national dataset (63 provinces, 700 districts × 20
 * indicators × 10 years = 140,000 rows, scripts/national-data.mjs) as its published folder, plus three
 * communes under one district so the search can find a commune. Checks what is in the page, not time.
 * Port: E2E_PORT + 103 (published-data uses + 101 and + 102, offline + 100).
 */
test.describe.configure({ mode: 'serial' });

const COMMUNES = ['Mường Kim', 'Tà Hừa', 'Pha Mu'].map((name, k) => `lai-chau-x${k + 1},${name},commune,lai-chau-h3,xã,,,,,e2e,`);
const UNITS = 700;
let app: StaticServer;
let root = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  root = mkdtempSync(join(tmpdir(), 'chi-tieu-national-'));
  deployWithData(root, await nationalPublication('districts-140k', COMMUNES));
  app = await startStaticServer({ root, port: Number(process.env.E2E_PORT ?? 4173) + 103, spa: true, csp: cspHeader([]) });
});

test.afterAll(async () => {
  await app?.stop();
  rmSync(root, { recursive: true, force: true });
});

test.beforeEach(() => test.setTimeout(120_000));

async function open(page: Page, path: string, heading: string | RegExp) {
  await page.goto(`${app.origin}${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading, { timeout: 90_000 });
}

const search = (page: Page) => page.getByRole('combobox', { name: 'Tìm tỉnh, huyện, xã' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Đơn vị tìm thấy' });
const breadcrumb = (page: Page) => page.getByRole('navigation', { name: 'Cấp hành chính' });
const matrixRows = (page: Page) => page.locator('table.unit-matrix tbody tr:not(.window-spacer)');

test('the overview of the country: 700 districts in the matrix, only those near the screen in the page, each reachable by keyboard', async ({ page }) => {
  // The 10.7 MB observations.csv is read in parts, the others in workers of their own: what follows checks what they read.
  const partReader = page.waitForRequest(/canonical-part\.worker-[\w-]+\.js$/);
  await open(page, '/', 'Việt Nam năm 2024');
  await partReader;
  // Read while it downloaded, not whole afterwards: the dataset worker marks a reading of what came ahead,
  // with its count of pieces (an 8 MiB piece as it came and the rest at the end, or one piece when a busy
  // page took the whole body in one chunk).
  const datasetWorker = page.workers().find((worker) => /dataset\.worker-[\w-]+\.js$/.test(worker.url()));
  const pieces = await datasetWorker?.evaluate((name) => performance.getEntriesByName(name).map((mark): unknown => ((mark as PerformanceMark).detail as { pieces: number }).pieces), READ_AHEAD_MARK);
  expect(pieces).toHaveLength(1);
  expect(pieces?.[0]).toBeGreaterThanOrEqual(1);
  await expect(breadcrumb(page)).toHaveText('Việt Nam');
  await expect(page.getByText(`Cấp: huyện, thành phố (${UNITS} đơn vị)`)).toBeVisible();
  const table = page.locator('table.unit-matrix');
  await expect(table).toHaveAttribute('aria-rowcount', String(UNITS + 1));
  // The country's cards (700 units × 20 indicators, made a slice at a time): one per indicator, each counting the 700.
  const cards = page.locator('.kpi-card');
  await expect(cards).toHaveCount(20);
  await expect(cards.first()).toContainText(`/${UNITS} đơn vị có số liệu`);
  await expect(page.getByText(/Đang tổng hợp/)).toHaveCount(0);
  await page.locator('#matrix-heading').scrollIntoViewIfNeeded();
  // The right rows: the catalog's first districts, each named with its province.
  await expect(matrixRows(page).first()).toHaveAttribute('aria-rowindex', '2');
  await expect(matrixRows(page).first().getByRole('rowheader')).toHaveText('Huyện Bắc 01 · Hà Nội');
  expect(await matrixRows(page).count()).toBeLessThan(120);
  await page.screenshot({ path: 'test-results/screenshots/national-overview-1920x1080.png' });
  await expectNoBrokenText(page);
  await expectNoAxeViolations(page);

  // Keyboard: Tab goes on past the rows drawn, the arrows move a row, End reaches the last district.
  const first = matrixRows(page).first().getByRole('link').first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveText('Huyện Nam 02');
  await page.keyboard.press('End');
  const last = table.locator(`tbody tr[aria-rowindex="${UNITS + 1}"]`);
  await expect(last).toBeVisible();
  await expect(last.getByRole('rowheader')).toHaveText('Huyện Bắc 11 · Cà Mau');
  await expect(last.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveText('Huyện Trung 10');
  expect(await matrixRows(page).count()).toBeLessThan(120);
  // Tab from a row's last link goes on to the next row's first.
  await page.keyboard.press('Home');
  await expect(matrixRows(page).first().getByRole('link').first()).toBeFocused();
  const links = await matrixRows(page).first().getByRole('link').count();
  for (let k = 0; k < links; k++) await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Huyện Nam 02');
});

test('drill-down by click: country → province (breadcrumb and search) → unit, and back up', async ({ page }) => {
  await open(page, '/', 'Việt Nam năm 2024');
  await search(page).fill('lai chau');
  const option = results(page).getByRole('option', { name: 'tỉnh Lai Châu thuộc Việt Nam' });
  await option.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2024');
  await expect(page).toHaveURL(/[?&]in=lai-chau(&|$)/);
  await expect(breadcrumb(page).getByRole('listitem')).toHaveText(['Việt Nam', 'Lai Châu']);
  // Lai Châu's 11 districts are the matrix's columns, as a province's few districts always were.
  const matrix = page.locator('table.status-matrix');
  await expect(matrix.getByRole('columnheader')).toHaveCount(12);
  await page.screenshot({ path: 'test-results/screenshots/national-province-1920x1080.png' });
  await matrix.getByRole('link', { name: 'Huyện Bắc 01' }).click();
  await expect(page).toHaveURL(/\/district\/lai-chau-h1\?/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Huyện Bắc 01');
  // The area drilled into travels with the reader: back on the overview, still Lai Châu; the breadcrumb goes back up.
  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2024');
  await breadcrumb(page).getByRole('link', { name: 'Việt Nam' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Việt Nam năm 2024');
});

test('drill-down and search by keyboard: a province, then a commune typed without diacritics opens its unit view', async ({ page }) => {
  await open(page, '/', 'Việt Nam năm 2024');
  await search(page).focus();
  await page.keyboard.type('LAI CHAU');
  await page.keyboard.press('ArrowDown');
  await expect(search(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(results(page).getByRole('option', { selected: true })).toHaveText('tỉnh Lai Châu thuộc Việt Nam');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Lai Châu năm 2024');

  await search(page).focus();
  await page.keyboard.type('muong kim');
  await expect(results(page).getByRole('option')).toHaveText(['xã Mường Kim thuộc Huyện Đông 03']);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/national-search-1280x720.png', clip: { x: 0, y: 0, width: 1920, height: 720 } });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/district\/lai-chau-x1\?/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mường Kim');
});

test('a link naming an unknown area says so and shows the country', async ({ page }) => {
  await open(page, '/?in=khong-co', 'Việt Nam năm 2024');
  await expect(page.getByText('Không có đơn vị mã “khong-co” trong số liệu; đang hiện Việt Nam.')).toBeVisible();
});

test('the indicator view: one page of 24 small multiples, the top and bottom 10, and all 700 on request', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, '/indicator/budget_revenue', 'Thu ngân sách nhà nước trên địa bàn');
  await expect(page.getByText(/Đang hiện 10 đơn vị có % kế hoạch cao nhất và 10 đơn vị thấp nhất trong \d+ đơn vị có % kế hoạch\./)).toBeVisible();
  const top = page.getByRole('region', { name: '10 đơn vị cao nhất' });
  const bottom = page.getByRole('region', { name: '10 đơn vị thấp nhất' });
  await expect(top.locator('.recharts-bar-rectangle')).toHaveCount(20);
  await expect(bottom.locator('.recharts-bar-rectangle')).toHaveCount(20);
  await page.screenshot({ path: 'test-results/screenshots/national-indicator-1280x720.png' });

  const multiples = page.locator('.small-multiples > li');
  await expect(page.getByText('Trang 1/30')).toBeVisible();
  await expect(multiples).toHaveCount(24);
  // Each small multiple is drawn as it comes near the screen; until then its box holds its figures as text.
  await expect(multiples.locator('.recharts-wrapper, .chart-pending')).toHaveCount(24);
  await expect(multiples.last().locator('.chart-pending')).toContainText(/\d{4}: TH /);
  await multiples.last().scrollIntoViewIfNeeded();
  await expect(multiples.last().locator('.recharts-wrapper')).toHaveCount(1);
  await expect(multiples.last().locator('.chart-pending')).toHaveCount(0);
  await page.getByRole('button', { name: 'Trang sau' }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page.getByText('Trang 2/30')).toBeVisible();
  await expect(multiples).toHaveCount(24);
  // Units 25–48: after Hà Nội's and Hà Giang's 12 districts, Cao Bằng's first.
  await expect(multiples.first().getByRole('heading')).toHaveText('Thu ngân sách nhà nước trên địa bàn — Huyện Bắc 01 · Cao Bằng');
  await multiples.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/national-small-multiples-1280x720.png' });

  await page.getByRole('button', { name: `Xem tất cả ${UNITS} đơn vị` }).click();
  const list = page.locator('table.comparison-list');
  await expect(list).toHaveAttribute('aria-rowcount', String(UNITS + 1));
  const listed = list.locator('tbody tr:not(.window-spacer)');
  await expect(listed.first().getByRole('cell').first()).toHaveText('1');
  expect(await listed.count()).toBeLessThan(120);
  await page.getByRole('button', { name: 'Chỉ xem 10 cao nhất và 10 thấp nhất' }).click();
  await expect(top).toBeVisible();
});

test('the ranking of one province lists its units; the country’s ranking is windowed', async ({ page }) => {
  await open(page, '/ranking?in=lai-chau', 'Xếp hạng thi đua năm 2024');
  await expect(page.getByText('Các huyện, thành phố của tỉnh Lai Châu, theo bảng tiêu chí chấm điểm')).toBeVisible();
  const ranking = page.locator('table.ranking-table');
  await expect(ranking.locator('tbody tr')).toHaveCount(11);
  await expect(ranking.getByRole('rowheader')).toContainText(['Huyện Bắc 01']);
  await expect(page.locator('table.scorecard tbody tr')).toHaveCount(11);
  await page.screenshot({ path: 'test-results/screenshots/national-ranking-province-1920x1080.png' });

  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, '/ranking', 'Xếp hạng thi đua năm 2024');
  await expect(ranking).toHaveAttribute('aria-rowcount', String(UNITS + 1));
  expect(await ranking.locator('tbody tr:not(.window-spacer)').count()).toBeLessThan(120);
  await expect(ranking.locator('tbody tr[aria-rowindex="2"] td').first()).toHaveText('1');
  await expect(page.locator('table.scorecard')).toHaveAttribute('aria-rowcount', String(UNITS + 1));
  await page.screenshot({ path: 'test-results/screenshots/national-ranking-1280x720.png' });
});

test('the country’s report counts its 700 districts, each named with its province; a district’s table is drawn as it comes near', async ({ page }) => {
  await open(page, '/report?year=2024', 'Báo cáo kết quả thực hiện chỉ tiêu năm 2024');
  const overall = page.locator('.report-section').first().locator('.report-paragraph');
  await expect(overall).toContainText('Các huyện, thành phố (700 đơn vị):');
  // The roll-up runs to thousands: in Vietnamese figures.
  await expect(overall).toContainText(/\d{1,3}\.\d{3}\/\d{1,3}\.\d{3} chỉ tiêu có kế hoạch/);
  const summary = page.locator('table.report-summary tbody tr');
  await expect(summary).toHaveCount(UNITS);
  await expect(summary.first()).toContainText('Huyện Bắc 01 · Hà Nội');
  const units = page.locator('.report-section[data-area]');
  await expect(units).toHaveCount(UNITS);
  await expect(units.first().locator('h3')).toHaveText('1. Huyện Bắc 01 (thành phố Hà Nội)');
  // Far below, a district's paragraph is there at once and its table comes when it is scrolled to.
  const last = units.last();
  await expect(last.locator('.report-paragraph')).not.toBeEmpty();
  expect(await page.locator('.report-section[data-area] table.report-table').count()).toBeLessThan(UNITS);
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('table.report-table')).toBeVisible();
  await expect(last.locator('table.report-table tbody tr').first()).toBeVisible();
});

test('the country’s report mounts its 700 districts a part at a time: every heading is reached, and printing puts every unit and table on paper at once', async ({ page }) => {
  await open(page, '/report?year=2024', 'Báo cáo kết quả thực hiện chỉ tiêu năm 2024');
  // The first part is there once the report is made; the rest come in, and the ranking and sources follow them.
  await expect(page.locator('.report-section[data-area]').first()).toBeVisible({ timeout: 60_000 });
  // Printing (Ctrl+P fires 'beforeprint'): before the page is laid out for paper — that event and its microtasks — every unit,
  // every unit's table and the ranking's every row are in the page.
  const onPaper = await page.evaluate(async () => {
    window.dispatchEvent(new Event('beforeprint'));
    await Promise.resolve();
    const main = document.querySelector('main')!;
    const ranking = [...main.querySelectorAll('.report-section')].find((s) => s.querySelector('h2')?.textContent?.includes('Xếp hạng thi đua'));
    const counts = {
      units: main.querySelectorAll('.report-section[data-area]').length,
      tables: main.querySelectorAll('.report-section[data-area] table.report-table').length,
      pending: main.querySelectorAll('.report-section [data-chart-pending]').length,
      rankingRows: ranking?.querySelectorAll('tbody tr').length ?? 0,
      sources: main.querySelectorAll('#report-sources').length,
    };
    window.dispatchEvent(new Event('afterprint'));
    return counts;
  });
  expect(onPaper).toEqual({ units: UNITS, tables: UNITS, pending: 0, rankingRows: UNITS, sources: 1 });
  // Every district's heading is in the page, in order, and reached by the screen reader's heading list.
  const headings = page.getByRole('heading', { level: 3 });
  await expect(headings).toHaveCount(UNITS);
  await expect(headings.nth(349)).toHaveText(/^350\. Huyện /);
  await expect(headings.last()).toHaveText('700. Huyện Bắc 11 (tỉnh Cà Mau)');
  await headings.nth(349).scrollIntoViewIfNeeded();
  await expect(headings.nth(349)).toBeInViewport();
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('the country’s .docx (700 districts) is made in its slim form: every district’s paragraph and summary row, and a note on what it leaves out', async ({ page }) => {
  await open(page, '/report?year=2024', 'Báo cáo kết quả thực hiện chỉ tiêu năm 2024');
  await expect(page.locator('table.report-summary tbody tr')).toHaveCount(UNITS);
  // Beside the button, before the click: what the file holds.
  await expect(page.locator('.report-download .report-note')).toContainText('Tệp .docx của 700 đơn vị có đoạn kết quả và bảng tóm tắt của từng đơn vị');
  const paragraphs = await page.locator('.report-section[data-area] .report-paragraph').allInnerTexts();
  const first = await page.locator('table.report-summary tbody tr').first().locator('td').allInnerTexts();
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await page.getByRole('button', { name: 'Tải báo cáo (.docx)' }).click();
  await page.locator('.page-header').screenshot({ path: 'test-results/screenshots/national-report-docx.png' });
  const file = await download;
  await expect(page.getByRole('button', { name: 'Tải báo cáo (.docx)' })).toBeEnabled();
  const { readFileSync } = await import('node:fs');
  const { unzipSync, strFromU8 } = await import('fflate');
  const xml = strFromU8(unzipSync(readFileSync(await file.path()))['word/document.xml']!);
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  expect(paragraphs).toHaveLength(UNITS);
  for (const text of paragraphs) expect(xml).toContain(escape(text.trim()));
  expect(xml).toContain('>Tóm tắt theo đơn vị</w:t>');
  expect(xml).toContain('Báo cáo gồm 700 đơn vị.');
  expect(xml).toMatch(/bảng kết quả các chỉ tiêu của từng đơn vị \(\d{1,2}\.\d{3} dòng\) không in trong tệp này/);
  // The first district's row, as the page's summary counts it, and the last district by its number.
  for (const cell of first) expect(xml).toContain(`>${escape(cell.trim())}</w:t>`);
  expect(xml).toContain('>700. Huyện Bắc 11 (tỉnh Cà Mau)</w:t>');
  // No unit's table of targets: the summary's and the ranking's rows, a header each, and the country's own at most.
  expect(xml.split('<w:tr>').length - 1).toBeLessThan(2 * UNITS + 100);
});
