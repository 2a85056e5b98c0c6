import { ObservationTable, ObservationTableBuilder, TEXT_EXTRAS, type Extras } from '../observations/observation-table';
import { observationExtras } from '../observations/observation-columns';
import { historyAfter } from '../evaluation/figure-history';
import type { Observation } from '../model';
import type { DiffSummary, MergeMode, ShownChange } from './diff';
import { PERIOD_SLOTS } from '../periods/period-code';
import { periodSlotsOf, slotAt } from '../observations/period-slots';

/**
 * The upload's dry run on columns, computed once for both merge modes: which of the file's rows a
 * commit adds, changes or leaves as they are (the same in both modes), and which stored rows it
 * removes (replace-years) or keeps. No object per row: rows are positions in the two tables, matched
 * by a numeric key, and an `Observation` is made only for the few rows the page lists.
 *
 * It gives exactly what `diffObservations` + `summarizeDiff` give (dry-run.test.ts checks it on
 * generated data, both modes), and `merged(mode)` the same table as `ObservationTable.from(diff.result)`.
 */
export class DryRun {
  /** Per row of the file: its stored row of the same key, or -1. */
  private readonly match: Int32Array;
  /** Per row of the file: ADDED, CHANGED or UNCHANGED. */
  private readonly kind: Uint8Array;
  /** Per stored row: whether the file has a row of its key (a commit replaces it in both modes). */
  private readonly replaced: Uint8Array;
  /** Per year × period slot: whether the file has a row of that year and period (replace-years swaps the whole year's figures, or the whole period's). */
  private readonly fileYears = new Uint8Array(YEARS * PERIOD_SLOTS);
  /** The two tables' period slots (period-slots.ts), null for a table of the year's figures only. */
  private readonly storedSlots: Int8Array | null;
  private readonly fileSlots: Int8Array | null;
  /** Per row of the file that replaces a stored figure: its history once it does (figure-history.ts), when that is not the file's own. */
  private readonly histories = new Map<number, string>();

  constructor(readonly history: ObservationTable, readonly incoming: ObservationTable) {
    const h = history.columns;
    const f = incoming.columns;
    const indicatorCount = h.indicatorIds.length;
    // Keys dense over the stored years, so that they stay small integers (a national dataset has 3,300 areas × 50 indicators).
    let firstYear = YEARS;
    let lastYear = -1;
    for (let i = 0; i < h.length; i++) {
      if (h.year[i]! < firstYear) firstYear = h.year[i]!;
      if (h.year[i]! > lastYear) lastYear = h.year[i]!;
    }
    const yearSpan = Math.max(0, lastYear - firstYear + 1);
    const hs = (this.storedSlots = periodSlotsOf(history));
    const fs = (this.fileSlots = periodSlotsOf(incoming));
    const keyOf = (area: number, indicator: number, year: number, slot: number) => ((area * indicatorCount + indicator) * yearSpan + (year - firstYear)) * PERIOD_SLOTS + slot;
    const byKey = new Map<number, number>();
    // As a Map of the stored rows by key: when two stored rows share a key, the later one is the one compared.
    for (let i = 0; i < h.length; i++) byKey.set(keyOf(h.area[i]!, h.indicator[i]!, h.year[i]!, slotAt(hs, i)), i);
    const areaOf = codesIn(f.areaIds, h.areaIds);
    const indicatorOf = codesIn(f.indicatorIds, h.indicatorIds);
    const stringOf = codesIn(f.strings, h.strings);
    this.match = new Int32Array(f.length);
    this.kind = new Uint8Array(f.length);
    const hit = new Uint8Array(h.length);
    for (let i = 0; i < f.length; i++) {
      const year = f.year[i]!;
      const slot = slotAt(fs, i);
      this.fileYears[year * PERIOD_SLOTS + slot] = 1;
      const area = areaOf[f.area[i]!]!;
      const indicator = indicatorOf[f.indicator[i]!]!;
      const j = area < 0 || indicator < 0 || year < firstYear || year > lastYear ? undefined : byKey.get(keyOf(area, indicator, year, slot));
      if (j === undefined) {
        this.match[i] = -1;
        this.kind[i] = ADDED;
        continue;
      }
      this.match[i] = j;
      hit[j] = 1;
      const history = historyAfter(this.figureOf(this.history, j), this.figureOf(this.incoming, i));
      if (history !== this.incoming.extra('history', i)) this.histories.set(i, history);
      const same = sameNumber(h.plan[j]!, f.plan[i]!) && sameNumber(h.actual[j]!, f.actual[i]!) && sameNumber(h.reportedPercent[j]!, f.reportedPercent[i]!)
        && h.unit[j] === stringOf[f.unit[i]!] && h.source[j] === stringOf[f.source[i]!] && h.note[j] === stringOf[f.note[i]!]
        && TEXT_EXTRAS.every((name) => this.history.extra(name, j) === (name === 'history' ? history : this.incoming.extra(name, i)));
      this.kind[i] = same ? UNCHANGED : CHANGED;
    }
    if (byKey.size === h.length) this.replaced = hit;
    else {
      // Stored rows that share a key: each of them goes when the file has the key.
      this.replaced = new Uint8Array(h.length);
      for (let i = 0; i < h.length; i++) this.replaced[i] = hit[byKey.get(keyOf(h.area[i]!, h.indicator[i]!, h.year[i]!, slotAt(hs, i)))!]!;
    }
  }

