/**
 * Workbook benchmark (a part of `npm run bench`, with the ingest part): how long the upload worker's
 * readWorkbook takes on a 10 MB .xlsx, beside SheetJS's own XLSX.read of the same bytes.
 *
 *   BENCH_PART=workbook npm run bench               this part alone
 *   BENCH_WORKBOOK_MB=2 BENCH_PART=workbook npm run bench    a smaller workbook
 *
 * Bundled by Vite's SSR build like scripts/bench.ts (Node runs no TypeScript here), then run from the
 * project root. The workbook is generated in the run (scripts/bench-workbook-file.mjs); it stays within
 * the workbook limits (LIMITS), so readWorkbook reads it whole. Then (a) XLSX.read with the options the reader uses (dense, formulas, number formats,
 * hidden rows), what any reading costs, and (b) readWorkbook: the zip guard, the same parse and the grid
 * of cells the form reader takes. Each is run three times after a warm-up; the medians and their ratio
 * are printed. The main thread's longest task while the page reads it is measured in the browser part
 * (scripts/bench-browser.mjs, the upload's table).
 */
import * as XLSX from '@e965/xlsx';
import { readWorkbook } from '../src/workers/workbook/read-workbook';
import { benchWorkbook } from './bench-workbook-file.mjs';

const targetBytes = Number(process.env.BENCH_WORKBOOK_MB ?? 10) * 1024 * 1024;

async function median(label: string, run: () => unknown): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  const sorted = times.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} ${sorted.map((t) => `${(t / 1000).toFixed(2)} s`).join('  ')}  (median ${(sorted[1]! / 1000).toFixed(2)} s)`);
  return sorted[1]!;
}

const bytes = benchWorkbook(XLSX, targetBytes);
const read = await readWorkbook(bytes, { fileName: 'bench.xlsx' });
if (!read.ok) throw new Error(`readWorkbook refused the benchmark's workbook: ${read.issues[0]?.message.en}`);
const cells = read.data.sheets.reduce((sum, s) => sum + s.rows.reduce((n, row) => n + row.filter(Boolean).length, 0), 0);
console.log(`workbook: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${read.data.sheets.length} sheets, ${cells.toLocaleString('en')} cells`);
const raw = await median('(a) XLSX.read (SheetJS alone)', () => XLSX.read(bytes, { type: 'array', dense: true, cellFormula: true, cellNF: true, cellStyles: true, cellText: false, bookVBA: false }));
const ours = await median('(b) readWorkbook → grid (guard, parse, grid)', () => readWorkbook(bytes, { fileName: 'bench.xlsx' }));
console.log(`ratio (b)/(a): ${(ours / raw).toFixed(2)}`);
