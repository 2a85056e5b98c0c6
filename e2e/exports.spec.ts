import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from './test';
import { openView } from './fixtures';

/** The first chart of each chart view, and words its files must carry. */
const CHARTS = [
  { name: 'district', path: '/district/tan-uyen?year=2020', title: 'Kế hoạch và thực hiện năm 2020', file: 'chi-tieu-ke-hoach-va-thuc-hien-nam-2020-tan-uyen', figures: [',2.47,', ',149.7,', 'Mức giảm tỷ lệ hộ nghèo,'], selection: 'Năm: 2020 · Đơn vị: Tân Uyên' },
  { name: 'indicator', path: '/indicator/budget_revenue?year=2019', title: 'Thu ngân sách nhà nước trên địa bàn năm 2019: các huyện, thành phố', file: 'chi-tieu-thu-ngan-sach-nha-nuoc-tren-dia-ban-nam-2019-cac-huyen-thanh-pho', figures: ['Tân Uyên,64.2,', ',119.4,'], selection: 'Năm: 2019 · Chỉ tiêu: Thu ngân sách nhà nước trên địa bàn' },
  { name: 'trend', path: '/trend?area=lai-chau&indicator=budget_revenue', title: 'Thu ngân sách nhà nước trên địa bàn — Lai Châu', file: 'chi-tieu-thu-ngan-sach-nha-nuoc-tren-dia-ban-lai-chau', figures: ['2019', 'tỷ đồng'], selection: 'Đơn vị: Lai Châu · Chỉ tiêu: Thu ngân sách nhà nước trên địa bàn' },
] as const;

/** The data version every export names: the built-in data, published by the build as a folder (dist/data/manifest.json). */
const PUBLISHED_VERSION = /Dữ liệu: số liệu công bố ngày \d{2}\/\d{2}\/\d{4}, phiên bản built-in-[0-9a-f]{12}/;
const firstChart = (page: Page) => page.locator('figure.chart-frame').first();

async function download(page: Page, figure: Locator, kind: 'PNG' | 'SVG' | 'CSV') {
  const started = page.waitForEvent('download');
  await figure.getByRole('button', { name: new RegExp(`\\(${kind}\\)$`) }).click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Records the CSS box of each figure copy the export lays out (title, chart, provenance; no controls). */
async function recordExportBoxes(page: Page) {
  await page.evaluate(() => {
    const boxes: { width: number; height: number }[] = [];
    Object.assign(window, { exportBoxes: boxes });
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        const figure = node instanceof HTMLElement && node.classList.contains('chart-export-stage') ? node.firstElementChild : null;
        if (figure) boxes.push({ width: figure.getBoundingClientRect().width, height: figure.getBoundingClientRect().height });
      }
    }).observe(document.body, { childList: true });
  });
}

/** Files are kept for a person to look at. */
async function keep(name: string, bytes: Buffer) {
  await mkdir('test-results/exports', { recursive: true });
  await writeFile(`test-results/exports/${name}`, bytes);
}

