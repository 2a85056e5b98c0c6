/**
 * Browser benchmark at national scale: the built app, served as a deployment serves it, with three
 * published data folders — the built-in data (Lai Châu), districts-140k (63 provinces, 700 districts,
 * 140,000 rows) and communes-1.7m (34 provinces, 3,300 communes, 1,650,000 rows), both made by
 * scripts/national-data.mjs and published with the project's own `npm run data -- publish`. Measured in
 * Chromium through Playwright, every figure beside the same figure on the built-in data, with the ratio.
 * A benchmark, not a timed test: it prints a markdown table and never fails on a slow figure.
 *
 *   npm run bench                                    the ingest part, then this part (scripts/bench-all.mjs)
 *   BENCH_PART=browser npm run bench                 this part alone (or: node scripts/bench-browser.mjs)
 *   BENCH_SIZES=140k npm run bench                   only the built-in data and districts-140k (default 140k,1.7m)
 *   BENCH_STEP_TIMEOUT=60 …                          seconds a step may take before it reads "failed: timeout" (default 120)
 *   BENCH_UPLOAD=0 … / BENCH_UPLOAD=only …          skip the upload path / run only it (default: run it after the views)
 *   BENCH_REGENERATE=1 …                             remake the published datasets even when the cached ones match
 *   BENCH_OUT=notes.md …                             also write the table to that file
 *   BENCH_VIEWS=/ranking,/indicator …                only these views by their links (default: every view below)
 *   CHROMIUM_PATH=/path/to/chrome …                  another browser (default /usr/bin/chromium, else Playwright's own)
 *
 * Files (all under node_modules/.cache/bench-browser/, none in git): datasets/<kind>-src (the generator's
 * folder), datasets/<kind> (the published folder, with manifest.json; reused while the generator, the data
 * catalog and the publishing code are unchanged: publishing 1.65 M rows takes minutes), app/ (one `vite build`),
 * site-<name>/ (a copy of app/ whose data/ is that dataset's published folder), each served by
 * e2e/static-server.mjs --spa on its own loopback port (any free port; BENCH_PORT=n takes n, n+1, n+2).
 *
 * What each figure means (times are the page's own clock, performance.now(); "content present" is the first
 * animation frame in which the view's content selector below matches, checked on every frame):
 *   cold load of /      fresh browser context (nothing cached, service workers blocked) → `/`: ms from
 *                       navigation start to content present. Longest task: the longest main-thread task
 *                       (PerformanceObserver 'longtask', registered before any script of the page) that starts
 *                       after the first paint, up to the moment the page has gone 1 s without a long task
 *                       (at most 15 s after content present: work done after the content shows counts). Heap: JSHeapUsedSize of the page's main
 *                       thread (CDP Performance.getMetrics) after HeapProfiler.collectGarbage, once loaded
 *                       (a worker's heap is not counted).
 *   … over a link       the same, in another fresh context, over an emulated 200 Mbit/s, 20 ms link (LINK: CDP
 *                       Network.emulateNetworkConditions), after the views.
 *   year switch on /    the year picker (label "Năm") set to the next older year as a person does (select);
 *                       ms from the select's change event to the frame whose h1 names the new year with the
 *                       matrix present. Longest task: tasks after the change event, until 1 s quiet (as above).
 *   views               each view opened by clicking its link in the main navigation (data already loaded; the
 *                       links carry ?year=): ms from the click event to content present, longest task after
 *                       the click, until 1 s quiet (as above). `/district` and `/indicator` links open the first unit / indicator, as a
 *                       person's click does; the table shows the URL reached.
 *   upload (built-in deployment only): the districts-140k catalog (areas.csv) is uploaded and saved first (its
 *                       time is shown), then the dataset's observations.csv as ONE canonical CSV through the
 *                       /upload file input (setInputFiles with the file's path): ms from the input's change event to
 *                       the analysis report (`#report-heading` and its summary), when the progress bar first
 *                       reads a non-zero value, the longest task during it; then "save as a new version" and
 *                       ms until the saved banner shows. The 20th indicator is synthetic and not in the built-in
 *                       catalog, so its 7,000 rows are reported as unknown and 133,000 rows are saved.
 *   first-visit JS      gzip bytes (node:zlib, level 6; kB = 1,000 bytes, as Vite prints) of every .js response of the cold load of `/` (page and
 *                       workers); and of index.html's own module graph (its module script and modulepreloads).
 * A step that errs or takes longer than the step timeout prints "failed: <reason>" and the run goes on;
 * when the page is stuck or crashed it is closed and the next view starts from a fresh cold load.
 *
 * Content selectors (a heading plus the view's chart, table or cards, inside <main>; after a click on a link, the
 * h1 must be another element than the one before the click — a new view's — since the URL changes before the
 * router has replaced the view left):
 *   /            h1 and `.status-matrix tbody tr`
 *   /indicator   h1 and `.recharts-bar-rectangle` (the comparison chart's bars)
 *   /district    h1 and `.bullet-row` (one per indicator)
 *   /trend       h1 and `.recharts-line` or `.no-data` (the province of a national dataset has no rows of its own)
 *   /ranking     h1 and `[data-testid="score"]` (a ranking table row)
 *   /data        h1 and `table tbody tr`
 *   /report      h1 and `.report-section h2` (the report's first section: its model is made)
 *   /upload      h1 and `input[type=file]`
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath as executablePath, serve } from './bench-serve.mjs';

const CACHE = 'node_modules/.cache/bench-browser';
const STEP_MS = Number(process.env.BENCH_STEP_TIMEOUT ?? 120) * 1000;
const PORT = Number(process.env.BENCH_PORT ?? 0);
const SIZES = (process.env.BENCH_SIZES ?? '140k,1.7m').split(',').map((s) => s.trim()).filter(Boolean);
const UPLOAD = process.env.BENCH_UPLOAD !== '0';

const DATASETS = [
  { name: 'built-in', label: 'built-in', kind: null },
  { name: '140k', label: '140k', kind: 'districts-140k' },
  { name: '1.7m', label: '1.7M', kind: 'communes-1.7m' },
].filter((d) => d.kind === null || SIZES.includes(d.name));

// /report at 1.7M: the first part of its 3,300 units shows; the rest come a part per task (counted in its longest task).
const VIEWS = [
  { path: '/indicator', selector: '.recharts-bar-rectangle' },
  { path: '/district', selector: '.bullet-row' },
  { path: '/trend', selector: ':is(.recharts-line, .no-data)' },
  { path: '/ranking', selector: '[data-testid="score"]' },
  { path: '/data', selector: 'table tbody tr' },
  { path: '/report', selector: '.report-section h2' },
  { path: '/upload', selector: 'input[type=file]' },
  { path: '/', selector: '.status-matrix tbody tr' },
].filter((v) => !process.env.BENCH_VIEWS || process.env.BENCH_VIEWS.split(',').map((p) => p.trim()).includes(v.path));

const log = (line) => console.log(`› ${line}`);
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

// ── data: generate and publish with the project's own code, cached by what they depend on ──

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name)));
}

function dataKey() {
  const hash = createHash('sha256');
  for (const file of ['scripts/national-data.mjs', 'data/indicators.csv', 'scripts/data-cli.ts', 'src/domain/dataset-io.ts', ...filesUnder('src/domain/publication')]) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function prepareDataset(kind) {
  const out = join(CACHE, 'datasets', kind);
  const stamp = join(out, '.bench-key');
  const key = dataKey();
  if (process.env.BENCH_REGENERATE !== '1' && existsSync(stamp) && readFileSync(stamp, 'utf8') === key && existsSync(join(out, 'manifest.json'))) {
    log(`${kind}: reusing the published folder ${out}`);
    return out;
  }
  const src = `${out}-src`;
  let started = performance.now();
  rmSync(src, { recursive: true, force: true });
  execFileSync(process.execPath, ['scripts/national-data.mjs', kind, src], { stdio: 'inherit' });
  log(`${kind}: generated in ${seconds(started)}`);
  started = performance.now();
  rmSync(out, { recursive: true, force: true });
  execFileSync('npm', ['run', '-s', 'data', '--', 'publish', src, out, '--publisher', 'bench'], { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  log(`${kind}: published in ${seconds(started)} (npm run data -- publish)`);
  writeFileSync(stamp, key);
  return out;
}

function buildSites() {
  const app = join(CACHE, 'app');
  const started = performance.now();
  execFileSync('npx', ['vite', 'build', '--outDir', app, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  log(`app built in ${seconds(started)}`);
  for (const dataset of DATASETS) {
    const site = join(CACHE, `site-${dataset.name}`);
    rmSync(site, { recursive: true, force: true });
    cpSync(app, site, { recursive: true });
    if (dataset.kind) {
      rmSync(join(site, 'data'), { recursive: true, force: true });
      mkdirSync(join(site, 'data'));
      for (const name of ['areas.csv', 'indicators.csv', 'observations.csv', 'manifest.json']) cpSync(join(dataset.folder, name), join(site, 'data', name));
    }
    dataset.site = site;
  }
  return app;
}

// ── in the page ──

/**
 * Installed before any script of the page: records long tasks and the first paint, the time of the last
 * click / change event, and offers __benchWatch(spec): a promise of the first animation frame in which
 * the spec holds (the cold load's spec comes with the script, so the first frame is never missed).
 */
