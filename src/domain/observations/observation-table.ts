import type { Observation } from '../model';
import { allocate, Dictionary, NO_EXTRAS, NUMERIC_COLUMNS, observationExtras, TEXT_EXTRAS, type Extras, type ObservationColumns, type TextExtra } from './observation-columns';

export { detached, NO_EXTRAS, TEXT_EXTRAS, type Extras, type ObservationColumns, type TextExtra } from './observation-columns';

const toNumber = (value: number | null) => (value === null ? NaN : value);
const fromNumber = (value: number) => (Number.isNaN(value) ? null : value);

const [AREA, INDICATOR, UNIT, SOURCE, NOTE] = [0, 1, 2, 3, 4];

/** Builds columns row by row, growing its arrays as it goes: for parsers that do not know the row count. */
export class ObservationTableBuilder {
  private capacity: number;
  private size = 0;
  private columns: Omit<ObservationColumns, 'length' | 'areaIds' | 'indicatorIds' | 'strings'>;
  private readonly areas = new Dictionary();
  private readonly indicators = new Dictionary();
  private readonly strings = new Dictionary();
  /** The last area, indicator, unit, source and note coded, and their codes: rows in a row often share them, and a comparison is cheaper than a lookup. */
  private readonly lastTexts = ['', '', '', '', ''];
  private readonly lastCodes = new Int32Array([-1, -1, -1, -1, -1]);
  /** Each text beside the figures (TEXT_EXTRAS), made at the first row with one, the rows before it given the empty text. */
  private extras: Partial<Record<TextExtra, Uint32Array>> = {};

  constructor(expected = 1024) {
    this.capacity = Math.max(16, expected);
    this.columns = allocate(this.capacity);
  }

  push(o: Observation): void {
    this.pushValues(o.area, o.year, o.indicator, toNumber(o.plan), toNumber(o.actual), toNumber(o.reportedPercent), o.unit, o.source, o.note, o);
  }

  /** A row from its values, a missing figure as NaN: for readers that make no object per row. */
  pushValues(area: string, year: number, indicator: string, plan: number, actual: number, reportedPercent: number, unit: string, source: string, note: string, extras: Extras = NO_EXTRAS): void {
    if (this.size === this.capacity) this.grow();
    for (const name of TEXT_EXTRAS) {
      const text = extras[name] ?? '';
      if (text !== '' || this.extras[name]) this.setExtra(name, this.size, text === '' ? this.emptyCode() : this.strings.code(text));
    }
    const c = this.columns;
    const i = this.size++;
    c.area[i] = this.lastCode(AREA, this.areas, area);
    c.indicator[i] = this.lastCode(INDICATOR, this.indicators, indicator);
    c.year[i] = year;
    c.plan[i] = plan;
    c.actual[i] = actual;
    c.reportedPercent[i] = reportedPercent;
    c.unit[i] = this.lastCode(UNIT, this.strings, unit);
    c.source[i] = this.lastCode(SOURCE, this.strings, source);
    c.note[i] = this.lastCode(NOTE, this.strings, note);
  }

  /** The codes of an area, an indicator and a text (unit, source, note) in this table's dictionaries: for a reader that keeps them and pushes rows by codes. */
  areaCode(id: string): number {
    return this.areas.code(id);
  }

  indicatorCode(id: string): number {
    return this.indicators.code(id);
  }

  textCode(text: string): number {
    return this.strings.code(text);
  }

  /** A row by codes this builder gave (areaCode, indicatorCode, textCode), a missing figure as NaN; `extras` the texts' codes in TEXT_EXTRAS' order, -1 for none. */
  pushCoded(area: number, year: number, indicator: number, plan: number, actual: number, reportedPercent: number, unit: number, source: number, note: number, extras?: ArrayLike<number>): void {
    if (this.size === this.capacity) this.grow();
    for (let k = 0; k < TEXT_EXTRAS.length; k++) {
      const name = TEXT_EXTRAS[k]!;
      const code = extras?.[k] ?? -1;
      if (code >= 0 || this.extras[name]) this.setExtra(name, this.size, code >= 0 ? code : this.emptyCode());
    }
    const c = this.columns;
    const i = this.size++;
    c.area[i] = area;
    c.indicator[i] = indicator;
    c.year[i] = year;
    c.plan[i] = plan;
    c.actual[i] = actual;
    c.reportedPercent[i] = reportedPercent;
    c.unit[i] = unit;
    c.source[i] = source;
    c.note[i] = note;
  }

  private emptyCode(): number {
    return this.strings.code('');
  }

