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
