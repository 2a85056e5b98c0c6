/**
 * The results as markdown: a row per step, each national dataset's figure beside the built-in one with the
 * ratio and the longest task; the heap and the JS; what each step showed; the upload's own table.
 */

const fmtMs = (r) => (!r ? '–' : r.failed ? `failed: ${r.failed.replace(/\|/g, '/')}` : r.ms >= 10_000 ? `${(r.ms / 1000).toFixed(1)} s` : `${Math.round(r.ms)} ms`);
const fmtTask = (r) => (!r || r.failed || r.longest === undefined ? '–' : `${Math.round(r.longest)} ms`);
const fmtRatio = (r, base) => (!r || !base || r.failed || base.failed || !(base.ms > 0) ? '–' : `${(r.ms / base.ms).toFixed(r.ms / base.ms >= 10 ? 0 : 1)}×`);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

export function benchTable(results, upload, entry, { datasets, views }) {
  const big = datasets.filter((d) => d.kind);
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
  for (const view of views) row(`\`${view.path}\` by its link`, view.path);
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
  for (const d of datasets) for (const key of ['cold', 'year', ...views.map((v) => v.path)]) if (results[d.name][key]?.note) shown.push(`- ${d.label}, ${key}: ${results[d.name][key].note}`);
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
  if (upload?.workbook) {
    const w = upload.workbook;
    const ratio = (r) => (w.analysis?.ms !== undefined && r.ms > 0 ? `${(w.analysis.ms / r.ms).toFixed(2)}×` : '–');
    out.push([
      '', `| a ${(w.bytes / 1024 / 1024).toFixed(1)} MB workbook (${w.sheets} sheets of 35,000 rows) on the built-in deployment | time | longest task | page's time ÷ this |`, '|---|---|---|---|',
      `| change → analysis report (the first sheet read, in the upload's worker) | ${fmtMs(w.analysis)} | ${fmtTask(w.analysis)} | |`,
      `| SheetJS's own XLSX.read of the same bytes in Node, the first sheet | ${fmtMs(w.rawFirst)} | | ${ratio(w.rawFirst)} |`,
      `| SheetJS's own XLSX.read of the same bytes in Node, every sheet | ${fmtMs(w.raw)} | | ${ratio(w.raw)} |`,
      ...(w.analysis?.note ? ['', `Workbook analysis summary: ${w.analysis.note.trim()}`] : []),
    ].join('\n'));
  }
  return out.join('\n');
}

/** The line above the table: when, which commit and browser, how many cores, the step timeout and the whole run's time. */
export const benchHeader = ({ at, commit, chromium, cores, stepMs, took }) =>
  `Browser benchmark — ${at.toISOString().slice(0, 16)}Z, commit ${commit.slice(0, 80)}, Chromium ${chromium}, ${cores} cores, step timeout ${stepMs / 1000} s, whole run ${took}.`;
