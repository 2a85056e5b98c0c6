import { periodSlot } from '../periods/period-code';
import type { ObservationTable } from './observation-table';

const made = new WeakMap<ObservationTable, Int8Array | null>();

/**
 * Each row's period as a slot (periods/period.ts: 0 the year's figure, 1… a period in report order, -1 a
 * text that is no period), made once per table; null when every row is the year's.
 */
export function periodSlotsOf(table: ObservationTable): Int8Array | null {
  const known = made.get(table);
  if (known !== undefined) return known;
  const codes = table.columns.period;
  let slots: Int8Array | null = null;
  if (codes) {
    slots = new Int8Array(table.length);
    const ofCode = new Map<number, number>();
    for (let i = 0; i < table.length; i++) {
      const code = codes[i]!;
      let slot = ofCode.get(code);
      if (slot === undefined) ofCode.set(code, (slot = periodSlot(table.columns.strings[code]!)));
      slots[i] = slot;
    }
  }
  made.set(table, slots);
  return slots;
}

/** Row i's slot from `periodSlotsOf`'s answer: 0 where the table has no periods. */
export const slotAt = (slots: Int8Array | null, i: number): number => (slots ? slots[i]! : 0);
