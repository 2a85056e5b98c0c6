import { describe, expect, it } from 'vitest';
import { benchSettings } from './settings.mjs';

const ALL_VIEWS = ['/indicator', '/district', '/trend', '/ranking', '/data', '/report', '/upload', '/in-year', '/'];
const DEFAULTS = { stepMs: 120_000, port: 0, upload: true, uploadOnly: false, regenerate: false, out: null, datasets: ['built-in', '140k', '1.7m', '270k'], views: ALL_VIEWS };

describe('benchSettings', () => {
  // Each expectation is what the script read from these variables before the split.
  it.each([
    ['nothing set', {}, {}],
    ['BENCH_SIZES=140k', { BENCH_SIZES: '140k' }, { datasets: ['built-in', '140k'] }],
    ['sizes with spaces and an empty item', { BENCH_SIZES: ' 1.7m , ' }, { datasets: ['built-in', '1.7m'] }],
    ['BENCH_SIZES empty: the built-in data only', { BENCH_SIZES: '' }, { datasets: ['built-in'] }],
    ['views in another order: the table keeps its own', { BENCH_VIEWS: '/ranking, /indicator' }, { views: ['/indicator', '/ranking'] }],
    ['BENCH_VIEWS empty: every view', { BENCH_VIEWS: '' }, {}],
    ['a view that is not one: none', { BENCH_VIEWS: '/nowhere' }, { views: [] }],
    ['no upload, a step timeout, a port', { BENCH_UPLOAD: '0', BENCH_STEP_TIMEOUT: '60', BENCH_PORT: '4300' }, { upload: false, stepMs: 60_000, port: 4300 }],
    ['the upload only, remade data, an output file', { BENCH_UPLOAD: 'only', BENCH_REGENERATE: '1', BENCH_OUT: 'notes.md' }, { uploadOnly: true, regenerate: true, out: 'notes.md' }],
    ['BENCH_REGENERATE other than 1, BENCH_OUT empty: neither', { BENCH_REGENERATE: 'true', BENCH_OUT: '' }, {}],
  ])('%s', (_, env: Record<string, string>, changed) => {
    const s = benchSettings(env);
    const read = { stepMs: s.stepMs, port: s.port, upload: s.upload, uploadOnly: s.uploadOnly, regenerate: s.regenerate, out: s.out, datasets: s.datasets.map((d) => d.name), views: s.views.map((v) => v.path) };
    expect(read).toEqual({ ...DEFAULTS, ...changed });
  });

  it('gives each run datasets of its own (a run writes its folder, site and origin on them)', () => {
    const first = benchSettings({});
    Object.assign(first.datasets[1]!, { origin: 'http://127.0.0.1:1' });
    expect(benchSettings({}).datasets[1]).toEqual({ name: '140k', label: '140k', kind: 'districts-140k' });
  });
});
