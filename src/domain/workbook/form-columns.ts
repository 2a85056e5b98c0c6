/**
 * What each column of a form is: the row number (STT), the unit column (Xã, phường), the indicator and its
 * unit of measure (a long form), plan / actual / % KH (by the header aliases the CSV path knows, and % KH
 * only when the header says so), source, note, year, or a plain value. And the form's shape: `long` when a
 * column names the indicator, else `wide` with the indicator groups the merged header draws.
 */
import { foldText } from '../text/text-key';
import { fieldForHeader, type ObservationField } from '../observations/header-aliases';
import { columnLetters } from './cell-address';
import { isRowNumberHeader, unitFromHeader } from './form-words';
import { headerLeaf, percentColumnVerdict, type PercentVerdict } from './percent-verdict';

/** The row number, one of the observation fields the CSV path knows, or a figure of the form's own. */
export type ColumnRole = 'row-number' | ObservationField | 'value';

export interface FormColumn {
  /** 0-based sheet column, and its letters. */
  col: number;
  letter: string;
  /** The joined header ("Thu ngân sách nhà nước trên địa bàn (tỷ đồng) › Thực hiện") and its rows. */
  header: string;
  segments: string[];
  role: ColumnRole;
  /** The unit of measure from the header's brackets, the nearest segment first. */
  unit: string | null;
  /** Whether the header says % KH, and why: on every column whose header holds "%" or a % KH word. */
  percent: PercentVerdict | null;
}

export type FormShape = 'wide' | 'long';

/** A wide form's indicator: the header's upper rows, with its plan, actual and % KH columns (0-based). */
export interface IndicatorGroup {
  indicator: string;
  unit: string | null;
  plan: number | null;
  actual: number | null;
  percentOfPlan: number | null;
  /** Columns of the group that are none of those (a single-column indicator's figure). */
  values: number[];
}

/** "Kế hoạch năm 2025", "Ước thực hiện (3)", "KH giao", "Thực hiện 6 tháng": the words that name the role, folded. */
const roleWords = (text: string) =>
  foldText(text.replace(/\([^)]*\)/g, ' '))
    .replace(/\b(\d{1,2} thang( dau nam)?|quy [ivx\d]+|thang \d{1,2}|ca nam|nam|giao|uoc|(19|20)\d\d)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function roleOf(header: string, leaf: string, verdict: PercentVerdict | null): ColumnRole {
  if (isRowNumberHeader(leaf) || isRowNumberHeader(header)) return 'row-number';
  if (verdict?.percentOfPlan) return 'percent_of_plan';
  const field = fieldForHeader(leaf) ?? fieldForHeader(roleWords(leaf)) ?? fieldForHeader(header) ?? fieldForHeader(roleWords(header));
  return field === 'percent_of_plan' || field === null ? 'value' : field;
}

export function formColumn(col: number, segments: string[]): FormColumn {
  const header = segments.join(' › ');
  const leaf = headerLeaf(header);
  const verdict = /%|so sánh|so sanh|đạt|dat|th\/kh/i.test(header) ? percentColumnVerdict(header) : null;
  const unit = [...segments].reverse().map(unitFromHeader).find((u) => u !== null) ?? null;
  return { col, letter: columnLetters(col), header, segments, role: roleOf(header, leaf, verdict), unit, percent: verdict };
}

export const shapeOf = (columns: readonly FormColumn[]): FormShape => (columns.some((c) => c.role === 'indicator') ? 'long' : 'wide');

const GROUPED: ReadonlySet<ColumnRole> = new Set(['plan', 'actual', 'percent_of_plan', 'value']);

/** The group a column belongs to: its upper header rows, or the text before " - Kế hoạch". */
function groupName(column: FormColumn): string {
  if (column.segments.length > 1) return column.segments.slice(0, -1).join(' › ');
  const leaf = headerLeaf(column.header);
  return leaf !== column.header && column.role !== 'value' ? column.header.slice(0, column.header.length - leaf.length).replace(/\s*[-–]\s*$/, '') : column.header;
}

/** The indicator groups of a wide form, in the order of their first column. */
export function indicatorGroups(columns: readonly FormColumn[]): IndicatorGroup[] {
  const groups = new Map<string, IndicatorGroup>();
  for (const column of columns) {
    if (!GROUPED.has(column.role)) continue;
    const name = groupName(column);
    let group = groups.get(name);
    if (!group) {
      group = { indicator: name, unit: unitFromHeader(name) ?? column.unit, plan: null, actual: null, percentOfPlan: null, values: [] };
      groups.set(name, group);
    }
    const slot = column.role === 'plan' ? 'plan' : column.role === 'actual' ? 'actual' : column.role === 'percent_of_plan' ? 'percentOfPlan' : null;
    if (slot && group[slot] === null) group[slot] = column.col;
    else group.values.push(column.col);
  }
  return [...groups.values()];
}
