import { expect, type Page } from './test';

const frame = (page: Page) => page.frameLocator('iframe.slide-frame');

/**
 * A slide drawn and settled: its title and its chart or table are there, and it has fitted itself to
 * its view (a frame after each resize) at full size. The state a screenshot or a measure waits for.
 */
export async function expectSlideSettled(page: Page, n: number) {
  const slide = frame(page);
  await expect(slide.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(slide.locator('.recharts-surface, .status-matrix, table').first()).toBeVisible();
  await expect.poll(() => slide.locator('main').evaluate((main) => (main as HTMLElement).style.zoom || '1'), { message: `slide ${n} is not shrunk to fit` }).toBe('1');
}

/** A slide as the back of the hall sees it: nothing shrunk to fit or cut off, and no text too small. */
export async function expectReadableSlide(page: Page, n: number) {
  const slide = frame(page);
  await expectSlideSettled(page, n);
  const sizes = await slide.locator('body').evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    // Every piece of text a person can see, at the size it is drawn.
    const texts: { text: string; size: number }[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.getClientRects().length === 0 || el.closest('.visually-hidden')) continue;
      texts.push({ text: node.textContent.trim(), size: px(el) });
    }
    const smallest = texts.reduce((a, b) => (b.size < a.size ? b : a));
    const clipped = [...document.querySelectorAll('.table-scroll')].filter((t) => t.scrollWidth > t.clientWidth + 1).length;
    return {
      zoom: main.style.zoom || '1',
      root: px(document.documentElement),
      title: px(document.querySelector('h1') as Element),
      smallest,
      overflowsSideways: document.documentElement.scrollWidth > window.innerWidth || clipped > 0,
    };
  });
  // A slide fits the hall's screen as designed: nothing shrunk to fit, nothing cut off at the side.
  expect(sizes.zoom, `slide ${n} is not shrunk to fit`).toBe('1');
  expect(sizes.overflowsSideways, `slide ${n} is not cut off at the side`).toBe(false);
  expect(sizes.root).toBeGreaterThanOrEqual(24);
  expect(sizes.title).toBeGreaterThanOrEqual(40);
  expect(sizes.smallest.size, `smallest text on slide ${n}: "${sizes.smallest.text}"`).toBeGreaterThanOrEqual(18);
}
