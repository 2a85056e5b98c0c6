/**
 * The steps' machinery: a browser and fresh contexts with the page script, every wait bounded by the step
 * timeout (a crash or a stuck page fails the step, not the run), the cold load and a timed act.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath as executablePath } from '../bench-serve.mjs';
import { log } from './log.mjs';
import { LONGEST, PAGE_SCRIPT, QUIET_MAX_MS, QUIET_MS } from './page-script.mjs';
import { settings } from './settings.mjs';

const STEP_MS = settings.stepMs;

export const launch = () => chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });

class StepFailure extends Error {}

/** Resolves with the promise, or fails after the step timeout, on a page crash, or when the page closes. */
export function bounded(page, promise, what) {
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

export async function newPage(browser, coldSpec) {
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
export async function closeContext(state, context) {
  let timer;
  const closed = await Promise.race([context.close().then(() => true, () => true), new Promise((resolve) => (timer = setTimeout(() => resolve(false), 30_000)))]);
  clearTimeout(timer);
  if (!closed) {
    log('a context did not close in 30 s: restarting the browser');
    await Promise.race([state.browser.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    state.browser = await launch();
  }
}

export async function heapMb(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

export const HOME = { path: '/', selectors: ['.status-matrix tbody tr'] };

/**
 * A leader's desktop on the province's network: 200 Mbit/s down, 20 ms each way (Chromium's own network
 * emulation, through CDP). On this machine's loopback the download is the CPU's; on such a link the file
 * takes seconds to come, and what is read while it comes no longer waits for it.
 */
export const LINK = { offline: false, latency: 20, downloadThroughput: 25_000_000, uploadThroughput: 5_000_000 };

/** A fresh context, `/` (or `path`) loaded, over `link` when given (see LINK); the cold-load figures. */
export async function coldLoad(state, origin, path = '/', link = null) {
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

/** Runs `act` (a click, a select) and waits for `spec`; ms from the act's event to the frame with the content. */
export async function timed(page, spec, act, what) {
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

export const failed = (error) => ({ failed: error instanceof StepFailure ? error.message : `${error.message.split('\n')[0]}` });