function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const chart of CHARTS) {
  test.describe(chart.name, () => {
    test('PNG is the figure at 2×, with its provenance', async ({ page }) => {
      await openView(page, chart.path);
      const figure = firstChart(page);
      await expect(figure.getByRole('heading').first()).toHaveText(chart.title);
      const screenWidth = (await figure.boundingBox())?.width ?? 0;
      await recordExportBoxes(page);
      const png = await download(page, figure, 'PNG');
      expect(png.name).toBe(`${chart.file}.png`);
      const size = pngSize(png.bytes);
      const [box] = await page.evaluate(() => (window as unknown as { exportBoxes: { width: number; height: number }[] }).exportBoxes);
      expect(box).toBeDefined();
      expect(Math.abs(size.width - 2 * screenWidth)).toBeLessThanOrEqual(2);
      expect(Math.abs(size.width - 2 * (box?.width ?? 0))).toBeLessThanOrEqual(2);
      expect(Math.abs(size.height - 2 * (box?.height ?? 0))).toBeLessThanOrEqual(2);
      await keep(png.name, png.bytes);
      // The page itself did not change while the image was made.
      await expect(page.locator('.chart-export-stage')).toHaveCount(0);
      await expect(figure.locator('.chart-provenance')).toBeHidden();
    });

    test('SVG is a standalone file with the chart, title and provenance', async ({ page }) => {
      await openView(page, chart.path);
      const svg = await download(page, firstChart(page), 'SVG');
      expect(svg.name).toBe(`${chart.file}.svg`);
      await keep(svg.name, svg.bytes);
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.getElementsByTagName('parsererror').length,
          name: root.localName,
          xmlns: root.getAttribute('xmlns'),
          viewBox: root.getAttribute('viewBox'),
          width: Number(root.getAttribute('width')),
          shapes: root.querySelectorAll('svg path, svg rect').length,
          text: [...root.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
          classes: root.querySelectorAll('[class]').length,
        };
      }, svg.bytes.toString('utf8'));
      expect(parsed).toMatchObject({ error: 0, name: 'svg', xmlns: 'http://www.w3.org/2000/svg' });
      expect(parsed.viewBox).toBe(`0 0 ${parsed.width} ${(parsed.viewBox ?? '').split(' ')[3]}`);
      expect(parsed.shapes).toBeGreaterThan(5);
      expect(parsed.classes, 'no stylesheet classes are needed').toBe(0);
      expect(parsed.text).toContain(chart.title);
      expect(parsed.text).toContain(chart.selection);
      // A source as a person cites it (publisher, date, title), never a file's name.
      expect(parsed.text).toMatch(/Nguồn: [^\n]*\b(19|20)\d\d\b/);
      expect(parsed.text).not.toContain('seeds/');
      expect(parsed.text).toMatch(PUBLISHED_VERSION);
      expect(parsed.text).toMatch(/Xuất lúc .*2\d{3}/);
    });

    test('CSV holds the figures as numbers (the unit in the header), with the source and data version', async ({ page }) => {
      await openView(page, chart.path);
      const csv = await download(page, firstChart(page), 'CSV');
      expect(csv.name).toBe(`${chart.file}.csv`);
      const text = csv.bytes.toString('utf8');
      const [firstLine = ''] = text.split('\n');
      expect(firstLine.replace(/^\uFEFF"?|"$/g, '')).toBe(`# ${chart.title}`);
      expect(text).toContain(`# Lựa chọn: ${chart.selection}`);
      expect(text).toContain(`# Đường dẫn: ${chart.path}`);
      expect(text).toMatch(/\n"?# Nguồn: [^\n]*\b(19|20)\d\d\b/);
      expect(text).not.toContain('seeds/');
      expect(text).toMatch(new RegExp(`# ${PUBLISHED_VERSION.source}`));
      const [, table = ''] = text.split('\n\n');
      expect(table.split('\n')[0]).toMatch(/^[^#].*,Thực hiện( \(.+\))?,Kế hoạch( \(.+\))?,% KH \(%\),Đánh giá,Nguồn$/);
      for (const figure of chart.figures) expect(table).toContain(figure);
    });
  });
}

test('the export control is reached and used by keyboard, and hidden on slides', async ({ page }) => {
  await openView(page, '/trend?area=lai-chau&indicator=budget_revenue');
  const png = page.getByRole('button', { name: 'Tải biểu đồ Thu ngân sách nhà nước trên địa bàn — Lai Châu (PNG)' });
  await png.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /\(SVG\)$/ })).toBeFocused();
  const started = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await started).suggestedFilename()).toMatch(/\.svg$/);
  await openView(page, '/trend?area=lai-chau&indicator=budget_revenue&embed=1');
  await expect(page.locator('.chart-export')).toBeHidden();
});

