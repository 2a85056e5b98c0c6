/**
 * The report's .docx at scale: how long and how much memory `reportDocx` (what the download's worker runs)
 * takes for a province's 38 communes, a country's 700 districts and its 3,300 communes, each unit with 50
 * main targets — the whole document (every unit's table, as before) beside the file's form (docxForm: the
 * slim one beyond DOCX_FULL_UNITS units), on the same machine in the same run.
 *
 *   npx vite build --ssr scripts/bench-docx.ts --outDir node_modules/.cache/bench-docx --emptyOutDir --logLevel warn
 *   node node_modules/.cache/bench-docx/bench-docx.js                 38, 700 and 3,300 units, both forms
 *   BENCH_DOCX_UNITS=38,200 node node_modules/.cache/bench-docx/bench-docx.js
 *   BENCH_DOCX_TIMEOUT=120 …                                            seconds before a run counts as never finishing
 *   BENCH_DOCX_SAVE=1 …                                                 keeps each .docx in node_modules/.cache/bench-docx to open
 *   BENCH_DOCX_FORMS=file …                                             only the file's form (the whole one of 700 units runs out of memory)
 *
 * Each measurement runs in a child process of its own (this script with BENCH_DOCX_CHILD=<units>:<form>), which
 * makes the model and the document as the page does, and hands the document (as JSON) to a grandchild that, as
 * the worker, holds only it and makes the file: its peak RSS (the OS's maxRSS) is the worker's own. A run past the
 * timeout or out of memory is reported as such. The
 * dataset is synthetic and seeded (the country, 34 provinces, the units spread over them, two years so every
 * target has a year before); 38 units are one province's, reported from the province, the others a country's.
 * Times: the model (review, ranking, document: what the page makes before the click), then in the worker the
 * docx object tree and the packing (XML and zip); and what the click costs the page: the form and the copy of the
 * document sent to the worker (structuredClone, as postMessage does).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatasetIndex } from '../src/domain/dataset/dataset-index';
import { buildReportDocument, type ReportDocument, type ReportSection } from '../src/domain/report/document';
import { docxForm } from '../src/domain/report/docx-form';
import { summarizeReview } from '../src/domain/report/summary';
import { reportExtras } from '../src/features/report/report-extras';
import { policyT } from '../src/components/status/policy-messages';
import { reportDocx } from '../src/features/report/docx/report-docx';
import { REPORT_AT_SCALE_YEAR, reportAtScale } from '../src/testing/report-at-scale';

const YEAR = REPORT_AT_SCALE_YEAR;
const OUT = 'node_modules/.cache/bench-docx';
mkdirSync(OUT, { recursive: true });

const rowsOf = (s: ReportSection): number => (s.table?.rows.length ?? 0) + (s.subsections ?? []).reduce((n, sub) => n + rowsOf(sub), 0);

/** The page's part: the model, then on the click the file's form and its copy to the worker; the worker's part in a process of its own. */
function child(units: number, form: 'full' | 'file') {
  const t0 = performance.now();
  const { data, parent } = reportAtScale(units);
  const index = createDatasetIndex(data);
  const area = index.area(parent)!;
  const review = summarizeReview(index, area, YEAR);
  const extra = reportExtras(index, area, review.units.map((u) => u.area), YEAR, 'vi', policyT('vi'));
  const doc = buildReportDocument(index, area, YEAR, 'vi', { date: new Date(2026, 11, 31), dataVersion: 'Dữ liệu: thử nghiệm', extra, review });
  const t1 = performance.now();
  const toWrite = form === 'full' ? doc : docxForm(doc, review);
  // postMessage clones the document: timed as structuredClone.
  structuredClone(toWrite);
  const t2 = performance.now();
  const file = join(OUT, `document-${units}-${form}.json`);
  writeFileSync(file, JSON.stringify(toWrite));
  const worker = JSON.parse(execFileSync(process.execPath, [process.argv[1]!], { env: { ...process.env, BENCH_DOCX_CHILD: `pack:${file}` }, encoding: 'utf8' }).trim().split('\n').at(-1)!) as object;
  console.log(JSON.stringify({ units, form, modelMs: Math.round(t1 - t0), pageMs: Math.round(t2 - t1), tableRows: toWrite.sections.reduce((n, s) => n + rowsOf(s), 0), ...worker }));
}

/** The worker's part: the document read back (as the worker receives it), then reportDocx; its process holds nothing else. */
async function packChild(file: string) {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as ReportDocument;
  const rssBefore = process.memoryUsage().rss;
  const w0 = performance.now();
  let packStart = 0;
  const blob = await reportDocx(doc, (d, docx) => {
    packStart = performance.now();
    return d.Packer.toBlob(docx);
  });
  const t = performance.now();
  const peak = process.resourceUsage().maxRSS / 1024;
  if (process.env.BENCH_DOCX_SAVE) writeFileSync(file.replace(/\.json$/, '.docx'), new Uint8Array(await blob.arrayBuffer()));
  console.log(JSON.stringify({ treeMs: Math.round(packStart - w0), packMs: Math.round(t - packStart), docxMs: Math.round(t - w0), bytes: blob.size, peakMB: Math.round(peak), growthMB: Math.round(peak - rssBefore / 1048576) }));
}

function parent() {
  const sizes = (process.env.BENCH_DOCX_UNITS ?? '38,700,3300').split(',').map(Number);
  const timeout = Number(process.env.BENCH_DOCX_TIMEOUT ?? 300) * 1000;
  const rows: string[] = [];
  for (const units of sizes) {
    for (const form of (process.env.BENCH_DOCX_FORMS ?? 'full,file').split(',') as ('full' | 'file')[]) {
      let line: string;
      try {
        const out = execFileSync(process.execPath, [process.argv[1]!], { env: { ...process.env, BENCH_DOCX_CHILD: `${units}:${form}` }, timeout, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        const r = JSON.parse(out.trim().split('\n').at(-1)!) as Record<'pageMs' | 'tableRows' | 'docxMs' | 'treeMs' | 'packMs' | 'peakMB' | 'growthMB' | 'bytes' | 'modelMs', number>;
        line = `| ${units} | ${form} | ${r.tableRows} | ${(r.docxMs / 1000).toFixed(1)} s (tree ${(r.treeMs / 1000).toFixed(1)} + pack ${(r.packMs / 1000).toFixed(1)}) | ${r.peakMB} MB (+${r.growthMB}) | ${(r.bytes / 1048576).toFixed(2)} MB | ${(r.modelMs / 1000).toFixed(1)} s | ${r.pageMs} ms |`;
      } catch (error) {
        const e = error as { signal?: string; stderr?: string };
        const why = e.signal === 'SIGTERM' ? `did not finish in ${timeout / 1000} s` : `failed: ${(e.stderr ?? String(error)).split('\n').find((l) => /Error|heap/i.test(l))?.slice(0, 120) ?? 'see stderr'}`;
        line = `| ${units} | ${form} | | ${why} | | | | |`;
      }
      rows.push(line);
      console.log(line);
    }
  }
  console.log(['', '| units | form | table rows | .docx time (worker) | peak RSS (growth) | file | model (page, before the click) | form + copy to the worker (page, on the click) |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n'));
}

const spec = process.env.BENCH_DOCX_CHILD;
if (spec?.startsWith('pack:')) await packChild(spec.slice('pack:'.length));
else if (spec) {
  const [units, form] = spec.split(':');
  child(Number(units), form === 'file' ? 'file' : 'full');
} else parent();
