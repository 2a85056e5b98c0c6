/**
 * The views' choice of period (Kỳ): the year by default, or a period within it the data has figures of
 * ("Lũy kế 6 tháng", "Quý I"). A period's index reads that period's figures where the year's reads the
 * year's, each against the year's plan (period-evaluation.ts), so every view shows a period as it shows a year.
 */
import type { PeriodCode } from '../model';
import { periodSlotsOf } from '../observations/period-slots';
import { isInYearSlot, PERIOD_CODES, periodSlot } from '../periods/period-code';
import { createDatasetIndex, type DatasetIndex } from './dataset-index';

const views = new WeakMap<DatasetIndex, Map<number, DatasetIndex>>();

/** The index of one period's figures (made once per index and period); the year's index itself for the year (''). */
export function periodIndex(yearIndex: DatasetIndex, period: PeriodCode | ''): DatasetIndex {
  const slot = periodSlot(period);
  if (slot <= 0 || !isInYearSlot(slot)) return yearIndex;
  let made = views.get(yearIndex);
  if (!made) views.set(yearIndex, (made = new Map<number, DatasetIndex>()));
  let index = made.get(slot);
  if (!index) made.set(slot, (index = createDatasetIndex({ ...yearIndex.dataset, table: yearIndex.table }, undefined, { slot, yearIndex })));
  return index;
}

const present = new WeakMap<DatasetIndex, PeriodCode[]>();

/** The periods within the year that the data has figures of, in report order (a pass over the rows, once). */
export function periodsOf(index: DatasetIndex): PeriodCode[] {
  let list = present.get(index);
  if (!list) {
    const slots = periodSlotsOf(index.table);
    const seen = new Uint8Array(PERIOD_CODES.length + 1);
    if (slots) for (let i = 0; i < slots.length; i++) if (isInYearSlot(slots[i]!)) seen[slots[i]!] = 1;
    present.set(index, (list = PERIOD_CODES.filter((_, k) => seen[k + 1] === 1)));
  }
  return list;
}