  /** Row i's code of a text beside its figures, the column made (the rows before given the empty text) at the first. */
  private setExtra(name: TextExtra, i: number, code: number) {
    let column = this.extras[name];
    if (!column) column = this.extras[name] = new Uint32Array(this.capacity).fill(this.emptyCode(), 0, i);
    column[i] = code;
  }

  private lastCode(field: number, dictionary: Dictionary, text: string): number {
    if (text === this.lastTexts[field] && this.lastCodes[field]! >= 0) return this.lastCodes[field]!;
    const code = dictionary.code(text);
    this.lastTexts[field] = text;
    this.lastCodes[field] = code;
    return code;
  }

  build(): ObservationTable {
    const c = this.columns;
    const n = this.size;
    return new ObservationTable({
      length: n,
      area: c.area.slice(0, n), indicator: c.indicator.slice(0, n), year: c.year.slice(0, n),
      plan: c.plan.slice(0, n), actual: c.actual.slice(0, n), reportedPercent: c.reportedPercent.slice(0, n),
      unit: c.unit.slice(0, n), source: c.source.slice(0, n), note: c.note.slice(0, n),
      ...Object.fromEntries(TEXT_EXTRAS.flatMap((name) => (this.extras[name] ? [[name, this.extras[name].slice(0, n)]] : []))),
      areaIds: this.areas.values, indicatorIds: this.indicators.values, strings: this.strings.values,
    });
  }

  private grow() {
    this.capacity *= 2;
    const next = allocate(this.capacity);
    for (const name of NUMERIC_COLUMNS) (next[name] as { set(a: ArrayLike<number>): void }).set(this.columns[name]);
    this.columns = next;
    for (const name of TEXT_EXTRAS) {
      const old = this.extras[name];
      if (!old) continue;
      const column = new Uint32Array(this.capacity);
      column.set(old);
      this.extras[name] = column;
    }
  }
}

export class ObservationTable {
  constructor(readonly columns: ObservationColumns) {}

  static from(observations: readonly Observation[]): ObservationTable {
    const builder = new ObservationTableBuilder(observations.length);
    for (const o of observations) builder.push(o);
    return builder.build();
  }

  /** Tables one after another, as one: their dictionaries merged, codes moved to the merged ones. */
  static concat(tables: readonly ObservationTable[]): ObservationTable {
    const n = tables.reduce((sum, t) => sum + t.length, 0);
    const out = allocate(n);
    const areas = new Dictionary();
    const indicators = new Dictionary();
    const strings = new Dictionary();
    const extras = TEXT_EXTRAS.flatMap((name) => (tables.some((t) => t.columns[name]) ? [[name, new Uint32Array(n)] as const] : []));
    let at = 0;
    for (const { columns: c } of tables) {
      for (const name of ['year', 'plan', 'actual', 'reportedPercent'] as const) out[name].set(c[name].subarray(0, c.length), at);
      const recode = (from: Uint32Array, to: Uint32Array, codes: Uint32Array) => {
        for (let i = 0; i < c.length; i++) to[at + i] = codes[from[i]!]!;
      };
      recode(c.area, out.area, Uint32Array.from(c.areaIds, (id) => areas.code(id)));
      recode(c.indicator, out.indicator, Uint32Array.from(c.indicatorIds, (id) => indicators.code(id)));
      const text = Uint32Array.from(c.strings, (value) => strings.code(value));
      for (const name of ['unit', 'source', 'note'] as const) recode(c[name], out[name], text);
      for (const [name, column] of extras) {
        const own = c[name];
        if (own) recode(own, column, text);
        else column.fill(strings.code(''), at, at + c.length);
      }
      at += c.length;
    }
    return new ObservationTable({ length: n, ...out, ...Object.fromEntries(extras), areaIds: areas.values, indicatorIds: indicators.values, strings: strings.values });
  }

  /** Columns received from elsewhere (storage, a worker), checked for shape and every code before any row is read. */
  static fromColumns(columns: ObservationColumns): ObservationTable {
    const n = ObservationTable.checkLengths(columns);
    const within = (codes: Uint32Array, size: number, name: string) => {
      for (let i = 0; i < n; i++) if (codes[i]! >= size) throw new Error(`observation table: ${name} code ${codes[i]} out of range at row ${i}`);
    };
    within(columns.area, columns.areaIds.length, 'area');
    within(columns.indicator, columns.indicatorIds.length, 'indicator');
    for (const name of ['unit', 'source', 'note'] as const) within(columns[name], columns.strings.length, name);
    for (const name of TEXT_EXTRAS) if (columns[name]) within(columns[name], columns.strings.length, name);
    return new ObservationTable(columns);
  }

