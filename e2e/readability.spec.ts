import { expect, test, type Page } from './test';
import { expectNoAxeViolations, openView, VIEWS } from './fixtures';
import { chooseTheme, contrastOf, layoutProblems, rootFontSize, type ThemeChoice } from './readability';
import { expectSlideSettled } from './slides';

const THEMES: ThemeChoice[] = ['contrast', 'dark'];

test('high contrast and dark are chosen from the header and survive a reload', async ({ page }) => {
  await openView(page, '/?year=2020');
  const contrast = page.getByRole('button', { name: 'Tương phản cao', exact: true });
  const dark = page.getByRole('button', { name: 'Nền tối', exact: true });
  await expect(contrast).toHaveAttribute('aria-pressed', 'false');
  await expect(dark).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);

  await contrast.click();
  await expect(contrast).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await expect(contrast).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(0, 0, 0)');

  await dark.click();
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  await expect(contrast).toHaveAttribute('aria-pressed', 'false');
  await openView(page, '/ranking?year=2019');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('button', { name: 'Dark theme', exact: true })).toHaveAttribute('aria-pressed', 'true');
  for (const name of ['Smaller text', 'Default text size', 'Larger text']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Text size 100%' })).toBeVisible();
  await page.getByRole('button', { name: 'Dark theme', exact: true }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.getByRole('button', { name: 'High contrast', exact: true })).toHaveAttribute('aria-pressed', 'false');
});

test('A+ enlarges and A− shrinks the text, charts included, remembered on reload', async ({ page }) => {
  await openView(page, '/district/tan-uyen?year=2020');
  const smaller = page.getByRole('button', { name: 'Giảm cỡ chữ', exact: true });
  const larger = page.getByRole('button', { name: 'Tăng cỡ chữ', exact: true });
  const tick = () => page.locator('.recharts-cartesian-axis-tick-value').first().evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
  const base = await rootFontSize(page);
  const baseTick = await tick();
  await expect(smaller).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'Cỡ chữ mặc định' })).toHaveAttribute('aria-pressed', 'true');

  await larger.click();
  await larger.click();
  await expect.poll(() => rootFontSize(page)).toBe(base * 1.25);
  await expect(page.getByRole('group', { name: 'Cỡ chữ 125%' })).toBeVisible();
  expect(await tick()).toBeGreaterThan(baseTick);
  await page.reload();
  await expect.poll(() => rootFontSize(page)).toBe(base * 1.25);

  await smaller.click();
  await expect.poll(() => rootFontSize(page)).toBe(base * 1.125);
  await larger.click();
  await larger.click();
  await expect.poll(() => rootFontSize(page)).toBe(base * 1.5);
  await expect(larger).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
  await expect.poll(() => rootFontSize(page)).toBe(base);
});

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    for (const view of [...VIEWS, { name: 'present', path: '/present' }, { name: 'slide', path: '/district/tan-uyen?year=2020&embed=1' }]) {
      test(`axe finds nothing on ${view.name}`, async ({ page }) => {
        // axe walks every node of a view (the ranking's scorecard is thousands): a slow check, not a flaky one.
        test.slow();
        await openView(page, view.path.replace('&embed=1', ''));
        await chooseTheme(page, theme);
        if (view.path.includes('embed')) await openView(page, view.path);
        await expectNoAxeViolations(page);
      });
    }
  });
}

/** Where to look for each kind of text, and on which view. */
const TEXT_SAMPLES = [
  { kind: 'body text', path: '/?year=2020', selector: 'main p, main h1, main h2, .kpi-card dd, .kpi-card dt' },
  { kind: 'nav links', path: '/?year=2020', selector: '.main-nav a' },
  { kind: 'header buttons', path: '/?year=2020', selector: '.header-tools button:not([aria-disabled="true"])' },
  { kind: 'matrix cells', path: '/?year=2020', selector: '.status-matrix td, .status-matrix th a' },
  { kind: 'status badges', path: '/district/tan-uyen?year=2020', selector: '.status-badge' },
  { kind: 'chart axis ticks', path: '/district/tan-uyen?year=2020', selector: '.recharts-cartesian-axis-tick-value' },
  { kind: 'chart labels', path: '/indicator/budget_revenue?year=2019', selector: '.recharts-label-list text, .recharts-cartesian-axis-tick-value, .recharts-legend-item-text > span' },
  { kind: 'scorecard cells', path: '/ranking?year=2019', selector: '.scorecard td a, .ranking-table td, .ranking-table th' },
  { kind: 'form fields', path: '/ranking?year=2019', selector: 'main select, main label' },
];

