/**
 * An office form, once read (workbook/read-form.ts), as the table the upload's checks already know: one
 * header, one row a unit (wide) or an indicator (long), each row under its own sheet row. The STT column
 * and the form's section headings go; the year read from the title becomes a "Năm" column (unless the
 * figure columns name their years: "Thực hiện năm 2024", "Ước thực hiện năm 2025"), a period within it
 * ("6 tháng đầu năm 2025", "quý I/2025") a "Kỳ" column, and a long
 * form's unit (named in the title, or chosen) an "Đơn vị" column. Number cells are written in the
 * locale of the sheet's own text figures, so one locale reads them all and no figure changes.
 */
import { AREA_LEVELS, type Area, type Indicator } from '../model';
import { issue, type Localized } from '../issues';
import { LocaleTally, type NumberLocale } from '../numbers/numbers';
import { foldText } from '../text/text-key';
import { cellText, type FormCell } from '../workbook/form-cells';
import { cellAddress } from '../workbook/cell-address';
import type { Chosen, FormIssue, FormReading } from '../workbook/read-form';
import { indicatorForName } from './column-mapping';
import { datedFigureOfLabel } from '../observations/figure-header';
import { fieldForHeader } from '../observations/header-aliases';
import { formPeriodCode } from '../workbook/form-period';
import * as say from './form-table-messages';

export interface FormTable {
  header: string[];
  /** `line`: the 1-based sheet row, so every issue names the row a person sees. */
  rows: { line: number; cells: string[] }[];
  numberLocale: NumberLocale;
  /** The sheet cell an issue at this row and column points at ("Biểu 01!D12"); the added columns point at their source. */
  cellOf: (line: number | null, column: string | null) => string | null;
  /** A long form's unit: the chosen one, or the one the title names. */
  area: Chosen<string> | null;
  issues: FormIssue[];
}

/** The names of the columns the form does not have but its title (or the analyst) gives. */
export const YEAR_COLUMN = 'Năm';
export const AREA_COLUMN = 'Đơn vị';
export const PERIOD_COLUMN = 'Kỳ';

const located = (severity: FormIssue['severity'], code: string, message: Localized, cell: string | null, value: string | null = null): FormIssue => ({
  ...issue(severity, code, { value }, message),
  cell,
  rowName: null,
});

export function formTable(reading: FormReading, catalog: { areas: readonly Area[]; indicators: readonly Indicator[] }, chosenArea?: string): FormTable {
  const kept = reading.columns.filter((c) => c.role !== 'row-number');
  const figureRows = reading.rows.filter((r) => !r.heading);
  const numberLocale = localeOf(figureRows.flatMap((r) => kept.map((c) => r.cells[c.col] ?? null)));
  const issues: FormIssue[] = [];
  const header = kept.map((c) => c.header);
  const extra: { name: string; value: string; cell: string | null }[] = [];

  const period = reading.period;
  // Columns of one year each ("Thực hiện năm 2024", "Ước thực hiện năm 2025") give their rows their years.
  const dated = kept.some((c) => datedFigureOfLabel(c.header) !== null);
  if (period?.value) {
    if (!dated) extra.push({ name: YEAR_COLUMN, value: String(period.value.year), cell: period.cell });
    // A form of part of the year ("BÁO CÁO 6 THÁNG ĐẦU NĂM 2025") gives its rows that period: never read as the year's.
    const code = formPeriodCode(period.value.period);
    if (code !== '' && !kept.some((c) => fieldForHeader(c.header) === 'period')) extra.push({ name: PERIOD_COLUMN, value: code, cell: period.cell });
  } else if (!dated && period?.source !== 'column') issues.push(located('error', 'form-no-year', say.noYear(reading.sheet), null));

  // A long form with no column of units is about one unit: the title's, or the analyst's.
  const oneUnit = reading.shape === 'long' && !kept.some((c) => c.role === 'area');
  const area = oneUnit ? longFormArea(reading, catalog.areas, chosenArea) : null;
  if (oneUnit) {
    if (area) extra.push({ name: AREA_COLUMN, value: area.value, cell: area.source === 'guess' ? areaCell(reading, area.value) : null });
    else issues.push(located('error', 'form-no-area', say.noArea(reading.sheet), null));
  }
  issues.push(...unitIssues(reading, catalog.indicators));

  const letterOf = new Map(kept.map((c) => [c.header, c.col] as const));
  const sourceOf = new Map(extra.map((e) => [e.name, e.cell] as const));
  const nameCol = reading.unitColumn?.value ?? reading.columns.find((c) => c.role === 'indicator')?.col ?? 0;
  const cellOf = (line: number | null, column: string | null): string | null => {
    if (column !== null && sourceOf.has(column)) return sourceOf.get(column) ?? null;
    if (line === null) return null;
    return cellAddress(reading.sheet, line - 1, (column !== null ? letterOf.get(column) : undefined) ?? nameCol);
  };
  return {
    header: [...header, ...extra.map((e) => e.name)],
    rows: figureRows.map((r) => ({ line: r.row, cells: [...kept.map((c) => written(r.cells[c.col] ?? null, numberLocale)), ...extra.map((e) => e.value)] })),
    numberLocale,
    cellOf,
    area,
    issues,
  };
}

