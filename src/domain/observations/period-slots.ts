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

/**
 * Each row's code where its slot is `shown`, else `past` (a bucket no lookup reads); the codes themselves when no
 * row has a period. Plain loops: a typed array's from/map with a callback took 30–50 ms over 270,000 monthly rows.
 */
export function codesOfSlot<T extends ArrayLike<number>>(codes: T, slots: Int8Array | null, shown: number, past: number): T | Uint32Array {
  if (!slots && shown === 0) return codes;
  const out = new Uint32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = slotAt(slots, i) === shown ? codes[i]! : past;
  return out;
}

/** Each value less `min`: a year as its offset from the first. */
export function offsetsFrom(values: ArrayLike<number>, min: number): Uint32Array {
  const out = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]! - min;
  return out;
}
