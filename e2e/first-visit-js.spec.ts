import { gzipSync } from 'node:zlib';
import { expect, test } from './test';

/**
 * A size budget, not a timing: the JavaScript a first visit of `/` fetches (service worker blocked,
 * nothing cached), every .js until the overview's matrix shows, workers included, gzip level 6 as
 * `vite build` and scripts/bench-browser.mjs count it. Deterministic for a given build. The budgets
 * sit a little above today's figures so a new heavy import on the first visit fails here (docs/performance.md,
 * "First-visit JS"); lower them when the first visit gets lighter.
 */
// 207 kB until a first visit showed its download's bytes of the total with a Cancel, and the notices of a newer version downloading (about 3 kB);
// 210 kB until the readers checked every row's line ends and cells, invisible characters and area loops, and the header a draft's base (216 kB).
// 217 kB until plans were judged by their written form and figures told estimates from finals, in the page and in the data worker's readers (223 kB);
// 225 kB until a figure kept the figures it replaced, read and written in every view (its history, about 0.5 kB);
// 229 kB until the overview, unit and indicator views could show a period within the year (the Kỳ choice, its index and rule: about 1 kB).
const FIRST_VISIT_BUDGET = 231_000;
/**
 * index.html's own module graph (module script + modulepreloads), the part every view pays: the goal of
 * issue 12, 130 kB, until the header learnt to show a download's progress and cancel, a draft built on an
 * older publication, and the invisible characters' names (about 5 kB together, 131 kB); 132 kB until
 * every view judged a plan by its written form ("8–8,5%", "dưới 12%", "khoảng 9%": the reader, the
 * rule and their words, about 2 kB); 134 kB until a figure kept the figures it replaced ("ước 41,5 → chính
 * thức 42,1", read and written beside every figure: about 0.3 kB).
 */
const ENTRY_BUDGET = 137_000;

test('the first visit of / fetches no chart, CSV parser or classic zod, and stays within its JS budget', async ({ page }) => {
  const scripts: Promise<{ url: string; text: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (!/\.m?js(\?|$)/.test(url)) return;
    scripts.push(response.body().then((body) => ({ url, text: body.toString('utf8'), gzip: gzipSync(body, { level: 6 }).length })));
  });
  await page.goto('/');
  await expect(page.locator('.status-matrix tbody tr').first()).toBeVisible();
  const fetched = await Promise.all(scripts);
  const html = await (await page.request.get('/')).text();
  const entry = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"|<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  expect(entry.length).toBeGreaterThan(0);

  const page_ = fetched.filter((s) => !/\.worker-/.test(s.url));
  const sizes = fetched.map((s) => `${(s.gzip / 1000).toFixed(1)} kB ${new URL(s.url).pathname}`).join('\n');
  // Recharts (its class names survive minifying) loads only where a chart is drawn; the overview draws none.
  expect(fetched.filter((s) => s.text.includes('recharts-')).map((s) => s.url), 'chart code on /').toEqual([]);
  // PapaParse belongs to the workers and the upload; the page reads CSV through them.
  expect(page_.filter((s) => s.text.includes('UndetectableDelimiter')).map((s) => s.url), 'PapaParse in the page').toEqual([]);
  // Schemas use zod/mini (src/domain/zod.ts); classic zod's class names would mean a stray import of 'zod'.
  expect(fetched.filter((s) => s.text.includes('"ZodString"')).map((s) => s.url), 'classic zod').toEqual([]);

  const entryGzip = entry.reduce((sum, path) => sum + (fetched.find((s) => new URL(s.url).pathname === path)?.gzip ?? Number.NaN), 0);
  expect(entryGzip, `index.html's module graph (gzip):\n${sizes}`).toBeLessThanOrEqual(ENTRY_BUDGET);
  const total = fetched.reduce((sum, s) => sum + s.gzip, 0);
  expect(total, `first-visit JS of / (gzip):\n${sizes}`).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
});
