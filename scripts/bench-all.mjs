/**
 * `npm run bench`: the ingest part (scripts/bench.ts: the upload's analysis of a million-row file beside
 * raw PapaParse on the same bytes; scripts/bench-workbook.ts: a 10 MB workbook read into grids beside
 * SheetJS's own read), then the browser part (scripts/bench-browser.mjs: every view, the cold
 * load, the year switch and the upload in Chromium, on the built-in data and the national datasets). Each
 * file's header says what it measures and what each figure means.
 *
 *   npm run bench                          both parts (about 25 minutes on a busy 2-core machine)
 *   BENCH_PART=ingest npm run bench        the ingest part alone (about 3 minutes)
 *   BENCH_PART=workbook npm run bench      the workbook's reading alone (about a minute)
 *   BENCH_PART=browser npm run bench       the browser part alone
 *   BENCH_SIZES=140k npm run bench         the browser part on the built-in data and districts-140k only
 *
 * Every other BENCH_* variable is passed through to the part that reads it.
 */
import { execFileSync } from 'node:child_process';

const PART = process.env.BENCH_PART ?? 'all';
if (!['all', 'ingest', 'workbook', 'browser'].includes(PART)) throw new Error(`BENCH_PART must be ingest, workbook, browser or all (got "${PART}")`);

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });

if (PART === 'all' || PART === 'ingest') {
  console.log('\n## Ingest: analyzeUpload beside raw PapaParse\n');
  run('npx', ['vite', 'build', '--ssr', 'scripts/bench.ts', '--outDir', 'node_modules/.cache/bench', '--emptyOutDir', '--logLevel', 'warn']);
  run(process.execPath, ['--expose-gc', 'node_modules/.cache/bench/bench.js']);
}
if (PART !== 'browser') {
  console.log('\n## Workbook: readWorkbook beside XLSX.read\n');
  run('npx', ['vite', 'build', '--ssr', 'scripts/bench-workbook.ts', '--outDir', 'node_modules/.cache/bench-workbook', '--emptyOutDir', '--logLevel', 'warn']);
  run(process.execPath, ['node_modules/.cache/bench-workbook/bench-workbook.js']);
}
if (PART === 'all' || PART === 'browser') {
  console.log('\n## Browser: views at national scale\n');
  run(process.execPath, ['scripts/bench-browser.mjs']);
}
