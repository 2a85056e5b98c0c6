/**
 * A total row ("Tổng cộng", "Toàn tỉnh") checked against the sum of the rows, column by column. Whether a
 * column adds up is the indicator's to say (the caller knows it): every check carries the sum and the total,
 * and `additive` is the guess from the header (no "%", no rate "…/người", no % KH) for which a difference
 * beyond rounding is a warning.
 */
import { readLocaleNumber } from '../numbers/numbers';
import type { FormCell } from './form-cells';
import { collapse } from './form-cells';
import type { FormColumn } from './form-columns';

export interface TotalCheck {
  col: number;
  header: string;
  total: number;
  sum: number;
  /** Rows whose figure went into the sum; rows with no figure in the column are not counted. */
  rows: number;
  /** A difference beyond the total's own rounding (half a unit of its last decimal). */
  agrees: boolean;
  /** The header's guess that the column adds up over units; the caller decides by the indicator. */
  additive: boolean;
}

/** A cell's figure: a number, or a text number that reads one way only. */
export function figureOf(cell: FormCell | null | undefined): number | null {
  if (!cell) return null;
  if (cell.kind === 'number') return cell.value;
  if (cell.kind !== 'text') return null;
  const reading = readLocaleNumber(collapse(cell.value), 'auto');
  return reading.ok ? reading.value : null;
}

const decimals = (n: number): number => {
  const text = String(n);
  const dot = text.indexOf('.');
  return text.includes('e') ? 6 : dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
};

/** Columns whose figures may add up over the units: not a rate, not a percent, not % KH. */
export const additiveGuess = (column: FormColumn): boolean =>
  (column.role === 'plan' || column.role === 'actual' || column.role === 'value') && column.unit !== '%' && !/\//.test(column.unit ?? '') && !/%/.test(column.header);

const SUMMED: ReadonlySet<FormColumn['role']> = new Set(['plan', 'actual', 'value', 'percent_of_plan']);

export function checkTotal(totalCells: readonly (FormCell | null)[], rows: readonly (readonly (FormCell | null)[])[], columns: readonly FormColumn[]): TotalCheck[] {
  const checks: TotalCheck[] = [];
  for (const column of columns) {
    if (!SUMMED.has(column.role)) continue;
    const total = figureOf(totalCells[column.col]);
    if (total === null) continue;
    let sum = 0;
    let counted = 0;
    let places = decimals(total);
    for (const cells of rows) {
      const figure = figureOf(cells[column.col]);
      if (figure === null) continue;
      sum += figure;
      counted++;
      places = Math.max(places, Math.min(decimals(figure), decimals(total)));
    }
    const tolerance = Math.max(0.5 * 10 ** -decimals(total), Math.abs(total) * 1e-9);
    const roundedSum = Number(sum.toFixed(Math.min(places + 2, 12)));
    checks.push({ col: column.col, header: column.header, total, sum: roundedSum, rows: counted, agrees: Math.abs(roundedSum - total) <= tolerance, additive: additiveGuess(column) });
  }
  return checks;
}
