/**
 * Upload benchmark: how long the upload's analysis takes on a 1,000,000-row file.
 *
 *   npm run bench            (package.json: "bench": "vite build --ssr scripts/bench.ts --outDir node_modules/.cache/bench --emptyOutDir --logLevel warn && node --expose-gc node_modules/.cache/bench/bench.js")
 *   BENCH_ROWS=200000 npm run bench      a smaller file
 *
 * Node cannot run TypeScript by itself here (Node 20), so the script is first bundled by Vite's own
 * SSR build (dependencies stay in node_modules), then run with plain node from the project root.
 * --expose-gc only lets it collect the generator's garbage before timing; it runs without it too.
 * About 1–1.5 minutes on an idle 2-core machine (~1 min of CPU), peak RSS under 2 GB; wall time grows
 * when the machine is busy, which the printed CPU time makes visible.
 *
 * What it does: builds a canonical long CSV in memory as an analyst's Excel in a Vietnamese locale
 * writes it — semicolons, UTF-8 BOM, CRLF, Vietnamese numbers ("1.862,5"), names as people type
 * them (with and without diacritics, "H. Sìn Hồ", "TP Lai Châu", ids), years 2000–2030, every
 * indicator of data/indicators.csv, a quoted note now and then, and one row in ~1000 wrong on
 * purpose (unknown area, "abc" for a number, year "2O21"). Then it times analyzeUpload on the
 * file's bytes — the same call, with the same catalog and history, that the upload's Web Worker
 * makes — and prints rows/s for decode + parse + validate, the split between the two, peak RSS,
 * and how many rows came out valid or with issues.
 *
 * The real catalog has 16 areas before the 2025 reform × 31 years × 19 indicators = 9,424 distinct rows, so a million
 * rows of it would be 99 % duplicates. To keep every row distinct, the catalog is widened with
 * synthetic communes ("Xã Sìn Hồ 017", level "district", parent their district) — 1,704 areas in
 * all — which exercise the same matching code as the real names.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeUpload } from '../src/domain/upload/analyze-upload';
import { parseAreasCsv, parseIndicatorsCsv } from '../src/domain/parse-catalog';
import { parseDatasetFiles } from '../src/domain/dataset-io';
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
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const n = (value: number) => value.toLocaleString('en-US');
let peakRss = process.memoryUsage().rss;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

let started = performance.now();
const generated = generate(ROWS);
const { bytes } = generated;
const generateSeconds = (performance.now() - started) / 1000;
sampleRss();
const rssGenerating = peakRss;
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
peakRss = rssBefore;
console.log(`Generated ${n(ROWS)} rows (${mb(bytes.length)}, ${n(areas.length)} areas × ${YEARS.length} years × ${indicators.length} indicators) in ${generateSeconds.toFixed(1)} s; ${n(generated.injected)} rows wrong on purpose.`);

let validationStarted = 0;
let progressCalls = 0;
started = performance.now();
const cpuBefore = process.cpuUsage();
const analysis = analyzeUpload(bytes, catalog, {}, (done) => {
  if (done === 0) validationStarted = performance.now();
  progressCalls++;
  sampleRss();
});
const finished = performance.now();
const cpu = process.cpuUsage(cpuBefore);
sampleRss();

const seconds = (finished - started) / 1000;
const beforeValidation = ((validationStarted || finished) - started) / 1000;
// The analysis lists the first issues of each class and counts them all; each wrong row has exactly one error.
const rowsWithErrors = analysis.issueClasses.reduce((sum, c) => sum + (c.severity === 'error' ? c.count : 0), 0);
const warnings = analysis.issueClasses.reduce((sum, c) => sum + (c.severity === 'warning' ? c.count : 0), 0);
const byCode = new Map(analysis.issueClasses.map((c) => [c.code, c.count]));

console.log(`File: encoding ${analysis.encoding} (${analysis.encodingDetected}), delimiter "${analysis.delimiter}", layout ${analysis.layout}, numbers ${analysis.numberLocale}, ${n(analysis.rowCount)} rows read.`);
console.log(`analyzeUpload (decode + parse + validate): ${seconds.toFixed(2)} s total → ${n(Math.round(analysis.rowCount / seconds))} rows/s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s: a much larger wall time means the machine was busy)`);
console.log(`  decode + parse + map + detect locale: ${beforeValidation.toFixed(2)} s; validate: ${(seconds - beforeValidation).toFixed(2)} s (${n(Math.round(analysis.rowCount / Math.max(seconds - beforeValidation, 1e-9)))} rows/s); ${n(progressCalls)} progress reports`);
console.log(`Rows valid: ${n(analysis.observations.length)}; errors: ${n(rowsWithErrors)}; warnings: ${n(warnings)}; issues listed for the page: ${n(analysis.issues.length)}; issues by code: ${[...byCode].map(([code, count]) => `${code} ${n(count)}`).join(', ') || 'none'}`);
console.log(`Peak RSS during the analysis: ${mb(peakRss)} (process.memoryUsage().rss at every progress report; ${mb(rssBefore)} before it, with the file's bytes in memory; ${mb(rssGenerating)} while generating). OS max RSS of the process: ${mb(process.resourceUsage().maxRSS * 1024)}.`);

if (analysis.observations.length + rowsWithErrors !== ROWS || rowsWithErrors !== generated.injected) {
  console.error(`Unexpected result: ${n(generated.injected)} rows were made wrong, the analysis found ${n(rowsWithErrors)} rows with errors and ${n(analysis.observations.length)} valid of ${n(ROWS)}.`);
  process.exitCode = 1;
}
