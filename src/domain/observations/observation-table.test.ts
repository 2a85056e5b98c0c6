import { describe, expect, it } from 'vitest';
import type { Observation } from '../model';
import { Grouping } from './grouping';
import { ObservationTable, ObservationTableBuilder } from './observation-table';

const o = (area: string, year: number, indicator: string, plan: number | null, actual: number | null, reportedPercent: number | null = null, note = ''): Observation =>
  ({ area, year, indicator, plan, actual, reportedPercent, unit: '%', source: 'BC', note });

const rows = [o('a', 2020, 'x', 10, 12), o('b', 2020, 'x', null, 3, 50), o('a', 2021, 'y', 0, null, null, 'ước'), o('c', 2019, 'x', -1.5, 0)];

describe('ObservationTable', () => {
  it('gives back every row as it was: null stays null (never 0 or NaN), 0 stays 0, text and order kept', () => {
    const table = ObservationTable.from(rows);
    expect(table.length).toBe(4);
    expect(table.toObservations()).toEqual(rows);
    expect(table.rows([3, 0])).toEqual([rows[3], rows[0]]);
    expect(table.hasResult(1)).toBe(true);
    expect(table.hasResult(2)).toBe(false);
  });

  it('codes each distinct id and text once', () => {
    const { columns } = ObservationTable.from(rows);
    expect(columns.areaIds).toEqual(['a', 'b', 'c']);
    expect(columns.indicatorIds).toEqual(['x', 'y']);
    expect(columns.strings).toEqual(['%', 'BC', '', 'ước']);
  });

  it('takes rows by the codes it gave as it takes them by their values', () => {
    const builder = new ObservationTableBuilder(1);
    const num = (v: number | null) => v ?? NaN;
    for (const r of rows)
      builder.pushCoded(builder.areaCode(r.area), r.year, builder.indicatorCode(r.indicator), num(r.plan), num(r.actual), num(r.reportedPercent), builder.textCode(r.unit), builder.textCode(r.source), builder.textCode(r.note));
    expect(builder.build().toObservations()).toEqual(rows);
  });

  it('keeps a plan as printed only where a row has one, from the first such row on and across a concat, a removal and a growth', () => {
    const plain = ObservationTable.from(rows);
    expect(plain.columns.planText).toBeUndefined();
    const printed: Observation[] = [o('a', 2020, 'x', 8, 8.3), { ...o('b', 2020, 'x', 12, 11.4), planText: 'dưới 12%' }, o('c', 2020, 'x', 9, 9)];
    const builder = new ObservationTableBuilder(1);
    for (const r of printed) builder.push(r);
    const table = builder.build();
    expect(table.toObservations()).toEqual(printed);
    expect(table.planText(0)).toBe('');
    expect(table.planText(1)).toBe('dưới 12%');
    expect(ObservationTable.concat([plain, table]).toObservations()).toEqual([...rows, ...printed]);
    expect(table.without(Uint8Array.from([1, 0, 0])).toObservations()).toEqual(printed.slice(1));
    expect(ObservationTable.fromColumns(table.columns).toObservations()).toEqual(printed);
    expect(() => ObservationTable.fromColumns({ ...table.columns, planText: Uint32Array.from([0, 99, 0]) })).toThrow(/planText code 99/);
    expect(() => ObservationTable.fromColumns({ ...table.columns, planText: new Uint32Array(2) })).toThrow(/planText has 2 rows/);
  });

  it('grows past its first guess of the row count', () => {
    const builder = new ObservationTableBuilder(1);
    const many = Array.from({ length: 100 }, (_, k) => o(`a${k % 7}`, 2000 + (k % 25), 'x', k, k + 1));
    for (const r of many) builder.push(r);
    expect(builder.build().toObservations()).toEqual(many);
  });

  it('puts tables one after another as one, their dictionaries merged', () => {
    const more = [o('c', 2022, 'z', 1, 2, null, 'mới'), o('a', 2022, 'x', null, 7)];
    const table = ObservationTable.concat([ObservationTable.from(rows.slice(0, 2)), ObservationTable.from(rows.slice(2)), ObservationTable.from(more)]);
    expect(table.toObservations()).toEqual([...rows, ...more]);
    expect(table.columns.areaIds).toEqual(['a', 'b', 'c']);
    expect(table.columns.strings).toEqual(['%', 'BC', '', 'ước', 'mới']);
    expect(ObservationTable.concat([]).length).toBe(0);
  });

  it.each([
    ['a column of another length', (c: ReturnType<typeof columnsOf>) => ({ ...c, year: c.year.slice(0, 2) }), /column year has 2 rows, expected 4/],
    ['an area code past its dictionary', (c: ReturnType<typeof columnsOf>) => ({ ...c, areaIds: ['a'] }), /area code 1 out of range at row 1/],
    ['a text code past the strings', (c: ReturnType<typeof columnsOf>) => ({ ...c, strings: ['%'] }), /source code 1 out of range/],
    ['a negative length', (c: ReturnType<typeof columnsOf>) => ({ ...c, length: -1 }), /bad length/],
  ])('refuses columns from elsewhere with %s', (_, damage, message) => {
    expect(() => ObservationTable.fromColumns(damage(columnsOf()))).toThrow(message);
  });

  it('takes the dataset worker\'s columns as they are, their shape checked', () => {
    expect(ObservationTable.fromDatasetWorker(columnsOf()).toObservations()).toEqual(rows);
    expect(() => ObservationTable.fromDatasetWorker({ ...columnsOf(), year: columnsOf().year.slice(0, 2) })).toThrow(/column year has 2 rows, expected 4/);
    expect(() => ObservationTable.fromDatasetWorker({ ...columnsOf(), length: 1.5 })).toThrow(/bad length/);
  });
});

function columnsOf() {
  return { ...ObservationTable.from(rows).columns };
}

describe('Grouping', () => {
  it('lists each code’s rows in row order, and none for a code without rows or out of range', () => {
    const grouping = new Grouping([2, 0, 2, 1, 2], 5, 4);
    expect([...grouping.positionsOf(2)]).toEqual([0, 2, 4]);
    expect([...grouping.positionsOf(0)]).toEqual([1]);
    expect([...grouping.positionsOf(3)]).toEqual([]);
    expect([...grouping.positionsOf(9)]).toEqual([]);
    expect([...grouping.codes()]).toEqual([0, 1, 2]);
  });
});