const PAGE_SCRIPT = (coldSpec) => {
  const bench = { longtasks: [], firstPaint: null, lastEvent: null, progressAt: null, watches: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-paint' && bench.firstPaint === null) bench.firstPaint = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // An old browser without these entry types: the figures read "–".
  }
  for (const type of ['click', 'change']) addEventListener(type, (e) => (bench.lastEvent = { type, at: e.timeStamp }), { capture: true });
  const holds = (spec) => {
    if (spec.path && !(spec.path === '/' ? location.pathname === '/' : location.pathname.startsWith(spec.path))) return false;
    const h1 = document.querySelector('main h1');
    if (!h1 || (spec.h1 && !h1.textContent.includes(spec.h1))) return false;
    // Another view mounts its own heading; until then the router may still show the view left (the URL changes first).
    if (spec.newView && h1 === bench.before) return false;
    return spec.selectors.every((s) => document.querySelector(`main ${s}`));
  };
  window.__benchWatch = (spec) =>
    new Promise((resolve) => {
      const frame = () => {
        const progress = document.querySelector('progress');
        if (bench.progressAt === null && progress && progress.value > 0) bench.progressAt = performance.now();
        if (holds(spec)) resolve(performance.now());
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  if (coldSpec) bench.cold = window.__benchWatch(coldSpec);
  // The moment the page has run no long task for `quiet` ms (at most `max` ms from now): work a view does
  // after its content shows (parts drawn a task later, cards made in slices) counts in its longest task.
  window.__benchQuiet = (quiet, max) =>
    new Promise((resolve) => {
      const start = performance.now();
      const check = () => {
        const now = performance.now();
        const last = bench.longtasks.reduce((end, t) => Math.max(end, t.start + t.duration), start);
        if (now - last >= quiet || now - start >= max) resolve(now);
        else setTimeout(check, 100);
      };
      setTimeout(check, 100);
    });
};

/** How long the page must be free of long tasks after a step's content shows before its longest task is read. */
const QUIET_MS = 1000;
const QUIET_MAX_MS = 15_000;

/** In the page: the longest task that overlaps [from, to] (ms of the page's clock). */
const LONGEST = ([from, to]) => {
  const tasks = window.__bench.longtasks.filter((t) => t.start + t.duration >= from && t.start <= to);
  return tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0;
};

// ── steps ──

class StepFailure extends Error {}

/** Resolves with the promise, or fails after the step timeout, on a page crash, or when the page closes. */
function bounded(page, promise, what) {
  let timer;
  let onCrash;
  let onClose;
  const failure = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new StepFailure(`timeout ${STEP_MS / 1000} s (${what})`)), STEP_MS);
    onCrash = () => reject(new StepFailure('the tab crashed'));
    onClose = () => reject(new StepFailure('the page closed'));
    page.once('crash', onCrash);
    page.once('close', onClose);
  });
  return Promise.race([promise, failure]).finally(() => {
    clearTimeout(timer);
    page.off('crash', onCrash);
    page.off('close', onClose);
  });
}

