/**
 * Upload benchmark (the ingest part of `npm run bench`): how long the upload's analysis takes on a
 * 1,000,000-row file, beside raw PapaParse to arrays on the same bytes.
 *
 *   npm run bench                          this part, then the browser part (scripts/bench-all.mjs)
 *   BENCH_PART=ingest npm run bench        this part alone
 *   BENCH_ROWS=200000 BENCH_PART=ingest npm run bench      a smaller file
 *
 * Node cannot run TypeScript by itself here (Node 20), so the script is first bundled by Vite's own
 * SSR build (dependencies stay in node_modules), then run with plain node from the project root.
 * --expose-gc only lets it collect the generator's garbage before timing; it runs without it too.
 * About 1.5–2 minutes on an idle 2-core machine, peak RSS under 2 GB; wall time grows when the machine
 * is busy, which the printed CPU time makes visible.
 *
 * What it does: builds a canonical long CSV in memory as an analyst's Excel in a Vietnamese locale
 * writes it — semicolons, UTF-8 BOM, CRLF, Vietnamese numbers ("1.862,5"), names as people type
 * them (with and without diacritics, "H. Sìn Hồ", "TP Lai Châu", ids), years 2000–2030, every
 * indicator of data/indicators.csv, a quoted note now and then, and one row in ~1000 wrong on
 * purpose (unknown area, "abc" for a number, year "2O21"). Then it times analyzeUploadTable (analyzeUpload
 * with the valid rows left in columns) on the file's bytes — the analysis the upload's Web Worker makes,
 * with the same catalog and history — and prints rows/s for decode + parse + validate, the split between the two, peak RSS,
 * and how many rows came out valid or with issues. Then the upload worker's whole call (analyzeWithDryRun:
 * the analysis and the dry run of both merge modes against the stored dataset, what the page waits for).
 * Beside them, on the same bytes, raw PapaParse to
 * arrays (TextDecoder + Papa.parse, no header, no typing: the least any CSV reader does) and the
 * ratio of the two, time and peak RSS. The file is written to node_modules/.cache/bench/ingest.csv
 * and each measurement runs in a fresh child process (this script again, BENCH_INGEST_CHILD=raw,
 * analyze or worker) that holds only the file's bytes, so each peak RSS (the OS's maxRSS) is that
 * measurement's own; "growth" is the peak minus the RSS with the bytes read.
 *
 * The real catalog has 16 areas before the 2025 reform × 31 years × 19 indicators = 9,424 distinct rows, so a million
 * rows of it would be 99 % duplicates. To keep every row distinct, the catalog is widened with
 * synthetic communes ("Xã Sìn Hồ 017", level "district", parent their district) — 1,704 areas in
 * all — which exercise the same matching code as the real names.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Papa from 'papaparse';
import { analyzeUploadTable } from '../src/domain/upload/analyze-upload';
import { analyzeWithDryRun } from '../src/domain/upload/analyze-with-dry-run';
import { ObservationTable } from '../src/domain/observations/observation-table';
import { parseAreasCsv, parseIndicatorsCsv } from '../src/domain/catalog/parse-catalog';
import { parseDatasetFiles } from '../src/domain/dataset/dataset-io';
import type { Area, Indicator } from '../src/domain/model';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const YEARS = Array.from({ length: 31 }, (_, i) => 1994 + i);
const COMMUNES_PER_DISTRICT = 211;

const dataFile = (name: string) => {
  try {
    return readFileSync(resolve(process.cwd(), 'data', name), 'utf8');
  } catch {
    throw new Error(`data/${name} not found: run the benchmark from the project root (npm run bench).`);
  }
};

// ── catalog and history, exactly as the app loads them ──
const areasResult = parseAreasCsv(dataFile('areas.csv'));
const indicatorsResult = parseIndicatorsCsv(dataFile('indicators.csv'));
const dataset = parseDatasetFiles({ areas: dataFile('areas.csv'), indicators: dataFile('indicators.csv'), observations: dataFile('observations.csv') });
if (!areasResult.ok || !indicatorsResult.ok || !dataset.ok) throw new Error('data/*.csv does not parse');
const indicators: Indicator[] = indicatorsResult.data;
// The years generated are before the 2025 reform: only the units in force then (the year rule would refuse the others).
const realAreas: Area[] = areasResult.data.filter((a) => !a.validFrom);
const communes: Area[] = realAreas
  .filter((a) => a.level === 'district')
  .flatMap((d) => Array.from({ length: COMMUNES_PER_DISTRICT }, (_, k) => ({ id: `${d.id}-xa-${k + 1}`, name: `Xã ${d.name} ${String(k + 1).padStart(3, '0')}`, level: 'district' as const, parent: d.id })));
const areas = [...realAreas, ...communes];
const catalog = { areas, indicators, history: dataset.data.observations };

// ── the file ──
let seed = 20240601;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Vietnamese number format: "1.862,5". */
function vi(value: number, decimals: number): string {
  const [integer = '0', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction.replace(/0+$/, '')}`.replace(/,$/, '') : ''}`;
}

