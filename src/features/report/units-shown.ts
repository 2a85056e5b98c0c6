/**
 * How many of a report's units are in the page: a country's 3,300 unit sections and summary rows
 * mounted in one render were a task of over a second; a part per task, the page answers between them.
 */

/** Units added to the page per task once the report's model is made. */
export const UNITS_PER_TASK = 50;

/** The units shown first: all of a short report, else the first part. */
export const firstShown = (total: number, perTask: number, all: boolean): number => (all ? total : Math.min(total, perTask));

/** The units shown after one more task: one more part, never past the total. */
export const nextShown = (shown: number, total: number, perTask: number): number => Math.min(total, shown + Math.max(1, perTask));

/** The parts [from, to) of the first `shown` items, UNITS_PER_TASK each: each part is rendered once, as it comes. */
export function chunksOf(shown: number, perTask: number = UNITS_PER_TASK): [number, number][] {
  const parts: [number, number][] = [];
  for (let from = 0; from < shown; from += perTask) parts.push([from, Math.min(shown, from + perTask)]);
  return parts;
}
