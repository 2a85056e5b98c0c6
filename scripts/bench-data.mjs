/**
 * Data-loading benchmark: time from navigation to the first chart with data, reading the data at
 * run time from the published folder (dist/data/ + manifest.json, the app as shipped) versus the
 * same data built into the bundle as hashed assets (a VITE_BUNDLED_DATA=1 build: the app before
 * published folders). Same machine, same run, interleaved; not a timed test.
 *
 *   npm run bench:data                      20 runs of each
 *   BENCH_RUNS=40 BENCH_PORT=4288 npm run bench:data   more runs; ports BENCH_PORT and +1 (default: any free port)
 *
 * Each run opens /district/tan-uyen?year=2020 in a fresh browser context (a first visit: nothing
 * kept, every file fetched and, for the runtime folder, verified) and then once more in the same
 * context (a return visit: the runtime folder checks config.json and the manifest, and takes the
 * files from its IndexedDB copy; the bundle takes them from the HTTP cache). The first chart is
 * the first bar (`.recharts-bar-rectangle`) in the page, timed by the page itself from
 * navigation start. Prints the medians, the 90th percentiles and the ratio runtime / bundled.
 * The target: the runtime folder costs no more than 10 % over the bundled data.
 */
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath as executablePath, serve } from './bench-serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 0);
const PATH = '/district/tan-uyen?year=2020';
const out = 'node_modules/.cache/bench-data';

function build(name, env) {
  console.log(`› building ${name}`);
  execSync(`npx vite build --outDir ${out}/${name} --emptyOutDir --logLevel error`, { stdio: 'inherit', env: { ...process.env, ...env } });
}

/** Records, in the page, when the first bar of a chart appears (ms since navigation start). */
const WATCH_FIRST_CHART = () => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('.recharts-bar-rectangle')) {
      window.__firstChart = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};

async function firstChart(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__firstChart === 'number', null, { timeout: 30_000 });
  return page.evaluate(() => window.__firstChart);
}

async function measure(browser, origin) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 720 } });
  await context.addInitScript(WATCH_FIRST_CHART);
  const page = await context.newPage();
  const first = await firstChart(page, `${origin}${PATH}`);
  const again = await firstChart(page, `${origin}${PATH}`);
  await context.close();
  return { first, again };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
const ms = (x) => `${x.toFixed(0).padStart(5)} ms`;

build('runtime', {});
build('bundled', { VITE_BUNDLED_DATA: '1' });
const runtime = await serve(`${out}/runtime`, PORT);
const bundled = await serve(`${out}/bundled`, PORT === 0 ? 0 : PORT + 1);
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  // One of each to warm the disk cache and the servers; not counted.
  await measure(browser, runtime.origin);
  await measure(browser, bundled.origin);
  const results = { runtime: [], bundled: [] };
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? ['runtime', 'bundled'] : ['bundled', 'runtime'];
    for (const name of order) results[name].push(await measure(browser, name === 'runtime' ? runtime.origin : bundled.origin));
  }
  console.log(`\nnavigation → first chart with data, ${PATH}, ${RUNS} runs each (median / p90)`);
  for (const visit of ['first', 'again']) {
    const r = results.runtime.map((x) => x[visit]);
    const b = results.bundled.map((x) => x[visit]);
    const label = visit === 'first' ? 'first visit ' : 'return visit';
    console.log(`${label}  runtime folder ${ms(median(r))} / ${ms(p90(r))}   bundled ${ms(median(b))} / ${ms(p90(b))}   ratio ${(median(r) / median(b)).toFixed(3)}`);
  }
} finally {
  await browser.close();
  runtime.stop();
  bundled.stop();
}
