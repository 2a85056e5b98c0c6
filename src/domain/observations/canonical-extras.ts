/**
 * The canonical file's columns added after the first nine (plan_text; figure_kind and as_of; history; period), as the fast
 * reading takes them: only exactly as publish writes them, else the row goes to the general reader.
 */
import type { Direction } from '../model';
import { planFormOf } from '../evaluation/plan-status';
import { FIGURE_KINDS, readAsOf } from '../evaluation/figure-kind';
import { readHistory, writeHistory } from '../evaluation/figure-history';
import { OBSERVATION_FIELDS } from './header-aliases';
import { isMultiYear, periodSlot, yearsSpan } from '../periods/period-code';
import { multiYearPlanOf } from '../periods/multi-year';
import type { ObservationTableBuilder } from './observation-table';

/** The headers read: the canonical columns up to one added later (9: before plan_text; 10: before figure_kind and as_of; 12: before history; 13: before period; 14). */
export const WIDTHS = [9, 10, 12, 13, OBSERVATION_FIELDS.length];
export const widthOfHeader = (line: string): number => WIDTHS.find((w) => line === OBSERVATION_FIELDS.slice(0, w).join(',')) ?? 0;
export const [PLAN_TEXT, FIGURE_KIND, AS_OF, HISTORY, PERIOD] = [9, 10, 11, 12, 13];
const ISO_AS_OF = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;

/**
 * A row's texts beside its figures, their codes into `codes` (TEXT_EXTRAS' order, -1 for none): the row's
 * period slot (0 for the year's figure); -1 for a row the general reader must read.
 */
export function readExtras(cells: readonly string[], columns: number, year: number, plan: number, direction: Direction, builder: ObservationTableBuilder, freeOk: (text: string) => boolean, codes: Int32Array): number {
  const ok = readTexts(cells, columns, plan, direction, builder, freeOk, codes);
  if (!ok || columns <= PERIOD) return ok ? 0 : -1;
  // A period exactly as publish writes it (a code); any other spelling the general reader reads and words.
  const period = cells[PERIOD]!;
  if (period === '') return 0;
  const slot = periodSlot(period);
  // A multi-year target is a row of its last year.
  if (isMultiYear(period) && yearsSpan(period)!.last !== year) return -1;
  if (slot > 0) codes[4] = builder.textCode(period);
  return slot > 0 ? slot : -1;
}

function readTexts(cells: readonly string[], columns: number, plan: number, direction: Direction, builder: ObservationTableBuilder, freeOk: (text: string) => boolean, codes: Int32Array): boolean {
  codes.fill(-1);
  const planText = columns > PLAN_TEXT ? cells[PLAN_TEXT]! : '';
  if (planText !== '') {
    // A plan as printed must read as a plan whose point is the plan column's (what the general reader checks and words);
    // a multi-year target's, with the words of its measure ("tăng bình quân 9 - 10%/năm").
    const multiYear = columns > PERIOD && isMultiYear(cells[PERIOD]!);
    if (Number.isNaN(plan) || planText.startsWith("'") || !freeOk(planText)) return false;
    if (multiYear ? multiYearPlanOf(planText, plan, direction) === null : planFormOf(planText, plan, direction) === null) return false;
    codes[0] = builder.textCode(planText);
  }
  if (columns <= AS_OF) return true;
  // A kind and a date exactly as publish writes them ("estimate", "2025-12-15"); any other spelling the general reader reads and words.
  const kind = cells[FIGURE_KIND]!;
  const asOf = cells[AS_OF]!;
  if (kind !== '') {
    if (!(FIGURE_KINDS as readonly string[]).includes(kind)) return false;
    codes[1] = builder.textCode(kind);
  }
  if (asOf !== '') {
    if (!ISO_AS_OF.test(asOf) || readAsOf(asOf) === null) return false;
    codes[2] = builder.textCode(asOf);
  }
  if (columns <= HISTORY) return true;
  // A history exactly as publish writes it; any other the general reader refuses at its cell.
  const history = cells[HISTORY]!;
  if (history !== '') {
    const records = readHistory(history);
    if (records === null || writeHistory(records) !== history) return false;
    codes[3] = builder.textCode(history);
  }
  return true;
}
