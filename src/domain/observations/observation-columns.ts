import type { Observation } from '../model';
import { FIGURE_KINDS, type FigureKind } from '../evaluation/figure-kind';
import { periodSlot, type PeriodCode } from '../periods/period-code';
/** The shape of an observation table's columns, the arrays that hold them, and the dictionaries that code its ids and texts. */

/**
 * Observations in columns: one typed array per field, areas and indicators coded by their position
 * in a dictionary, free text (unit, source, note) by its position in a string table. A million rows
 * take about 44 MB instead of some hundreds of MB of objects, cross from a worker to the page without
 * a copy (the buffers are transferred), and a view reads only its slice: a row becomes an
 * `Observation` object only when someone asks for it.
 *
 * A missing figure is NaN in its column and null in the row it gives back; a figure is never NaN
 * (the parsers refuse one), so the two never meet.
 */
export interface ObservationColumns {
  length: number;
  /** Codes into `areaIds`. */
  area: Uint32Array;
  /** Codes into `indicatorIds`. */
  indicator: Uint32Array;
  year: Uint16Array;
  plan: Float64Array;
  actual: Float64Array;
  reportedPercent: Float64Array;
  /** Codes into `strings`. */
  unit: Uint32Array;
  source: Uint32Array;
  note: Uint32Array;
  /**
   * The plan as printed when it is more than one number ("8 - 8,5%", "dưới 12%", "khoảng 9%"): codes into
   * `strings`, the empty text for a row without one; `plan` is then the plan's point (plan-status.ts).
   * Absent when no row has one (every table written before plans had forms).
   */
  planText?: Uint32Array | undefined;
  /** What kind of figure TH is (figure-kind.ts: estimate, preliminary, final, revised), as codes into `strings`; absent when no row says. */
  figureKind?: Uint32Array | undefined;
  /** The date of the report a row's figures come from (ISO "2025-12-15" or "2025-12"), as codes into `strings`; absent when no row says. */
  asOf?: Uint32Array | undefined;
  /** The figures a row's TH replaced (figure-history.ts), as codes into `strings`; absent when no row has any. */
  history?: Uint32Array | undefined;
  /** The period within the year (periods/period.ts: month-03, quarter-2, to-month-06), as codes into `strings`, the empty text for the year's figure; absent when every row is the year's. */
  period?: Uint32Array | undefined;
  areaIds: string[];
  indicatorIds: string[];
  strings: string[];
}

export const NUMERIC_COLUMNS = ['area', 'indicator', 'year', 'plan', 'actual', 'reportedPercent', 'unit', 'source', 'note'] as const;

/**
 * A copy of `text` that holds nothing else: a cell PapaParse cut from a chunk of a file keeps the whole
 * chunk alive for as long as it lives, and a table keeps its strings for as long as the dataset is open.
 */
export const detached = (text: string): string => (` ${text}`).slice(1);

/** Gives each distinct string a small code, in order of first appearance. */
export class Dictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      const own = detached(value);
      this.codes.set(own, code);
      this.values.push(own);
    }
    return code;
  }
}

export function allocate(n: number) {
  return {
    area: new Uint32Array(n), indicator: new Uint32Array(n), year: new Uint16Array(n),
    plan: new Float64Array(n), actual: new Float64Array(n), reportedPercent: new Float64Array(n),
    unit: new Uint32Array(n), source: new Uint32Array(n), note: new Uint32Array(n),
  };
}

/**
 * Texts a row may have beside its figures: each a column of codes into `strings`, made only when some row
 * has one (the empty text for a row without), so a table of plain rows carries none of them.
 */
export const TEXT_EXTRAS = ['planText', 'figureKind', 'asOf', 'history', 'period'] as const;
export type TextExtra = (typeof TEXT_EXTRAS)[number];
export type Extras = Partial<Record<TextExtra, string>>;
export const NO_EXTRAS: Extras = Object.freeze({});

/** A row's texts as the Observation holds them: a figure kind and a period only when they are one (a stored table is read back, not trusted). */
export function observationExtras(extras: Extras): Pick<Observation, 'planText' | 'figureKind' | 'asOf' | 'history' | 'period'> {
  if (extras.figureKind === undefined && extras.period === undefined) return extras as Omit<Extras, 'figureKind' | 'period'>;
  const { figureKind, period, ...rest } = extras;
  return {
    ...rest,
    ...(figureKind !== undefined && (FIGURE_KINDS as readonly string[]).includes(figureKind) ? { figureKind: figureKind as FigureKind } : {}),
    ...(period !== undefined && periodSlot(period) > 0 ? { period: period as PeriodCode } : {}),
  };
}