  /** What figure-history.ts reads of row i of a table. */
  private figureOf(table: ObservationTable, i: number) {
    const actual = table.columns.actual[i]!;
    return { actual: Number.isNaN(actual) ? null : actual, ...observationExtras(table.extras(i)) };
  }

  /** Row i of the file's texts as a commit stores them: with the history it gets by replacing a stored figure. */
  private fileExtras(i: number): Extras {
    const history = this.histories.get(i);
    return history === undefined ? this.incoming.extras(i) : { ...this.incoming.extras(i), history };
  }

  private fileRow(i: number) {
    const history = this.histories.get(i);
    if (history === undefined) return this.incoming.row(i);
    const row: Observation = { ...this.incoming.row(i), history };
    if (!history) delete row.history;
    return row;
  }

  /** Whether the file has figures of stored row i's year and period. */
  private inFileYears(i: number): boolean {
    return this.fileYears[this.history.columns.year[i]! * PERIOD_SLOTS + slotAt(this.storedSlots, i)] === 1;
  }

  /** Stored rows a commit in this mode leaves in place. */
  private keeps(i: number, mode: MergeMode): boolean {
    return !this.replaced[i] && !(mode === 'replace-years' && this.inFileYears(i));
  }

  /** Stored rows of the file's years (and periods) that the file does not have (replace-years only). */
  private removes(i: number, mode: MergeMode): boolean {
    return mode === 'replace-years' && !this.replaced[i] && this.inFileYears(i);
  }

  /** Counts and the first `limit` changes (added, then changed, then removed), as summarizeDiff gives them. */
  summary(mode: MergeMode, limit: number): DiffSummary {
    const counts = { added: 0, changed: 0, unchanged: 0, removed: 0, total: this.incoming.length };
    const shown: ShownChange[] = [];
    const changed: ShownChange[] = [];
    for (let i = 0; i < this.incoming.length; i++) {
      const kind = this.kind[i];
      if (kind === ADDED) {
        if (counts.added++ < limit) shown.push({ kind: 'added', before: null, after: this.incoming.row(i) });
      } else if (kind === CHANGED) {
        if (counts.changed++ < limit) changed.push({ kind: 'changed', before: this.history.row(this.match[i]!), after: this.fileRow(i) });
      } else counts.unchanged++;
    }
    shown.push(...changed.slice(0, limit - shown.length));
    for (let i = 0; i < this.history.length; i++) {
      if (this.keeps(i, mode)) counts.total++;
      else if (this.removes(i, mode)) {
        counts.removed++;
        if (shown.length < limit) shown.push({ kind: 'removed', before: this.history.row(i), after: null });
      }
    }
    return { counts, shown };
  }

