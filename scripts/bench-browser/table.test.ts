import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchSettings } from './settings.mjs';
import { benchHeader, benchTable, type DatasetResults, type UploadResults } from './table.mjs';

// The expected markdown (table-fixtures/*.md) is what the benchmark printed before it was split into these
// modules (its table function, run on these very results): the split must leave the output as it was, to the
// character. The files end with the line end the benchmark writes after the table.
const expected = (name: string) => readFileSync(new URL(`table-fixtures/${name}.md`, import.meta.url), 'utf8');

type Run = { results: Record<string, DatasetResults>; upload: UploadResults | null; entry: { gzip: number; files: number } };

/** Every dataset, view and the upload; figures under and over 10 s, ratios under and over 10×, a missing base, failures with pipes. */
const FULL: Run = {
  results: {
    'built-in': {
      cold: { ms: 690.4, longest: 45.2, note: '/ "Tổng quan 2024" 38× .status-matrix tbody tr' },
      heap: { mb: 8.26 },
      js: { gzip: 205012, files: 14 },
      link: { ms: 742, longest: 60 },
      year: { ms: 25.4, longest: 0, note: '2024 → 2023: /?year=2023 "Tổng quan 2023" 38× .status-matrix tbody tr' },
      '/indicator': { ms: 230, longest: 130 },
      '/district': { ms: 60, longest: 0 },
      '/trend': { failed: 'timeout 120 s (/trend) | the | pipes' },
      '/ranking': { ms: 0, longest: 0 },
      '/data': { ms: 70 },
      '/upload': { ms: 46, longest: 0 },
      '/': { ms: 55, longest: 12.5, note: '/?year=2023 "Tổng quan 2023" 38× .status-matrix tbody tr' },
    },
    '140k': {
      cold: { ms: 1034.6, longest: 82 },
      heap: { failed: 'the tab crashed' },
      js: { gzip: 205512, files: 15 },
      link: { ms: 1602 },
      year: { ms: 27.9, longest: 0, note: '2024 → 2023' },
      '/indicator': { ms: 12345, longest: 999.6 },
      '/district': { failed: 'not run: a fresh load of / failed (the page closed)' },
      '/trend': { ms: 110, longest: 65 },
      '/ranking': { ms: 90, longest: 0 },
      '/data': { ms: 80, longest: 0 },
      '/report': { ms: 160, longest: 0, note: '/report?year=2023 "Báo cáo" 1× .report-section h2' },
      '/upload': { ms: 64, longest: 0 },
      '/': { ms: 70, longest: 0 },
    },
    '1.7m': {
      cold: { ms: 2900, longest: 53 },
      heap: { mb: 42.4 },
      link: { failed: 'timeout 120 s (navigation)' },
      '/indicator': { ms: 400, longest: 101 },
      '/district': { ms: 9999.6, longest: 58 },
      '/trend': { ms: 100, longest: 72 },
      '/ranking': { ms: 300 },
      '/data': { ms: 100, longest: 51 },
      '/report': { ms: 800, longest: 0 },
      '/upload': { ms: 222, longest: 57 },
      '/': { ms: 10000, longest: 0 },
    },
  },
  upload: {
    catalog: { failed: 'timeout 120 s (catalog save)' },
    analysis: { ms: 812.3, longest: 62, note: '  133.000 dòng hợp lệ, 7.000 dòng chỉ tiêu không rõ\n' },
    progress: { ms: 35.2 },
    commit: { ms: 210, longest: 40 },
  },
  entry: { gzip: 125812, files: 6 },
};

/** The smallest run (BENCH_SIZES=140k BENCH_VIEWS=/ranking BENCH_UPLOAD=0): one national dataset whose cold load failed, no heap. */
const NARROW: Run = {
  results: {
    'built-in': {
      cold: { ms: 701, longest: 0, note: '/ "Tổng quan 2024" 38× .status-matrix tbody tr' },
      js: { gzip: 205012, files: 14 },
      link: { ms: 750, longest: 30 },
      year: { failed: 'no input event was seen' },
      '/ranking': { ms: 120, longest: 0, note: '/ranking?year=2024 "Xếp hạng" 8× [data-testid="score"]' },
    },
    '140k': {
      cold: { failed: 'timeout 120 s (content of /)' },
      year: { failed: 'not run: the cold load failed' },
      '/ranking': { failed: 'not run: the cold load failed' },
      link: { ms: 1700, longest: 114 },
    },
  },
  upload: null,
  entry: { gzip: 125812, files: 6 },
};

describe('benchTable', () => {
  it.each([
    // The datasets and views of the run the golden file was printed from (before the monthly data and /in-year).
    ['every dataset, view and the upload', FULL, { BENCH_SIZES: '140k,1.7m', BENCH_VIEWS: '/indicator,/district,/trend,/ranking,/data,/report,/upload,/' }, 'every-step'],
    ['140k and /ranking only, no upload', NARROW, { BENCH_SIZES: '140k', BENCH_VIEWS: '/ranking', BENCH_UPLOAD: '0' }, 'smallest-run'],
  ])('%s: the markdown the benchmark printed before', (_, run, env, file) => {
    expect(`${benchTable(run.results, run.upload, run.entry, benchSettings(env))}\n`).toBe(expected(file));
  });
});

describe('benchHeader', () => {
  it('names the run as before: minute (UTC), commit cut at 80 characters, browser, cores, step timeout, whole run', () => {
    const commit = `4447ffe ${'a long subject '.repeat(8)}`;
    const header = benchHeader({ at: new Date('2026-03-01T08:09:59.999Z'), commit, chromium: '140.0.7339.80', cores: 2, stepMs: 60_000, took: '312.4 s' });
    expect(header).toBe(`Browser benchmark — 2026-03-01T08:09Z, commit ${commit.slice(0, 80)}, Chromium 140.0.7339.80, 2 cores, step timeout 60 s, whole run 312.4 s.`);
  });
});
