/**
 * What runs inside the page (each function is serialized by Playwright, so it may use nothing from this
 * module): the script installed before the page's own, the longest task of a span, what a view shows.
 */

/**
 * Installed before any script of the page: records long tasks and the first paint, the time of the last
 * click / change event, and offers __benchWatch(spec): a promise of the first animation frame in which
 * the spec holds (the cold load's spec comes with the script, so the first frame is never missed).
 */
export const PAGE_SCRIPT = (coldSpec) => {
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
export const QUIET_MS = 1000;
export const QUIET_MAX_MS = 15_000;

/** In the page: the longest task that overlaps [from, to] (ms of the page's clock). */
export const LONGEST = ([from, to]) => {
  const tasks = window.__bench.longtasks.filter((t) => t.start + t.duration >= from && t.start <= to);
  return tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0;
};

/** In the page: what a view shows, for the table's notes: its URL, its h1 and how many elements match its selector. */
export const SHOWN = (selector) => `${location.pathname}${location.search} "${document.querySelector('main h1')?.textContent ?? ''}" ${document.querySelectorAll(`main ${selector}`).length}× ${selector}`;
