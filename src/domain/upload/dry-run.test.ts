import { describe, expect, it } from 'vitest';
import { observationKey, type Observation } from '../model';
import { ObservationTable } from '../observations/observation-table';
import { diffObservations, summarizeDiff, type MergeMode } from './diff';
import { DryRun } from './dry-run';

/**
 * The columnar dry run against the plain one on objects (diff.ts), which states the rule: the same counts,
 * the same rows listed in the same order, and the same merged table, in both modes, on generated data with
 * every kind of row (added, changed in each field, unchanged, removed, kept; estimates replaced, with their
 * history carried or given; periods within the year beside the year's figures), ids the collation orders
 * unlike their code points, stored rows sharing a key, and files that repeat a key.
 */
const AREAS = ['sin-ho', 'tan-uyen', 'Tam-duong', 'đà-lạt', 'da-lat', 'a10', 'a9', 'xã-1', 'Xa-2', 'lai-chau'];
const INDICATORS = ['poverty_rate', 'budget_revenue', 'grdp_growth', 'Forest_cover', 'đường'];
const YEARS = [2018, 2019, 2020, 2021, 2022];

function generator(seed: number) {
  let s = seed;
  const random = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const figure = () => (random() < 0.15 ? null : Math.round(random() * 1000) / 10);
  const observation = (): Observation => ({
    area: pick(AREAS), year: pick(YEARS), indicator: pick(INDICATORS), plan: figure(), actual: figure(), reportedPercent: random() < 0.5 ? null : figure(),
    unit: pick(['%', 'tỷ đồng', 'ha']), source: pick(['Báo cáo 2020', 'Cục Thống kê']), note: pick(['', '', 'ước']),
    ...(random() < 0.2 ? { planText: pick(['khoảng 9%', 'dưới 12%']) } : {}),
    ...(random() < 0.4 ? { figureKind: pick(['estimate', 'final'] as const) } : {}),
    ...(random() < 0.3 ? { asOf: pick(['2021-12-15', '2022-03']) } : {}),
    ...(random() < 0.1 ? { history: pick(['estimate 5 2021-12-15', 'preliminary - 2022-01']) } : {}),
    ...(random() < 0.3 ? { period: pick(['month-03', 'quarter-1', 'to-month-06'] as const) } : {}),
  });
  return { random, pick, observation };
}

/** A stored dataset and a file: distinct keys in each unless asked, the file re-sending some stored rows as they are or with one field changed. */
function generated(seed: number, { storedDuplicates = false, fileDuplicates = false } = {}) {
  const { random, pick, observation } = generator(seed);
  const key = observationKey;
  const distinct = (rows: Observation[], keep: boolean) => (keep ? rows : [...new Map(rows.map((o) => [key(o), o])).values()]);
  const stored = distinct(Array.from({ length: 60 + Math.floor(random() * 120) }, observation), storedDuplicates);
  const fileYears = YEARS.filter(() => random() < 0.5);
  const file: Observation[] = [];
  for (const o of stored) {
    const r = random();
    if (r < 0.25) file.push({ ...o });
    else if (r < 0.5) {
      const field = pick(['plan', 'actual', 'reportedPercent', 'unit', 'source', 'note', 'planText', 'figureKind', 'history'] as const);
      const changed = field === 'planText' ? { planText: o.planText === 'trên 5%' ? 'dưới 5%' : 'trên 5%' }
        : field === 'figureKind' ? { figureKind: o.figureKind === 'final' ? ('revised' as const) : ('final' as const), actual: (o.actual ?? 0) + 1 }
        : field === 'history' ? { history: 'estimate 1 2021-12' }
        : field === 'unit' || field === 'source' || field === 'note' ? { [field]: `${o[field]}*` } : { [field]: o[field] === null ? 1 : null };
      file.push({ ...o, ...changed });
    }
  }
  for (let i = 0; i < 40; i++) {
    const o = observation();
    // New units, indicators and years too: ids and years the stored dataset has never seen.
    file.push(i % 9 === 0 ? { ...o, area: `moi-${i}` } : i % 13 === 0 ? { ...o, indicator: `new_${i}` } : i % 10 === 0 ? { ...o, year: i % 20 ? 2017 : 2023 } : fileYears.length && i % 2 ? { ...o, year: pick(fileYears) } : o);
  }
  const shuffled = file.map((o) => ({ o, k: random() })).sort((a, b) => a.k - b.k).map(({ o }) => o);
  return { stored, file: distinct(shuffled, fileDuplicates) };
}

const MODES: MergeMode[] = ['merge', 'replace-years'];
const CASES = [
  ...Array.from({ length: 30 }, (_, seed) => ({ name: `seed ${seed + 1}`, seed: seed + 1, options: {} })),
  ...Array.from({ length: 10 }, (_, seed) => ({ name: `seed ${seed + 101}, stored rows sharing a key`, seed: seed + 101, options: { storedDuplicates: true } })),
  ...Array.from({ length: 10 }, (_, seed) => ({ name: `seed ${seed + 201}, a file repeating a key`, seed: seed + 201, options: { fileDuplicates: true } })),
];

describe('DryRun (columns) gives what diffObservations + summarizeDiff give (objects)', () => {
  it.each(CASES)('$name', ({ seed, options }) => {
    const { stored, file } = generated(seed, options);
    const dryRun = new DryRun(ObservationTable.from(stored), ObservationTable.from(file));
    for (const mode of MODES) {
      const diff = diffObservations(stored, file, mode);
      for (const limit of [0, 3, 17, 200]) expect(dryRun.summary(mode, limit), `${mode}, ${limit} listed`).toEqual(summarizeDiff(diff, limit));
      expect(dryRun.merged(mode).columns, `${mode}: merged`).toEqual(ObservationTable.from(diff.result).columns);
    }
  });

  it('covers every kind of row', () => {
    const kinds = { added: 0, changed: 0, unchanged: 0, removed: 0, historyCarried: 0 };
    const given = ['estimate 5 2021-12-15', 'preliminary - 2022-01', 'estimate 1 2021-12'];
    for (const { seed, options } of CASES) {
      const { stored, file } = generated(seed, options);
      const dryRun = new DryRun(ObservationTable.from(stored), ObservationTable.from(file));
      const { counts } = dryRun.summary('replace-years', 0);
      for (const kind of ['added', 'changed', 'unchanged', 'removed'] as const) kinds[kind] += counts[kind];
      // Rows whose history the merge wrote: a replaced figure added to what neither file gave.
      kinds.historyCarried += dryRun.merged('merge').toObservations().filter((o) => o.history && !given.includes(o.history)).length;
    }
    expect(Math.min(...Object.values(kinds))).toBeGreaterThan(50);
  });

  it.each([
    ['nothing stored', [], generated(1).file],
    ['an empty file', generated(2).stored, []],
    ['both empty', [], []],
  ] as const)('%s', (_, stored, file) => {
    const dryRun = new DryRun(ObservationTable.from(stored), ObservationTable.from(file));
    for (const mode of MODES) {
      const diff = diffObservations(stored, file, mode);
      expect(dryRun.summary(mode, 200)).toEqual(summarizeDiff(diff, 200));
      expect(dryRun.merged(mode).columns).toEqual(ObservationTable.from(diff.result).columns);
    }
  });
});
