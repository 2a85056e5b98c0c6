/** The browser benchmark's settings, read from its BENCH_* variables (scripts/bench-browser.mjs says what each does). */

/** The deployments measured: the built-in data always, the national datasets named by BENCH_SIZES. */
const DATASETS = [
  { name: 'built-in', label: 'built-in', kind: null },
  { name: '140k', label: '140k', kind: 'districts-140k' },
  { name: '1.7m', label: '1.7M', kind: 'communes-1.7m' },
  // A province's monthly data (38 communes × 60 indicators × 12 figures a year × 10 years).
  { name: '270k', label: '270k monthly', kind: 'monthly-270k' },
];

/** Each view by its link: the selector of its content that, with its h1, says the view is shown (in the table's order). */
// /report at 1.7M: the first part of its 3,300 units shows; the rest come a part per task (counted in its longest task).
const CONTENT = {
  '/indicator': '.recharts-bar-rectangle',
  '/district': '.bullet-row',
  '/trend': ':is(.recharts-line, .no-data)',
  '/ranking': '[data-testid="score"]',
  '/data': 'table tbody tr',
  '/report': '.report-section h2',
  '/upload': 'input[type=file]',
  // The monthly meeting's view: its sentence, or its words without periods (every dataset but the monthly one and the built-in).
  '/in-year': ':is(.in-year-reading, .in-year-empty)',
  '/': '.status-matrix tbody tr',
};
const VIEWS = Object.entries(CONTENT).map(([path, selector]) => ({ path, selector }));

const list = (text) => text.split(',').map((s) => s.trim());

/** The settings of one run from these variables; each dataset is a fresh object (the run adds its folder, site and origin). */
export function benchSettings(env) {
  const sizes = list(env.BENCH_SIZES ?? '140k,1.7m,270k').filter(Boolean);
  return {
    stepMs: Number(env.BENCH_STEP_TIMEOUT ?? 120) * 1000,
    port: Number(env.BENCH_PORT ?? 0),
    upload: env.BENCH_UPLOAD !== '0',
    uploadOnly: env.BENCH_UPLOAD === 'only',
    regenerate: env.BENCH_REGENERATE === '1',
    out: env.BENCH_OUT || null,
    cpus: env.BENCH_CPUS ?? null,
    datasets: DATASETS.filter((d) => d.kind === null || sizes.includes(d.name)).map((d) => ({ ...d })),
    views: VIEWS.filter((v) => !env.BENCH_VIEWS || list(env.BENCH_VIEWS).includes(v.path)),
  };
}

/** This run's settings, from the environment it was started in. */
export const settings = benchSettings(process.env);
