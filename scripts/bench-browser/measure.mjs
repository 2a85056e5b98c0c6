/**
 * What is measured on a deployment: the cold load, the year switch, each view by its link and the cold load
 * over a link (measureDataset); the analyst's upload on the built-in deployment (measureUpload). A step that
 * fails reads "failed: <reason>" in its results and the next goes on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchWorkbook } from '../bench-workbook-file.mjs';
import { log, seconds } from './log.mjs';
import { SHOWN } from './page-script.mjs';
import { settings } from './settings.mjs';

const cacheDir = 'node_modules/.cache/bench-browser';
import { HOME, LINK, bounded, closeContext, coldLoad, failed, heapMb, newPage, timed } from './steps.mjs';

const STEP_MS = settings.stepMs;
const VIEWS = settings.views;

export async function measureDataset(state, dataset) {
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
export async function measureUpload(state, origin, folder) {
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

/**
 * A 10 MB office workbook (scripts/bench-workbook-file.mjs) dropped on /upload of the built-in deployment, in
 * a fresh context: ms from the input's change event to the analysis report, and the main thread's longest
 * task meanwhile (SheetJS and the form reader run in the upload's worker). Beside it, SheetJS's own read of
 * the same bytes in this Node process, whole and the first sheet alone (what the page reads by default).
 */
export async function measureWorkbookUpload(state, origin) {
  const XLSX = await import('@e965/xlsx');
  const bytes = benchWorkbook(XLSX, 10 * 1024 * 1024);
  const path = join(cacheDir, 'workbook-10mb.xlsx');
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path, bytes);
  const options = { type: 'array', dense: true, cellFormula: true, cellNF: true, cellStyles: true, cellText: false, bookVBA: false };
  const rawRead = (extra) => {
    const started = performance.now();
    const book = XLSX.read(bytes, { ...options, ...extra });
    return { ms: performance.now() - started, sheets: book.SheetNames.length };
  };
  const whole = rawRead({});
  const first = rawRead({ sheets: [0] });
  const results = { bytes: bytes.length, sheets: whole.sheets, raw: { ms: whole.ms }, rawFirst: { ms: first.ms } };
  const { context, page } = await newPage(state.browser, null);
  try {
    await bounded(page, page.goto(`${origin}/upload`, { timeout: 0 }), 'navigation');
    await bounded(page, page.evaluate(() => window.__benchWatch({ path: '/upload', selectors: ['input[type=file]'] })), '/upload');
    results.analysis = await timed(page, { path: '/upload', selectors: ['#report-heading', '.report-summary'] }, () => page.locator('input[type=file]').setInputFiles(path), 'workbook analysis');
    results.analysis.note = await bounded(page, page.locator('.report-summary').textContent(), 'summary');
  } catch (error) {
    results.analysis ??= failed(error);
  } finally {
    await closeContext(state, context);
  }
  log(`upload: workbook ${results.analysis.failed ?? `${Math.round(results.analysis.ms)} ms, longest task ${Math.round(results.analysis.longest)} ms`}`);
  return results;
}