  /**
   * Columns the app's dataset worker made (with ObservationTableBuilder, or checked by fromColumns as it
   * took each part): their shape is checked, their codes are not checked again. 1.7 million rows' codes
   * were some 30 ms on the page, in the wait for the first screen. Anything stored or from a file goes
   * through fromColumns.
   */
  static fromDatasetWorker(columns: ObservationColumns): ObservationTable {
    ObservationTable.checkLengths(columns);
    return new ObservationTable(columns);
  }

  private static checkLengths(columns: ObservationColumns): number {
    const n = columns.length;
    if (!Number.isInteger(n) || n < 0) throw new Error(`observation table: bad length ${String(n)}`);
    for (const name of NUMERIC_COLUMNS) if (columns[name]?.length !== n) throw new Error(`observation table: column ${name} has ${columns[name]?.length ?? 'no'} rows, expected ${n}`);
    for (const name of TEXT_EXTRAS) {
      const column: unknown = columns[name];
      if (column === undefined) continue;
      const length = column instanceof Uint32Array ? column.length : null;
      if (length !== n) throw new Error(`observation table: column ${name} has ${length ?? 'no'} rows, expected ${n}`);
    }
    return n;
  }

  get length(): number {
    return this.columns.length;
  }

  areaId(i: number): string {
    return this.columns.areaIds[this.columns.area[i]!]!;
  }

  indicatorId(i: number): string {
    return this.columns.indicatorIds[this.columns.indicator[i]!]!;
  }

  /** Whether the row has a result: TH or a printed % KH. */
  hasResult(i: number): boolean {
    return !Number.isNaN(this.columns.actual[i]!) || !Number.isNaN(this.columns.reportedPercent[i]!);
  }

  /** Row i's plan as printed, or the empty text when it is one number. */
  planText(i: number): string {
    return this.extra('planText', i);
  }

  /** Row i's text beside its figures (TEXT_EXTRAS), or the empty text. */
  extra(name: TextExtra, i: number): string {
    const codes = this.columns[name];
    return codes ? this.columns.strings[codes[i]!]! : '';
  }

  /** Row i's texts beside its figures, only those it has. */
  extras(i: number): Extras {
    let out: Extras | null = null;
    for (const name of TEXT_EXTRAS) {
      const text = this.extra(name, i);
      if (text !== '') (out ??= {})[name] = text;
    }
    return out ?? NO_EXTRAS;
  }

  /** Row i as the `Observation` the domain reads. */
  row(i: number): Observation {
    const c = this.columns;
    return {
      area: c.areaIds[c.area[i]!]!,
      year: c.year[i]!,
      indicator: c.indicatorIds[c.indicator[i]!]!,
      plan: fromNumber(c.plan[i]!),
      actual: fromNumber(c.actual[i]!),
      reportedPercent: fromNumber(c.reportedPercent[i]!),
      unit: c.strings[c.unit[i]!]!,
      source: c.strings[c.source[i]!]!,
      note: c.strings[c.note[i]!]!,
      ...observationExtras(this.extras(i)),
    };
  }

  rows(positions: ArrayLike<number>): Observation[] {
    const out = new Array<Observation>(positions.length);
    for (let k = 0; k < positions.length; k++) out[k] = this.row(positions[k]!);
    return out;
  }

  /** The rows not marked in `drop`, in order, as a table of their own. */
  without(drop: Uint8Array): ObservationTable {
    const builder = new ObservationTableBuilder(this.length);
    const c = this.columns;
    for (let i = 0; i < this.length; i++)
      if (!drop[i]) builder.pushValues(c.areaIds[c.area[i]!]!, c.year[i]!, c.indicatorIds[c.indicator[i]!]!, c.plan[i]!, c.actual[i]!, c.reportedPercent[i]!, c.strings[c.unit[i]!]!, c.strings[c.source[i]!]!, c.strings[c.note[i]!]!, this.extras(i));
    return builder.build();
  }

  /** Every row as objects: for the analyst's whole-dataset actions (export, publish), never for a view. */
  toObservations(): Observation[] {
    const out = new Array<Observation>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.row(i);
    return out;
  }

  /** The buffers to transfer with the columns (postMessage's transfer list). */
  transferables(): ArrayBuffer[] {
    const buffers = NUMERIC_COLUMNS.map((name) => this.columns[name].buffer as ArrayBuffer);
    for (const name of TEXT_EXTRAS) {
      const column = this.columns[name];
      if (column) buffers.push(column.buffer as ArrayBuffer);
    }
    return buffers;
  }
}