/** Opens a view and prints it the way the button does, then looks at it as the paper would (A4 landscape at 96 dpi). */
async function printView(page: Page, path: string) {
  await openView(page, path);
  // The dialog itself cannot be driven; the button's layout at paper width can.
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  await page.getByRole('button', { name: 'In / Lưu PDF' }).click();
  await expect(page.locator('html[data-printed]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1123, height: 794 });
}

test('print: A4 landscape, one chart to a page, provenance shown, no navigation', async ({ page }) => {
  await printView(page, '/district/tan-uyen?year=2020');
  for (const chrome of ['.app-header', '.page-controls']) await expect(page.locator(chrome)).toBeHidden();
  const figures = page.locator('figure.chart-frame');
  const charts = await figures.count();
  expect(charts).toBeGreaterThan(2);
  for (let i = 0; i < charts; i++) {
    const figure = figures.nth(i);
    await expect(figure.locator('.chart-export')).toBeHidden();
    await expect(figure.locator('.chart-table summary')).toBeHidden();
    await expect(figure.locator('.chart-provenance')).toBeVisible();
    await expect(figure.locator('.chart-provenance')).toContainText(PUBLISHED_VERSION);
    await expect(figure.locator('.chart-provenance')).toContainText(/Nguồn: .*\b(19|20)\d\d\b/);
    await expect(figure.locator('.chart-provenance')).not.toContainText('seeds/');
    // Every chart fits the page's width: nothing cut off at the right edge.
    const widths = await figure.evaluate((f) => [f.getBoundingClientRect().width, ...[...f.querySelectorAll('svg.recharts-surface')].map((s) => s.getBoundingClientRect().right - f.getBoundingClientRect().left)]);
    for (const w of widths.slice(1)) expect(w).toBeLessThanOrEqual((widths[0] ?? 0) + 1);
  }
  // A4 landscape less 12 mm margins is 273 × 186 mm (≈ 703 px): each chart (the first with the view's heading) fits one page.
  const heights = await figures.evaluateAll((list) => list.map((f, i) => f.getBoundingClientRect().bottom - (i === 0 ? document.querySelector('main')?.getBoundingClientRect().top ?? 0 : f.getBoundingClientRect().top)));
  for (const h of heights) expect(h).toBeLessThanOrEqual(703);
  // Each chart after the first starts a page: by its own break, or as the first of a section that breaks.
  const starts = await figures.evaluateAll((list) => list.map((f) => getComputedStyle(f).breakBefore === 'page' || (f.closest('li')?.previousElementSibling === null && getComputedStyle(f.closest('section') ?? f).breakBefore === 'page')));
  expect(starts).toEqual([false, ...Array<boolean>(charts - 1).fill(true)]);
  await page.screenshot({ path: 'test-results/screenshots/print-district.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  await keep('print-district.pdf', pdf);
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(charts);
});

test('print: the ranking’s wide scorecard fits the page, its sortable headers still named', async ({ page }) => {
  await printView(page, '/ranking?year=2019');
  const scorecard = page.locator('table.scorecard');
  await expect(scorecard.getByRole('columnheader', { name: /Thu ngân sách nhà nước trên địa bàn/ })).toBeVisible();
  const [tableWidth, pageWidth] = await scorecard.evaluate((t) => [t.getBoundingClientRect().right, (t.closest('main') as HTMLElement).getBoundingClientRect().right]);
  expect(tableWidth).toBeLessThanOrEqual((pageWidth ?? 0) + 1);
  await page.screenshot({ path: 'test-results/screenshots/print-ranking.png', fullPage: true });
});

test('a view opened without a year names the year it shows, and its link pins it', async ({ page }) => {
  await openView(page, '/district/tan-uyen');
  await page.emulateMedia({ media: 'print' });
  const provenance = page.locator('figure.chart-frame .chart-provenance').first();
  await expect(provenance).toContainText('Năm: 2020');
  await expect(provenance).toContainText('/district/tan-uyen?year=2020');
});
