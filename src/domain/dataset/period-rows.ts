import { periodSlotsOf, slotAt } from '../observations/period-slots';
import type { DatasetIndex } from './dataset-index';

/** A year's period rows by area|indicator, made once per index and year: a table of 38 communes reads it 76 times. */
const byUnit = new WeakMap<DatasetIndex, Map<number, Map<string, number[]>>>();

/**
 * Positions of one unit × indicator's rows of a year's periods that pass `keep` (given each row's period slot):
 * the months, quarters and running totals of the in-year view, the multi-year targets ending that year.
 */
export function periodRowsOf(index: DatasetIndex, year: number, area: string, indicator: string, keep: (slot: number) => boolean): number[] {
  let years = byUnit.get(index);
  if (!years) byUnit.set(index, (years = new Map<number, Map<string, number[]>>()));
  let groups = years.get(year);
  if (!groups) {
    groups = new Map();
    const c = index.table.columns;
    for (const i of index.periodPositions(year)) {
      const key = `${c.areaIds[c.area[i]!]}|${c.indicatorIds[c.indicator[i]!]}`;
      const list = groups.get(key);
      if (list) list.push(i);
      else groups.set(key, [i]);
    }
    years.set(year, groups);
  }
  const slots = periodSlotsOf(index.table);
  return (groups.get(`${area}|${indicator}`) ?? []).filter((i) => keep(slotAt(slots, i)));
}