/** The sheet's text figures decide the locale; a sheet of number cells only is read as English (plain digits). */
function localeOf(cells: readonly (FormCell | null)[]): NumberLocale {
  const tally = new LocaleTally();
  for (const cell of cells) if (cell?.kind === 'text') tally.add(cellText(cell));
  return tally.result().locale ?? 'en';
}

/** A cell as the CSV path would read it: a number in plain digits with the locale's decimal mark. */
function written(cell: FormCell | null, locale: NumberLocale): string {
  if (!cell || cell.kind === 'uncached') return '';
  if (cell.kind === 'number') {
    const plain = Number.isInteger(cell.value) || Math.abs(cell.value) >= 1e-6 ? String(cell.value) : cell.value.toFixed(12).replace(/0+$/, '');
    return locale === 'vi' ? plain.replace('.', ',') : plain;
  }
  return cellText(cell);
}

const RANK = new Map(AREA_LEVELS.map((level, i) => [level, i] as const));

/** The unit a long form is about: the analyst's choice, else the deepest unit the title (or the sheet's name) names. */
function longFormArea(reading: FormReading, areas: readonly Area[], chosen: string | undefined): Chosen<string> | null {
  if (chosen) {
    const area = areas.find((a) => a.id === chosen) ?? areas.find((a) => foldText(a.name) === foldText(chosen));
    if (area) return { value: area.name, source: 'option', reason: say.areaChosen(area.name) };
  }
  const texts = [...reading.title.map((t) => t.text), reading.sheet].map((t) => ` ${foldText(t).replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
  let best: Area | null = null;
  for (const area of areas) {
    const name = ` ${foldText(area.name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    if (name.trim().length < 3 || !texts.some((t) => t.includes(name))) continue;
    const better = !best || (RANK.get(area.level) ?? 0) > (RANK.get(best.level) ?? 0) || (area.level === best.level && area.name.length > best.name.length);
    if (better) best = area;
  }
  if (!best) return null;
  const where = areaCell(reading, best.name);
  return { value: best.name, source: 'guess', reason: say.areaFromTitle(best.name, where ?? reading.sheet) };
}

function areaCell(reading: FormReading, name: string): string | null {
  const folded = foldText(name);
  return reading.title.find((t) => foldText(t.text).includes(folded))?.cell ?? null;
}

/** A wide column's unit of measure that is not its indicator's: a figure a thousand times off, said at the header. */
function unitIssues(reading: FormReading, indicators: readonly Indicator[]): FormIssue[] {
  const out: FormIssue[] = [];
  for (const group of reading.groups) {
    const indicator = indicatorForName(group.indicator.replace(/\s*[([][^()[\]]*[)\]]\s*$/, ''), indicators);
    if (!indicator || group.unit === null) continue;
    const same = [indicator.unit, indicator.unitEn].some((u) => u !== undefined && foldText(u).replace(/\s+/g, '') === foldText(group.unit ?? '').replace(/\s+/g, ''));
    const col = group.plan ?? group.actual ?? group.percentOfPlan;
    if (!same && col !== null) out.push(located('warning', 'form-unit-differs', say.unitDiffers(group.indicator, group.unit, indicator.nameVi, indicator.unit), cellAddress(reading.sheet, reading.headerRow.value - 1, col), group.unit));
  }
  return out;
}