  /** The stored rows with the file's merged in: kept rows, then the file's, sorted by year, area and indicator. */
  merged(mode: MergeMode): ObservationTable {
    const h = this.history.columns;
    const f = this.incoming.columns;
    let kept = 0;
    for (let i = 0; i < h.length; i++) if (this.keeps(i, mode)) kept++;
    // Positions in [...kept, ...file]: below h.length a stored row, above it a row of the file.
    const order = new Uint32Array(kept + f.length);
    let k = 0;
    for (let i = 0; i < h.length; i++) if (this.keeps(i, mode)) order[k++] = i;
    for (let i = 0; i < f.length; i++) order[k++] = h.length + i;
    const rank = (hIds: string[], fIds: string[]) => {
      const ranks = ranksOf([...hIds, ...fIds]);
      return { h: ranks.subarray(0, hIds.length), f: ranks.subarray(hIds.length), size: hIds.length + fIds.length };
    };
    const areas = rank(h.areaIds, f.areaIds);
    const indicators = rank(h.indicatorIds, f.indicatorIds);
    let minYear = Infinity;
    let maxYear = -Infinity;
    for (const p of order) {
      const year = p < h.length ? h.year[p]! : f.year[p - h.length]!;
      if (year < minYear) minYear = year;
      if (year > maxYear) maxYear = year;
    }
    // A stable sort by year, then area, then indicator (the names in localeCompare's order), then period, as counting sorts, least significant first.
    const sorted = [
      { size: PERIOD_SLOTS, key: (p: number) => (p < h.length ? slotAt(this.storedSlots, p) : slotAt(this.fileSlots, p - h.length)) },
      { size: indicators.size, key: (p: number) => (p < h.length ? indicators.h[h.indicator[p]!]! : indicators.f[f.indicator[p - h.length]!]!) },
      { size: areas.size, key: (p: number) => (p < h.length ? areas.h[h.area[p]!]! : areas.f[f.area[p - h.length]!]!) },
      { size: order.length === 0 ? 0 : maxYear - minYear + 1, key: (p: number) => (p < h.length ? h.year[p]! : f.year[p - h.length]!) - minYear },
    ].reduce<Uint32Array>((positions, { size, key }) => countingSort(positions, size, key), order);
    const builder = new ObservationTableBuilder(sorted.length);
    for (const p of sorted) {
      const [table, i] = p < h.length ? [h, p] : [f, p - h.length];
      builder.pushValues(table.areaIds[table.area[i]!]!, table.year[i]!, table.indicatorIds[table.indicator[i]!]!, table.plan[i]!, table.actual[i]!, table.reportedPercent[i]!,
        table.strings[table.unit[i]!]!, table.strings[table.source[i]!]!, table.strings[table.note[i]!]!, p < h.length ? this.history.extras(i) : this.fileExtras(i));
    }
    return builder.build();
  }
}

const ADDED = 0;
const CHANGED = 1;
const UNCHANGED = 2;
/** Years are Uint16 in the columns. */
const YEARS = 65536;

/** Two figures alike as the objects' `===` reads them: a missing figure (NaN in a column, null in a row) equals only another. */
const sameNumber = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** For each string of `from`, its code in `to`, or -1. */
function codesIn(from: readonly string[], to: readonly string[]): Int32Array {
  const codes = new Map(to.map((s, i) => [s, i]));
  return Int32Array.from(from, (s) => codes.get(s) ?? -1);
}

/** Each string's rank in localeCompare's order, equal strings (and strings it calls equal) sharing one. */
function ranksOf(values: readonly string[]): Uint32Array {
  const byName = values.map((_, i) => i).sort((a, b) => values[a]!.localeCompare(values[b]!));
  const ranks = new Uint32Array(values.length);
  let rank = 0;
  for (let k = 0; k < byName.length; k++) {
    if (k > 0 && values[byName[k]!]!.localeCompare(values[byName[k - 1]!]!) !== 0) rank++;
    ranks[byName[k]!] = rank;
  }
  return ranks;
}

/** `positions` reordered by `key` (0 ≤ key < size), stable. */
function countingSort(positions: Uint32Array, size: number, key: (p: number) => number): Uint32Array {
  const starts = new Uint32Array(size + 1);
  for (const p of positions) starts[key(p) + 1]!++;
  for (let k = 1; k <= size; k++) starts[k]! += starts[k - 1]!;
  const out = new Uint32Array(positions.length);
  for (const p of positions) out[starts[key(p)]!++] = p;
  return out;
}