const MINIMUM: Record<ThemeChoice, number> = { contrast: 7, dark: 4.5 };

for (const theme of THEMES) {
  test(`${theme}: sampled text reaches ${MINIMUM[theme]}:1`, async ({ page }) => {
    await openView(page, '/?year=2020');
    await chooseTheme(page, theme);
    const lowest: string[] = [];
    for (const sample of TEXT_SAMPLES) {
      if (!page.url().endsWith(sample.path)) await openView(page, sample.path);
      // Charts are drawn a task after the view (one per task, near the screen): wait for what is sampled.
      await page.locator(sample.selector).first().waitFor();
      const ratios = await contrastOf(page, sample.selector);
      expect(ratios.length, `${sample.kind}: nothing found`).toBeGreaterThan(0);
      const worst = ratios.reduce((a, b) => (b.ratio < a.ratio ? b : a));
      lowest.push(`${sample.kind} ${worst.ratio.toFixed(2)}:1 ("${worst.text}")`);
      expect(worst.ratio, `${sample.kind}: "${worst.text}"`).toBeGreaterThanOrEqual(MINIMUM[theme]);
    }
    test.info().annotations.push({ type: 'lowest contrast', description: lowest.join('; ') });
  });
}

/** The views a person looks at in the pictures. */
const PICTURED = [
  { name: 'overview', path: '/?year=2020' },
  { name: 'district', path: '/district/tan-uyen?year=2020' },
  { name: 'ranking', path: '/ranking?year=2019' },
] as const;

async function openSlide(page: Page) {
  await openView(page, '/present');
  await page.getByRole('button', { name: 'Trình chiếu từ trang 3' }).click();
  await expect(page.frameLocator('iframe.slide-frame').locator('.recharts-surface').first()).toBeVisible();
  await page.mouse.move(10, 10);
}

/** Pictures for a person to look at: each theme at a desktop's and a projector's size. */
for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    for (const theme of THEMES) {
      test(`screenshots in ${theme}`, async ({ page }) => {
        await openView(page, '/?year=2020');
        await chooseTheme(page, theme);
        for (const view of PICTURED) {
          await openView(page, view.path);
          await page.screenshot({ path: `test-results/screenshots/${theme}-${view.name}-${size.width}x${size.height}.png`, fullPage: true });
        }
        await openSlide(page);
        await expect(page.frameLocator('iframe.slide-frame').locator('html')).toHaveAttribute('data-theme', theme);
        await expectSlideSettled(page, 3);
        await page.screenshot({ path: `test-results/screenshots/${theme}-slide-${size.width}x${size.height}.png` });
      });
    }
  });
}

test.describe('at 150 % text on a 1280×720 projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('the header wraps and nothing overlaps on any view', async ({ page }) => {
    await openView(page, '/?year=2020');
    const larger = page.getByRole('button', { name: 'Tăng cỡ chữ', exact: true });
    while ((await larger.getAttribute('aria-disabled')) !== 'true') await larger.click();
    for (const view of VIEWS) {
      await openView(page, view.path);
      expect(await layoutProblems(page), view.name).toEqual([]);
    }
    for (const view of PICTURED) {
      await openView(page, view.path);
      await page.screenshot({ path: `test-results/screenshots/text-150-${view.name}-1280x720.png` });
    }
    await chooseTheme(page, 'dark');
    await page.screenshot({ path: `test-results/screenshots/text-150-ranking-dark-1280x720.png` });
  });
});