function areaVariants(area: Area): string[] {
  if (area.id === 'tp-lai-chau') return [area.name, 'TP Lai Châu', 'TP. Lai Chau', 'thành phố Lai Châu', area.id];
  if (area.level === 'province') return [area.name, `tỉnh ${area.name}`, plain(area.name), area.id];
  if (area.level === 'cluster') return [area.name, area.id];
  if (area.parent === 'lai-chau') return [area.name, plain(area.name), area.name.toUpperCase(), `H. ${area.name}`, `huyện ${plain(area.name)}`, area.id];
  return [area.name, plain(area.name), area.name.toUpperCase(), area.name.replace('Xã', 'xã')];
}
const indicatorVariants = (i: Indicator) => [i.nameVi, i.id, plain(i.nameVi), i.nameEn];

/** Plausible plan ranges, so figures look like reports and stay near the stored history. */
const RANGE: Record<string, [number, number]> = {
  grdp_growth: [4, 10], grdp_per_capita: [20, 80], budget_revenue: [30, 300], production_value: [500, 8000], industrial_value: [50, 900],
  income_per_capita: [15, 60], poverty_rate: [1, 35], poverty_reduction: [1, 6], jobs_created: [300, 2000], vocational_training: [300, 2000],
  trained_labour_rate: [30, 70], forest_cover: [30, 60], motorable_road_villages: [80, 100], cultural_villages: [60, 90], export_value: [5, 60],
  standard_schools: [30, 80], birth_rate_reduction: [0.1, 1], new_tea_area: [50, 400], labour_export: [50, 600],
};

