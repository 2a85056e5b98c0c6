import { defaultYear, type DatasetIndex } from '../../domain/dataset/dataset-index';
import { resolveParent, unitsUnder } from '../../domain/dataset/drill-down';

/** Gives the page back to the browser (input, paint) before the next step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * What the first view reads before it can draw, made in tasks of its own while the page still shows
 * its loading state: the index (a pass over the years), the shown year's grid, and the units of the
 * shown parent. At 1.7 million rows each is tens of milliseconds; made in the first render they were
 * one task of several hundred. Only a head start: every view still asks the index, which makes
 * anything not made here on first read.
 */
export async function warmIndex(index: () => DatasetIndex, search: URLSearchParams): Promise<void> {
  await nextTask();
  const made = index();
  const asked = Number(search.get('year'));
  const year = Number.isInteger(asked) && made.years.includes(asked) ? asked : defaultYear(made);
  if (year === undefined) return;
  await nextTask();
  made.prepareYear(year);
  await nextTask();
  const { parent } = resolveParent(made, search.get('in'));
  if (parent) unitsUnder(made, parent.id, year);
}