async function newPage(browser, coldSpec) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 720 } });
  await context.addInitScript(PAGE_SCRIPT, coldSpec);
  const js = [];
  context.on('response', (response) => {
    const url = response.url();
    if (!/\.m?js(\?|$)/.test(url)) return;
    js.push(response.body().then((body) => ({ url, gzip: gzipSync(body).length }), () => ({ url, gzip: 0 })));
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`page error: ${error.message.split('\n')[0]}`));
  return { context, page, js };
}

/** Closes a context even when its page is stuck in a task; a close that does not return in 30 s restarts the browser. */
async function closeContext(state, context) {
  let timer;
  const closed = await Promise.race([context.close().then(() => true, () => true), new Promise((resolve) => (timer = setTimeout(() => resolve(false), 30_000)))]);
  clearTimeout(timer);
  if (!closed) {
    log('a context did not close in 30 s: restarting the browser');
    await Promise.race([state.browser.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    state.browser = await launch();
  }
}

async function heapMb(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

const HOME = { path: '/', selectors: ['.status-matrix tbody tr'] };

/**
 * A leader's desktop on the province's network: 200 Mbit/s down, 20 ms each way (Chromium's own network
 * emulation, through CDP). On this machine's loopback the download is the CPU's; on such a link the file
 * takes seconds to come, and what is read while it comes no longer waits for it.
 */
const LINK = { offline: false, latency: 20, downloadThroughput: 25_000_000, uploadThroughput: 5_000_000 };

/** A fresh context, `/` (or `path`) loaded, over `link` when given (see LINK); the cold-load figures. */
async function coldLoad(state, origin, path = '/', link = null) {
  const { context, page, js } = await newPage(state.browser, HOME);
  try {
    if (link) {
      const session = await page.context().newCDPSession(page);
      await session.send('Network.enable');
      await session.send('Network.emulateNetworkConditions', link);
    }
    await bounded(page, page.goto(`${origin}${path}`, { timeout: 0 }), 'navigation');
    const at = await bounded(page, page.evaluate(() => window.__bench.cold), 'content of /');
    const firstPaint = await bounded(page, page.evaluate(() => window.__bench.firstPaint ?? 0), 'first paint');
    const quietAt = await bounded(page, page.evaluate(([q, m]) => window.__benchQuiet(q, m), [QUIET_MS, QUIET_MAX_MS]), 'quiet');
    const longest = await bounded(page, page.evaluate(LONGEST, [firstPaint, quietAt]), 'long tasks');
    return { context, page, js, ms: at, longest };
  } catch (error) {
    await closeContext(state, context);
    throw error;
  }
}

/** In the page: what a view shows, for the table's notes: its URL, its h1 and how many elements match its selector. */
const SHOWN = (selector) => `${location.pathname}${location.search} "${document.querySelector('main h1')?.textContent ?? ''}" ${document.querySelectorAll(`main ${selector}`).length}× ${selector}`;

/** Runs `act` (a click, a select) and waits for `spec`; ms from the act's event to the frame with the content. */
async function timed(page, spec, act, what) {
  await bounded(page, page.evaluate(() => ((window.__bench.lastEvent = null), (window.__bench.before = document.querySelector('main h1')))), 'ready');
  const watch = page.evaluate((s) => window.__benchWatch(s), spec);
  watch.catch(() => {});
  await bounded(page, act(), `${what}: acting`);
  const at = await bounded(page, watch, what);
  const from = await bounded(page, page.evaluate(() => window.__bench.lastEvent?.at ?? null), what);
  if (from === null) throw new StepFailure('no input event was seen');
  const quietAt = await bounded(page, page.evaluate(([q, m]) => window.__benchQuiet(q, m), [QUIET_MS, QUIET_MAX_MS]), `${what}: quiet`);
  const longest = await bounded(page, page.evaluate(LONGEST, [from, quietAt]), what);
  return { ms: at - from, longest };
}

const failed = (error) => ({ failed: error instanceof StepFailure ? error.message : `${error.message.split('\n')[0]}` });

async function measureDataset(state, dataset) {
  const results = {};
  const started = performance.now();
  let loaded = null;
  try {
    loaded = await coldLoad(state, dataset.origin);
    results.cold = { ms: loaded.ms, longest: loaded.longest, note: await bounded(loaded.page, loaded.page.evaluate(SHOWN, HOME.selectors[0]), 'what is shown') };
    try {
      results.heap = { mb: await bounded(loaded.page, heapMb(loaded.page), 'heap') };
    } catch (error) {
      results.heap = failed(error);
    }
    const sizes = await Promise.all(loaded.js);
    results.js = { gzip: sizes.reduce((sum, s) => sum + s.gzip, 0), files: sizes.length };
  } catch (error) {
    results.cold = failed(error);
  }
  log(`${dataset.label}: cold load ${results.cold.failed ?? `${Math.round(results.cold.ms)} ms`}`);
  if (!loaded) {
    for (const key of ['year', ...VIEWS.map((v) => v.path)]) results[key] = { failed: 'not run: the cold load failed' };
    return results;
  }
  let { context, page } = loaded;
  let year = null;
  try {
    const picker = page.getByLabel('Năm', { exact: true });
    const options = await bounded(page, picker.locator('option').evaluateAll((os) => os.map((o) => o.value)), 'year options');
    const current = await bounded(page, picker.inputValue(), 'year');
    year = options[options.indexOf(current) + 1] ?? options[0];
    results.year = await timed(page, { ...HOME, h1: year }, () => picker.selectOption(year), 'year switch');
    results.year.note = `${current} → ${year}: ${await bounded(page, page.evaluate(SHOWN, HOME.selectors[0]), 'what is shown')}`;
  } catch (error) {
    results.year = failed(error);
    await closeContext(state, context);
    page = null;
  }
  log(`${dataset.label}: year switch ${results.year.failed ?? `${Math.round(results.year.ms)} ms`}`);
  for (const view of VIEWS) {
    if (!page) {
      try {
        const again = await coldLoad(state, dataset.origin, year ? `/?year=${year}` : '/');
        ({ context, page } = again);
      } catch (error) {
        results[view.path] = { failed: `not run: a fresh load of / failed (${failed(error).failed})` };
        continue;
      }
    }
    try {
      const pick = page.locator(view.path === '/' ? 'nav.main-nav a[href="/"], nav.main-nav a[href^="/?"]' : `nav.main-nav a[href^="${view.path}"]`).first();
      results[view.path] = await timed(page, { path: view.path, selectors: [view.selector], newView: true }, () => pick.click({ timeout: STEP_MS }), view.path);
      results[view.path].note = await bounded(page, page.evaluate(SHOWN, view.selector), 'what is shown');
    } catch (error) {
      results[view.path] = failed(error);
      // What the page shows instead, when it still answers.
      const shown = await Promise.race([page.evaluate(SHOWN, view.selector).catch(() => null), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      if (shown) results[view.path].failed += `; showing ${shown}`;
      await closeContext(state, context);
      page = null;
    }
    log(`${dataset.label}: ${view.path} ${results[view.path].failed ?? `${Math.round(results[view.path].ms)} ms — ${results[view.path].note}`}`);
  }
  if (page) await closeContext(state, context);
  try {
    const linked = await coldLoad(state, dataset.origin, '/', LINK);
    results.link = { ms: linked.ms, longest: linked.longest };
    await closeContext(state, linked.context);
  } catch (error) {
    results.link = failed(error);
  }
  log(`${dataset.label}: cold load over a 200 Mbit/s link ${results.link.failed ?? `${Math.round(results.link.ms)} ms`}`);
  log(`${dataset.label}: done in ${seconds(started)}`);
  return results;
}

/** The analyst's path on the built-in deployment: the 140k catalog, then its observations as one CSV. */
async function measureUpload(state, origin, folder) {
  const results = {};
  const { context, page } = await newPage(state.browser, null);
  const input = page.locator('input[type=file]');
  try {
    await bounded(page, page.goto(`${origin}/upload`, { timeout: 0 }), 'navigation');
    await bounded(page, page.evaluate(() => window.__benchWatch({ path: '/upload', selectors: ['input[type=file]'] })), '/upload');
    try {
      const catalog = await timed(page, { path: '/upload', selectors: ['#catalog-heading'] }, () => input.setInputFiles(join(folder, 'areas.csv')), 'catalog analysis');
      const save = page.getByRole('button', { name: /Ghi danh mục thành phiên bản mới/ });
      const saved = await timed(page, { path: '/upload', selectors: ['.success-banner'] }, () => save.click({ timeout: STEP_MS }), 'catalog save');
      results.catalog = { ms: catalog.ms + saved.ms, longest: Math.max(catalog.longest, saved.longest) };
    } catch (error) {
      results.catalog = failed(error);
    }
    log(`upload: catalog ${results.catalog.failed ?? `${Math.round(results.catalog.ms)} ms`}`);
    await bounded(page, page.evaluate(() => (window.__bench.progressAt = null)), 'ready');
    // By path, as a person's file pick: Chromium gets the file itself (DOM.setFileInputFiles). A buffer would be
    // decoded by Playwright's own script inside the page, one task of 1–2.5 s before the change event, not the app's.
    results.analysis = await timed(page, { path: '/upload', selectors: ['#report-heading', '.report-summary'] }, () => input.setInputFiles(join(folder, 'observations.csv')), 'analysis');
    const progressAt = await bounded(page, page.evaluate(() => window.__bench.progressAt), 'progress');
    const changeAt = await bounded(page, page.evaluate(() => window.__bench.lastEvent?.at ?? null), 'progress');
    results.progress = progressAt === null || changeAt === null ? { failed: 'the progress bar never read above 0' } : { ms: progressAt - changeAt };
    results.analysis.note = await bounded(page, page.locator('.report-summary').textContent(), 'summary');
    log(`upload: analysis ${Math.round(results.analysis.ms)} ms (${results.analysis.note})`);
    try {
      const commit = page.getByRole('button', { name: /Ghi phiên bản mới/ });
      results.commit = await timed(page, { path: '/upload', selectors: ['.success-banner'] }, () => commit.click({ timeout: STEP_MS }), 'commit');
    } catch (error) {
      results.commit = failed(error);
    }
    log(`upload: commit ${results.commit.failed ?? `${Math.round(results.commit.ms)} ms`}`);
  } catch (error) {
    results.analysis ??= failed(error);
  } finally {
    await closeContext(state, context);
  }
  return results;
}

/** index.html's own module graph (its module script and modulepreloads), gzip bytes. */
function entryGraphGzip(app) {
  const html = readFileSync(join(app, 'index.html'), 'utf8');
  const paths = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  return { gzip: paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(app, path))).length, 0), files: paths.length };
}

// ── the table ──

const fmtMs = (r) => (!r ? '–' : r.failed ? `failed: ${r.failed.replace(/\|/g, '/')}` : r.ms >= 10_000 ? `${(r.ms / 1000).toFixed(1)} s` : `${Math.round(r.ms)} ms`);
const fmtTask = (r) => (!r || r.failed || r.longest === undefined ? '–' : `${Math.round(r.longest)} ms`);
const fmtRatio = (r, base) => (!r || !base || r.failed || base.failed || !(base.ms > 0) ? '–' : `${(r.ms / base.ms).toFixed(r.ms / base.ms >= 10 ? 0 : 1)}×`);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function table(results, upload, entry) {
  const big = DATASETS.filter((d) => d.kind);
  const base = results['built-in'];
  const head = ['view', 'built-in', 'longest task', ...big.flatMap((d) => [d.label, 'ratio', 'longest task'])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  const row = (label, key, note) => {
    const cells = [label, fmtMs(base[key]), fmtTask(base[key])];
    for (const d of big) cells.push(fmtMs(results[d.name][key]), fmtRatio(results[d.name][key], base[key]), fmtTask(results[d.name][key]));
    lines.push(`| ${[note ? `${label} (${note})` : label, ...cells.slice(1)].join(' | ')} |`);
  };
  row('cold load of `/`', 'cold');
  row('cold load of `/` over a 200 Mbit/s link', 'link');
  row('switch year on `/`', 'year');
  for (const view of VIEWS) row(`\`${view.path}\` by its link`, view.path);
  const heap = ['JS heap after load (page)', base.heap?.mb ? `${base.heap.mb.toFixed(0)} MB` : fmtMs(base.heap), '', ...big.flatMap((d) => {
    const h = results[d.name].heap;
    return h?.mb ? [`${h.mb.toFixed(0)} MB`, base.heap?.mb ? `${(h.mb / base.heap.mb).toFixed(1)}×` : '–', ''] : [h ? fmtMs(h) : '–', '–', ''];
  })];
  lines.push(`| ${heap.join(' | ')} |`);
  const js = ['first-visit JS of `/` (gzip, all .js fetched)', base.js ? `${kb(base.js.gzip)} (${base.js.files} files)` : '–', '', ...big.flatMap((d) => {
    const j = results[d.name].js;
    return j ? [`${kb(j.gzip)} (${j.files} files)`, base.js ? `${(j.gzip / base.js.gzip).toFixed(2)}×` : '–', ''] : ['–', '–', ''];
  })];
  lines.push(`| ${js.join(' | ')} |`);
  lines.push(`| index.html's module graph (entry + modulepreload, gzip) | ${kb(entry.gzip)} (${entry.files} files) | | ${big.map(() => 'same build | | ').join('| ')}|`);
  const shown = ['', 'What each step showed (URL, h1, elements matching the content selector):'];
  for (const d of DATASETS) for (const key of ['cold', 'year', ...VIEWS.map((v) => v.path)]) if (results[d.name][key]?.note) shown.push(`- ${d.label}, ${key}: ${results[d.name][key].note}`);
  const out = [lines.join('\n'), shown.join('\n')];
  if (upload) {
    const u = ['', '| upload on the built-in deployment (districts-140k) | time | longest task |', '|---|---|---|'];
    u.push(`| catalog areas.csv (764 areas): analysis + save | ${fmtMs(upload.catalog)} | ${fmtTask(upload.catalog)} |`);
    u.push(`| observations.csv (140,000 rows, one canonical CSV): change → analysis report | ${fmtMs(upload.analysis)} | ${fmtTask(upload.analysis)} |`);
    u.push(`| … progress bar first above 0 | ${fmtMs(upload.progress)} | |`);
    u.push(`| … save as a new version → saved | ${fmtMs(upload.commit)} | ${fmtTask(upload.commit)} |`);
    if (upload.analysis?.note) u.push('', `Analysis summary: ${upload.analysis.note.trim()}`);
    out.push(u.join('\n'));
  }
  return out.join('\n');
}

// ── run ──

const launch = () => chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });

const runStarted = performance.now();
for (const dataset of DATASETS) if (dataset.kind) dataset.folder = prepareDataset(dataset.kind);
const app = buildSites();
const servers = [];
const state = { browser: await launch() };
try {
  for (const [n, dataset] of DATASETS.entries()) {
    const server = await serve(dataset.site, PORT === 0 ? 0 : PORT + n);
    servers.push(server);
    dataset.origin = server.origin;
  }
  const results = {};
  for (const dataset of DATASETS) results[dataset.name] = process.env.BENCH_UPLOAD === 'only' ? {} : await measureDataset(state, dataset);
  const big140 = DATASETS.find((d) => d.kind === 'districts-140k');
  let upload = null;
  if (UPLOAD && big140) {
    const started = performance.now();
    upload = await measureUpload(state, DATASETS[0].origin, big140.folder);
    log(`upload path done in ${seconds(started)}`);
  }
  const commit = execFileSync('git', ['log', '-1', '--format=%h %s'], { encoding: 'utf8' }).trim();
  const header = `Browser benchmark — ${new Date().toISOString().slice(0, 16)}Z, commit ${commit.slice(0, 80)}, Chromium ${state.browser.version()}, ${process.env.BENCH_CPUS ?? (await import('node:os')).cpus().length} cores, step timeout ${STEP_MS / 1000} s, whole run ${seconds(runStarted)}.`;
  const text = `${header}\n\n${table(results, upload, entryGraphGzip(app))}\n`;
  console.log(`\n${text}`);
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, text);
} finally {
  await state.browser.close().catch(() => {});
  for (const server of servers) server.stop();
}