/** The file's bytes; the text itself is not kept, so the analysis starts with only the bytes in memory, as in the worker. */
function generate(rows: number): { bytes: Uint8Array; injected: number } {
  const lines: string[] = ['Đơn vị;Năm;Chỉ tiêu;Kế hoạch;Thực hiện;% KH;Đơn vị tính;Nguồn;Ghi chú'];
  const areaNames = areas.map(areaVariants);
  const indicatorNames = indicators.map(indicatorVariants);
  let injected = 0;
  outer: for (const year of YEARS)
    for (const [a, names] of areaNames.entries())
      for (const [n, indicator] of indicators.entries()) {
        const index = lines.length - 1;
        if (index >= rows) break outer;
        const [low, high] = RANGE[indicator.id] ?? [10, 1000];
        const decimals = Math.min(indicator.decimals, 2);
        const plan = Number((low + random() * (high - low)).toFixed(decimals));
        const actual = Number((plan * (0.85 + random() * 0.35)).toFixed(decimals));
        const percent = indicator.direction === 'higher_is_better' ? (actual / plan) * 100 : (plan / actual) * 100;
        const shape = index % 6; // 0–2: plan and actual; 3–4: plus the printed % KH; 5: actual and % KH only
        let cells = [
          names[(index + year) % names.length] ?? '', String(year), indicatorNames[n]?.[(index + a) % 4] ?? indicator.id,
          shape === 5 ? '' : vi(plan, decimals), vi(actual, decimals), shape >= 3 ? vi(percent, 2) : '',
          indicator.unit, `Báo cáo KT-XH năm ${year}`, index % 50 === 0 ? '"Số ước; chưa quyết toán"' : '',
        ];
        if (index % 997 === 500) {
          injected++;
          const kind = injected % 3;
          cells = kind === 0 ? ['Atlantis', ...cells.slice(1)] : kind === 1 ? [...cells.slice(0, 3), 'abc', ...cells.slice(4)] : [cells[0] ?? '', '2O21', ...cells.slice(2)];
        }
        lines.push(cells.join(';'));
      }
  if (lines.length - 1 < rows) throw new Error(`the catalog gives only ${lines.length - 1} distinct rows`);
  return { bytes: new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`), injected };
}

// ── run ──
// The parent generates the file and writes it to FILE; each measurement then runs in a fresh child process
// (this same script, BENCH_INGEST_CHILD=raw|analyze) that reads the file's bytes and nothing else, so the
// OS's peak RSS of the child is the peak of that measurement alone, the bytes included in both.
const FILE = resolve(process.cwd(), 'node_modules/.cache/bench/ingest.csv');
const CHILD = process.env.BENCH_INGEST_CHILD;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const n = (value: number) => value.toLocaleString('en-US');
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const maxRss = () => process.resourceUsage().maxRSS * 1024;

interface RawResult { seconds: number; decodeSeconds: number; cpuSeconds: number; rows: number; rssBefore: number; peakRss: number }
interface WorkerResult { seconds: number; cpuSeconds: number; rssBefore: number; peakRss: number; validRows: number; counts: string }
interface AnalyzeResult {
  seconds: number; beforeValidation: number; cpuSeconds: number; progressCalls: number; rssBefore: number; peakRssSampled: number; peakRss: number;
  file: string; rowCount: number; valid: number; rowsWithErrors: number; warnings: number; issuesListed: number; byCode: string;
}

/** Raw PapaParse to arrays: decode the bytes and parse them, no header, no typing; what any CSV reader must do at least. */
function rawParse(bytes: Uint8Array): RawResult {
  gc();
  const rssBefore = process.memoryUsage().rss;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const text = new TextDecoder('utf-8').decode(bytes);
  const decoded = performance.now();
  const parsed = Papa.parse<string[]>(text, { header: false, dynamicTyping: false });
  const finished = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds: (finished - started) / 1000, decodeSeconds: (decoded - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, rows: parsed.data.length - 1 - (parsed.data.at(-1)?.join('') === '' ? 1 : 0), rssBefore, peakRss: maxRss() };
}

function analyze(bytes: Uint8Array): AnalyzeResult {
  gc();
  const rssBefore = process.memoryUsage().rss;
  let peakRssSampled = rssBefore;
  let validationStarted = 0;
  let progressCalls = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const analysis = analyzeUploadTable(bytes, catalog, {}, (done) => {
    if (done === 0) validationStarted = performance.now();
    progressCalls++;
    peakRssSampled = Math.max(peakRssSampled, process.memoryUsage().rss);
  });
  const finished = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  // The analysis lists the first issues of each class and counts them all; each wrong row has exactly one error.
  const count = (severity: string) => analysis.issueClasses.reduce((sum, c) => sum + (c.severity === severity ? c.count : 0), 0);
  return {
    seconds: (finished - started) / 1000, beforeValidation: ((validationStarted || finished) - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, progressCalls,
    rssBefore, peakRssSampled, peakRss: maxRss(),
    file: `encoding ${analysis.encoding} (${analysis.encodingDetected}), delimiter "${analysis.delimiter}", layout ${analysis.layout}, numbers ${analysis.numberLocale}`,
    rowCount: analysis.rowCount, valid: analysis.table.length, rowsWithErrors: count('error'), warnings: count('warning'), issuesListed: analysis.issues.length,
    byCode: analysis.issueClasses.map((c) => `${c.code} ${n(c.count)}`).join(', ') || 'none',
  };
}

/**
 * The upload worker's whole call (analyzeWithDryRun): the analysis, then the dry run of both merge modes
 * against the stored dataset. What an upload costs before its report reaches the page.
 */
function workerCall(bytes: Uint8Array): WorkerResult {
  const history = ObservationTable.from(catalog.history);
  gc();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const { report } = analyzeWithDryRun(bytes, { areas, indicators, history }, {});
  const cpu = process.cpuUsage(cpuBefore);
  const { merge, 'replace-years': replace } = report.diffs;
  return {
    seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, rssBefore, peakRss: maxRss(), validRows: report.validRows,
    counts: `merge ${n(merge.counts.added)} added, ${n(merge.counts.changed)} changed, ${n(merge.counts.unchanged)} unchanged; replace-years ${n(replace.counts.removed)} removed, ${n(replace.counts.total)} after`,
  };
}

function child<T>(mode: 'raw' | 'analyze' | 'worker'): T {
  const script = process.argv[1] ?? '';
  const run = spawnSync(process.execPath, ['--expose-gc', script], { env: { ...process.env, BENCH_INGEST_CHILD: mode }, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1024 * 1024 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{')) throw new Error(`the ${mode} measurement failed (exit ${run.status ?? run.signal})`);
  return JSON.parse(last) as T;
}

if (CHILD === 'raw' || CHILD === 'analyze' || CHILD === 'worker') {
  const bytes = new Uint8Array(readFileSync(FILE));
  console.log(JSON.stringify(CHILD === 'raw' ? rawParse(bytes) : CHILD === 'analyze' ? analyze(bytes) : workerCall(bytes)));
} else {
  let started = performance.now();
  const generated = generate(ROWS);
  const generateSeconds = (performance.now() - started) / 1000;
  mkdirSync(dirname(FILE), { recursive: true });
  writeFileSync(FILE, generated.bytes);
  console.log(`Generated ${n(ROWS)} rows (${mb(generated.bytes.length)}, ${n(areas.length)} areas × ${YEARS.length} years × ${indicators.length} indicators) in ${generateSeconds.toFixed(1)} s; ${n(generated.injected)} rows wrong on purpose.`);

  started = performance.now();
  const raw = child<RawResult>('raw');
  const a = child<AnalyzeResult>('analyze');
  const w = child<WorkerResult>('worker');
  const validation = a.seconds - a.beforeValidation;
  console.log(`File: ${a.file}, ${n(a.rowCount)} rows read.`);
  console.log(`analyzeUpload (decode + parse + validate): ${a.seconds.toFixed(2)} s total → ${n(Math.round(a.rowCount / a.seconds))} rows/s (CPU ${a.cpuSeconds.toFixed(2)} s: a much larger wall time means the machine was busy)`);
  console.log(`  decode + parse + map + detect locale: ${a.beforeValidation.toFixed(2)} s; validate: ${validation.toFixed(2)} s (${n(Math.round(a.rowCount / Math.max(validation, 1e-9)))} rows/s); ${n(a.progressCalls)} progress reports`);
  console.log(`Rows valid: ${n(a.valid)}; errors: ${n(a.rowsWithErrors)}; warnings: ${n(a.warnings)}; issues listed for the page: ${n(a.issuesListed)}; issues by code: ${a.byCode}`);
  console.log(`Peak RSS of the analysis: ${mb(a.peakRss)} (the OS's peak of a process that holds the file's bytes, ${mb(a.rssBefore)} before the analysis; ${mb(a.peakRssSampled)} sampled at the progress reports).`);
  console.log(`The upload worker's call (analysis + dry run of both merge modes against the stored dataset): ${w.seconds.toFixed(2)} s (CPU ${w.cpuSeconds.toFixed(2)} s); ${n(w.validRows)} rows valid; ${w.counts}.`);
  console.log(`Raw PapaParse to arrays (TextDecoder + Papa.parse, no header, no typing) on the same bytes: ${raw.seconds.toFixed(2)} s (decode ${raw.decodeSeconds.toFixed(2)} s, CPU ${raw.cpuSeconds.toFixed(2)} s), ${n(raw.rows)} rows; peak RSS ${mb(raw.peakRss)} (${mb(raw.rssBefore)} before).`);
  console.log('');
  console.log('| ingest of the same file | time | CPU time | peak RSS | growth over the bytes |');
  console.log('|---|---|---|---|---|');
  console.log(`| raw PapaParse to arrays | ${raw.seconds.toFixed(2)} s | ${raw.cpuSeconds.toFixed(2)} s | ${mb(raw.peakRss)} | ${mb(raw.peakRss - raw.rssBefore)} |`);
  const ratio = (m: { seconds: number; cpuSeconds: number; peakRss: number; rssBefore: number }) =>
    `${(m.seconds / raw.seconds).toFixed(1)}× | ${(m.cpuSeconds / raw.cpuSeconds).toFixed(1)}× | ${(m.peakRss / raw.peakRss).toFixed(1)}× | ${((m.peakRss - m.rssBefore) / Math.max(raw.peakRss - raw.rssBefore, 1)).toFixed(1)}×`;
  console.log(`| analyzeUpload (decode + parse + validate) | ${a.seconds.toFixed(2)} s | ${a.cpuSeconds.toFixed(2)} s | ${mb(a.peakRss)} | ${mb(a.peakRss - a.rssBefore)} |`);
  console.log(`| ratio | ${ratio(a)} |`);
  console.log(`| the upload worker's call (analysis + dry run, both modes) | ${w.seconds.toFixed(2)} s | ${w.cpuSeconds.toFixed(2)} s | ${mb(w.peakRss)} | ${mb(w.peakRss - w.rssBefore)} |`);
  console.log(`| ratio | ${ratio(w)} |`);
  console.log(`(both measured in a fresh process reading the same ${mb(generated.bytes.length)} file; ingest part took ${((performance.now() - started) / 1000).toFixed(0)} s)`);

  if (a.valid + a.rowsWithErrors !== ROWS || a.rowsWithErrors !== generated.injected || w.validRows !== a.valid) {
    console.error(`Unexpected result: ${n(generated.injected)} rows were made wrong, the analysis found ${n(a.rowsWithErrors)} rows with errors and ${n(a.valid)} valid of ${n(ROWS)}.`);
    process.exitCode = 1;
  }
}
