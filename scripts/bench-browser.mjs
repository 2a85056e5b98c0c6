/**
 * Browser benchmark at national scale: the built app, served as a deployment serves it, with four
 * published data folders — the built-in data (Lai Châu), districts-140k (63 provinces, 700 districts,
 * 140,000 rows), communes-1.7m (34 provinces, 3,300 communes, 1,650,000 rows) and monthly-270k (a province's
 * monthly data: 38 communes × 60 indicators × 12 figures a year × 10 years, 273,600 rows), all made by
 * scripts/national-data.mjs and published with the project's own `npm run data -- publish`. Measured in
 * Chromium through Playwright, every figure beside the same figure on the built-in data, with the ratio.
 * A benchmark, not a timed test: it prints a markdown table and never fails on a slow figure.
 *
 *   npm run bench                                    the ingest part, then this part (scripts/bench-all.mjs)
 *   BENCH_PART=browser npm run bench                 this part alone (or: node scripts/bench-browser.mjs)
 *   BENCH_SIZES=140k npm run bench                   only the built-in data and districts-140k (default 140k,1.7m,270k)
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
 *   workbook upload     (built-in deployment) a 10 MB .xlsx (scripts/bench-workbook-file.mjs) dropped on /upload in a
 *                       fresh context: ms from the change event to the analysis report, the longest task meanwhile
 *                       (SheetJS and the form reader run in the worker), beside SheetJS's own XLSX.read of the same
 *                       bytes in the benchmark's Node process (first sheet, every sheet) and the ratio.
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
 *   /in-year     h1 and `.in-year-reading` or `.in-year-empty` (the monthly meeting's sentence, or its words without periods)
 *
 * The parts, in scripts/bench-browser/: settings.mjs (the variables above), prepare.mjs (datasets, build, sites),
 * page-script.mjs (what runs in the page), steps.mjs (bounded steps, the cold load, a timed act), measure.mjs (a
 * deployment's steps, the upload), table.mjs (the markdown).
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import { serve } from './bench-serve.mjs';
import { log, seconds } from './bench-browser/log.mjs';
import { measureDataset, measureUpload, measureWorkbookUpload } from './bench-browser/measure.mjs';
import { buildSites, entryGraphGzip, prepareDataset } from './bench-browser/prepare.mjs';
import { settings } from './bench-browser/settings.mjs';
import { launch } from './bench-browser/steps.mjs';
import { benchHeader, benchTable } from './bench-browser/table.mjs';

const { datasets, views } = settings;

const runStarted = performance.now();
for (const dataset of datasets) if (dataset.kind) dataset.folder = prepareDataset(dataset.kind, settings.regenerate);
const app = buildSites(datasets);
const servers = [];
const state = { browser: await launch() };
try {
  for (const [n, dataset] of datasets.entries()) {
    const server = await serve(dataset.site, settings.port === 0 ? 0 : settings.port + n);
    servers.push(server);
    dataset.origin = server.origin;
  }
  const results = {};
  for (const dataset of datasets) results[dataset.name] = settings.uploadOnly ? {} : await measureDataset(state, dataset);
  const big140 = datasets.find((d) => d.kind === 'districts-140k');
  let upload = null;
  if (settings.upload && big140) {
    const started = performance.now();
    upload = await measureUpload(state, datasets[0].origin, big140.folder);
    upload.workbook = await measureWorkbookUpload(state, datasets[0].origin);
    log(`upload path done in ${seconds(started)}`);
  }
  const commit = execFileSync('git', ['log', '-1', '--format=%h %s'], { encoding: 'utf8' }).trim();
  const header = benchHeader({ at: new Date(), commit, chromium: state.browser.version(), cores: settings.cpus ?? cpus().length, stepMs: settings.stepMs, took: seconds(runStarted) });
  const text = `${header}\n\n${benchTable(results, upload, entryGraphGzip(app), { datasets, views })}\n`;
  console.log(`\n${text}`);
  if (settings.out) writeFileSync(settings.out, text);
} finally {
  await state.browser.close().catch(() => {});
  for (const server of servers) server.stop();
}
