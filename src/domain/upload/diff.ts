import { observationKey, type Observation } from '../model';
import { historyAfter } from '../evaluation/figure-history';
import { periodSlot } from '../periods/period-code';

export type MergeMode = 'merge' | 'replace-years';

export interface ObservationChange {
  before: Observation;
  after: Observation;
}

export interface DatasetDiff {
  added: Observation[];
  changed: ObservationChange[];
  unchanged: Observation[];
  /** Rows of the replaced years that the file does not have (replace mode only). */
  removed: Observation[];
  /** The dataset's observations after the commit. */
  result: Observation[];
}

const sameFigures = (a: Observation, b: Observation) =>
  a.plan === b.plan && a.actual === b.actual && a.reportedPercent === b.reportedPercent && a.unit === b.unit && a.source === b.source && a.note === b.note
  && (a.planText ?? '') === (b.planText ?? '') && (a.figureKind ?? '') === (b.figureKind ?? '') && (a.asOf ?? '') === (b.asOf ?? '') && (a.history ?? '') === (b.history ?? '')
  && (a.period ?? '') === (b.period ?? '');

/** A row's year and period: what replace-years swaps whole (a file of March's figures leaves the year's and the other months'). */
const yearPeriod = (o: Observation) => `${o.year}|${o.period ?? ''}`;
const slotOf = (o: Observation) => periodSlot(o.period ?? '');

/** What a commit would do: merge upserts the file's rows; replace-years swaps every year (and period within it) the file has. */
export function diffObservations(current: readonly Observation[], incoming: readonly Observation[], mode: MergeMode): DatasetDiff {
  const byKey = new Map(current.map((o) => [observationKey(o), o]));
  const incomingKeys = new Set(incoming.map(observationKey));
  const added: Observation[] = [];
  const changed: ObservationChange[] = [];
  const unchanged: Observation[] = [];
  const merged = incoming.map((o) => {
    const before = byKey.get(observationKey(o));
    if (!before) return o;
    // The figure it replaces goes into its history (figure-history.ts).
    const history = historyAfter(before, o);
    if (history === (o.history ?? '')) return o;
    const after: Observation = { ...o, history };
    if (!history) delete after.history;
    return after;
  });
  for (const o of merged) {
    const before = byKey.get(observationKey(o));
    if (!before) added.push(o);
    else if (sameFigures(before, o)) unchanged.push(o);
    else changed.push({ before, after: o });
  }
  const years = new Set(incoming.map(yearPeriod));
  const removed = mode === 'replace-years' ? current.filter((o) => years.has(yearPeriod(o)) && !incomingKeys.has(observationKey(o))) : [];
  const kept = current.filter((o) => !incomingKeys.has(observationKey(o)) && !(mode === 'replace-years' && years.has(yearPeriod(o))));
  const result = [...kept, ...merged].sort((a, b) => a.year - b.year || a.area.localeCompare(b.area) || a.indicator.localeCompare(b.indicator) || slotOf(a) - slotOf(b));
  return { added, changed, unchanged, removed, result };
}

export interface DiffCounts {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  /** Observations in the dataset after the commit. */
  total: number;
}

/** One row of the dry run's table: what a commit would add, change or remove. */
export type ShownChange =
  | { kind: 'added'; before: null; after: Observation }
  | { kind: 'changed'; before: Observation; after: Observation }
  | { kind: 'removed'; before: Observation; after: null };

/** What the page needs of a diff: its counts and its first rows (added, then changed, then removed), never a million objects. */
export interface DiffSummary {
  counts: DiffCounts;
  shown: ShownChange[];
}

export function summarizeDiff(diff: DatasetDiff, limit: number): DiffSummary {
  const shown: ShownChange[] = [];
  for (const after of diff.added) if (shown.length < limit) shown.push({ kind: 'added', before: null, after });
  for (const c of diff.changed) if (shown.length < limit) shown.push({ kind: 'changed', before: c.before, after: c.after });
  for (const before of diff.removed) if (shown.length < limit) shown.push({ kind: 'removed', before, after: null });
  return {
    counts: { added: diff.added.length, changed: diff.changed.length, unchanged: diff.unchanged.length, removed: diff.removed.length, total: diff.result.length },
    shown,
  };
}
