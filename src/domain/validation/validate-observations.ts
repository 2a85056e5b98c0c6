import { observationKey, type Observation } from '../model';
import { formatPeriod, isMultiYear, PERIOD_SLOTS, periodOfSlot, readPeriod } from '../periods/period';
import { periodSlotsOf, slotAt } from '../observations/period-slots';
import { isError, issue, type Localized, type ParseIssue } from '../issues';
import { resolveDuplicates } from './resolve-duplicates';
import { parseLocaleNumber } from '../numbers/numbers';
import { quickLocaleNumber } from '../numbers/number-scan';
import { percentOfPlan } from '../evaluation/percent-of-plan';
import { PERCENT_TOLERANCE_POINTS } from '../evaluation/evaluate';
import { checkPlanText, readPlanCell, type PlanCell } from './plan-cells';
import { isProvisional } from '../evaluation/figure-kind';
import { finalFigures, readFigureCells, replacesFinalMessage } from './figure-kind-messages';
import { NO_EXTRAS, ObservationTable, ObservationTableBuilder } from '../observations/observation-table';
import type { ObservationField } from '../observations/header-aliases';
import { createAreaLookup, createIndicatorLookup, createTextChecks, indexHistory } from './validation-lookups';
import { YEARS } from '../limits';
import {
  aliasedOutOfForceMessage, emptyAreaMessage, magnitudeMessage, NO_FIGURE, NOT_FINITE, numberMessage, outOfForceMessage, percentMismatchMessage,
  unitMessage, unknownAreaMessage, unknownIndicatorMessage, yearMessage,
} from './validation-messages';
import type { AreaAliasUse, RawObservation, RowSource, ValidationContext, ValidationProgress } from './validation-types';
import { PercentColumnTally, type PercentColumnCheck } from './percent-column-check';
import { rawRowSource } from './validation-types';
export { outOfForceMessage };
export { rawRowSource, type AreaAliasUse, type RawObservation, type RowSource, type ValidationContext, type ValidationProgress } from './validation-types';

const text = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v.trim() : String(v).trim());
const list = (labels: string[]) => labels.join(', ');

/** Cells that name things: no control character at all, and a formula-like start is warned about. */
const NAME_FIELDS = ['area', 'indicator', 'unit'] as const;
const FIGURE_FIELDS = ['plan', 'actual', 'percent_of_plan'] as const;
const FIGURE_CODES = new Set([...FIGURE_FIELDS, 'plan_text'].map((f) => `invalid-${f}`));

export interface ValidatedRows {
  /** The rows that passed, in the file's order. */
  table: ObservationTable;
  issues: ParseIssue[];
  areaAliasesUsed: AreaAliasUse[];
  /** Every row checked, kept or not. */
  areaYears: AreaYearRows;
  /** Each % KH column's rows checked against their own plan and actual (percent-column-check.ts). */
  percentColumns: PercentColumnCheck[];
}

/** The rows' figures as objects: for callers that read a few thousand rows (catalog files, JSON, tests). */
export function validateObservations(raws: readonly RawObservation[], ctx: ValidationContext, onProgress?: ValidationProgress): { observations: Observation[]; issues: ParseIssue[]; areaAliasesUsed: AreaAliasUse[] } {
  const { table, issues, areaAliasesUsed } = validateRows(rawRowSource(raws), ctx, onProgress);
  return { observations: table.toObservations(), issues, areaAliasesUsed };
}

/**
 * Every row checked on its own (names, year, area under the year rule, indicator, figures in the file's
 * locale), then rows of one area × year × indicator compared. Valid rows go straight into columns; a
 * clean row allocates nothing but its cells' reading.
 */
export function validateRows(source: RowSource, ctx: ValidationContext, onProgress?: ValidationProgress): ValidatedRows {
  const validator = createRowValidator(ctx, { ...(onProgress ? { onProgress } : {}), expected: source.length, total: () => source.length });
  for (let position = 0; position < source.length; position++) validator.check(source, position);
  return validator.finish();
}

/** The rows' area and year cells as written: where each name not in the catalog appears (unknown-areas.ts). */
export interface AreaYearRows {
  length: number;
  area(i: number): string;
  year(i: number): string;
}

export interface ValidatorOptions {
  onProgress?: ValidationProgress;
  /** Rows expected, to size the columns; more can come. */
  expected: number;
  /** The total `onProgress` reports: the rows, or an estimate while a file is still being read. */
  total: () => number;
}

/** validateRows one row at a time, for a file read as it is parsed: `check` each row in order, then `finish`. */
export function createRowValidator(ctx: ValidationContext, options: ValidatorOptions) {
  const { onProgress } = options;
  const areas = createAreaLookup(ctx.areas, ctx.areaAliases);
  const indicators = createIndicatorLookup(ctx.indicators, ctx.indicatorAliases);
  const texts = createTextChecks();
  const history = indexHistory(ctx.history ?? [], areas, ctx.indicators);
  const finals = finalFigures(ctx.history ?? []);
  const areaAliasesUsed = new Map<string, string>();
  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  const builder = new ObservationTableBuilder(options.expected);
  const failedAreas: number[] = [];
  const failedYears: string[] = [];
  let checked = 0;
  // Beside each candidate: its spreadsheet row, its numeric key, and what a duplicate's message names.
  const rows: number[] = [];
  const keyColumns: string[] = [];
  // The area and indicator as the row names them: codes into the lookups' texts.
  const keyTexts: number[] = [];
  const { NONE } = texts;
  const figures = [0, 0, 0];
  const percentColumns = new PercentColumnTally();

  // Rows of one file share their column names: the key's column label is made once.
  let keyColumnOf: { names: RawObservation['columnNames'] | null; key: string } = { names: null, key: '' };
  const check = (source: RowSource, position: number): void => {
    if (onProgress && checked % 5000 === 0) onProgress(checked, options.total());
    checked++;
    const row = source.row(position);
    const names = source.columnNames(position);
    const before = errors.length;

    // A name or unit with a control character is an error of its own, said instead of a failed match.
    let nameWarnings = NONE;
    let unsafeArea = false;
    let unsafeIndicator = false;
    for (let f = 0; f < NAME_FIELDS.length; f++) {
      const field = NAME_FIELDS[f]!;
      const found = texts.name(text(source.cell(position, field)), row, names[field] ?? field);
      if (found === NONE) continue;
      for (const i of found) {
        if (isError(i)) {
          errors.push(i);
          if (field === 'area') unsafeArea = true;
          if (field === 'indicator') unsafeIndicator = true;
        } else {
          if (nameWarnings === NONE) nameWarnings = [];
          nameWarnings.push(i);
        }
      }
    }

    const yearText = text(source.cell(position, 'year'));
    const year = fourDigits(yearText);
    const yearOk = year >= YEARS.first && year <= YEARS.last;

    // The year rule: a figure names a unit in force at the end of its year.
    const areaText = text(source.cell(position, 'area'));
    const areaMatch = areas.match(areaText, yearOk ? year : undefined);
    const areaTextCode = areas.lastText;
    // Without a year, a name such as "Sìn Hồ" (the district to 2025, the commune after) cannot be placed: the year's error says the fix.
    const placeable = yearOk || areaMatch.ok || areaMatch.reason !== 'ambiguous';
    if (!areaMatch.ok && !unsafeArea && placeable) {
      const suggested = list(areaMatch.suggestions.map((s) => s.label));
      if (areaText === '') errors.push(invalid('area', row, names, areaText, emptyAreaMessage(suggested)));
      else if (areaMatch.reason === 'out-of-force') {
        const message = outOfForceMessage(areaMatch.area, areaMatch.successors, year);
        errors.push(issue('error', 'area-out-of-force', { row, column: names.area ?? 'area', value: areaText }, areaMatch.aliased ? aliasedOutOfForceMessage(areaText, areaMatch.area, message) : message));
      } else errors.push(invalid('area', row, names, areaText, unknownAreaMessage(areaText, suggested)));
    }

    if (!yearOk) errors.push(invalid('year', row, names, yearText, yearMessage(yearText)));

    const indicatorText = text(source.cell(position, 'indicator'));
    const indicatorMatch = indicators.match(indicatorText);
    const indicatorTextCode = indicators.lastText;
    if (!indicatorMatch.ok && !unsafeIndicator) errors.push(invalid('indicator', row, names, indicatorText, unknownIndicatorMessage(indicatorText, list(indicatorMatch.suggestions.map((s) => s.label)))));

    let figureError = false;
    let anyFigure = false;
    let planText = '';
    // A multi-year target's plan keeps the words that say how it is measured ("tăng bình quân 9 - 10%/năm").
    const multiYear = isMultiYear(readPeriod(text(source.cell(position, 'period'))) ?? '');
    for (let k = 0; k < 3; k++) {
      const f = FIGURE_FIELDS[k]!;
      const cell = source.cell(position, f);
      let value = NaN;
      if (typeof cell === 'number') {
        if (Number.isFinite(cell)) value = cell;
        else errors.push(invalid(f, row, names, String(cell), NOT_FINITE));
      } else {
        const written = text(cell);
        const quick = quickLocaleNumber(written, ctx.numberLocale);
        if (quick !== undefined) value = quick ?? NaN;
        else {
          const reading = parseLocaleNumber(written, ctx.numberLocale);
          // A plan cell as the province writes it ("8 - 8,5", "Dưới 12", "khoảng 9%"): its point, and the text kept.
          const plan: PlanCell | null = !reading.ok && k === 0 && indicatorMatch.ok ? readPlanCell(written, ctx.numberLocale, indicatorMatch.indicator.direction, multiYear) : null;
          if (reading.ok) value = reading.value ?? NaN;
          else if (plan !== null) ({ point: value, text: planText } = plan);
          else errors.push(invalid(f, row, names, written, numberMessage(written, reading)));
        }
      }
      figures[k] = value;
      if (!Number.isNaN(value)) anyFigure = true;
    }
    const planTextCell = text(source.cell(position, 'plan_text'));
    if (planTextCell !== '' && indicatorMatch.ok) {
      const given = checkPlanText(planTextCell, figures[0]!, ctx.numberLocale, indicatorMatch.indicator.direction, multiYear);
      if (given.ok) {
        planText = given.text;
        figures[0] = given.point;
        if (!Number.isNaN(given.point)) anyFigure = true;
      } else errors.push(invalid('plan_text', row, names, planTextCell, given.message));
    }
    // What kind of figure TH is, the date of its report, the figures it replaced: read, or an error that names what the cell takes.
    const { figureKind, asOf, history: earlier, period } = readFigureCells((f) => text(source.cell(position, f)), (f, value, message) => errors.push(invalid(f, row, names, value, message)), year);
    if (errors.length > before) figureError = errors.some((i, n) => n >= before && FIGURE_CODES.has(i.code));
    if (!figureError && !anyFigure)
      errors.push(issue('error', 'no-figure', { row, column: `${names.plan ?? 'plan'}, ${names.actual ?? 'actual'}, ${names.percent_of_plan ?? 'percent_of_plan'}`, value: '' }, NO_FIGURE));

    // A later estimate never silently replaces a final: the row is refused, naming the final it would replace.
    if (figureKind !== null && isProvisional(figureKind) && areaMatch.ok && indicatorMatch.ok && yearOk) {
      const final = finals.get(observationKey({ area: areaMatch.area.id, year, indicator: indicatorMatch.indicator.id, ...(period ? { period } : {}) }));
      if (final) errors.push(issue('error', 'replaces-final', { row, column: names.figure_kind ?? 'figure_kind', value: text(source.cell(position, 'figure_kind')) }, replacesFinalMessage(final, figureKind)));
    }
    if (errors.length > before || !areaMatch.ok || !indicatorMatch.ok) {
      failedAreas.push(areaTextCode);
      failedYears.push(yearText);
      return;
    }
    const indicator = indicatorMatch.indicator;
    const area = areaMatch.area;
    if (areaMatch.aliased) areaAliasesUsed.set(areaText, area.id);
    const unit = text(source.cell(position, 'unit'));
    if (unit !== '' && unit !== indicator.unit && unit !== indicator.unitEn)
      warnings.push(issue('warning', 'unit-differs', { row, column: names.unit ?? 'unit', value: unit }, unitMessage(unit, indicator.unit)));
    if (nameWarnings !== NONE) warnings.push(...nameWarnings);
    // Each free text's warnings, if any, are added to `warnings` as it is read.
    const sourceText = texts.free(text(source.cell(position, 'source')), row, names.source ?? 'source', warnings);
    const noteText = texts.free(text(source.cell(position, 'note')), row, names.note ?? 'note', warnings);
    const plan = orNull(figures[0]!);
    const actual = orNull(figures[1]!);
    const reportedPercent = orNull(figures[2]!);
    // Only a printed % KH can disagree with plan and actual.
    if (reportedPercent !== null) {
      const computed = percentOfPlan(indicator.direction, plan, actual);
      if (computed.kind === 'value') {
        const column = names.percent_of_plan ?? 'percent_of_plan';
        const disagrees = Math.abs(computed.value - reportedPercent) > PERCENT_TOLERANCE_POINTS;
        percentColumns.add(column, disagrees, () => ({ row, plan: plan!, actual: actual!, reported: reportedPercent, computed: computed.value }));
        if (disagrees) warnings.push(issue('warning', 'percent-mismatch', { row, column, value: text(source.cell(position, 'percent_of_plan')) }, percentMismatchMessage(reportedPercent, computed.value)));
      }
    }
    const areaCode = areas.code(area.id);
    const indicatorCode = indicators.code(indicator.id);
    const magnitude = magnitudeMessage(actual ?? plan, history.get(areaCode * indicators.size + indicatorCode));
    if (magnitude) warnings.push(issue('warning', 'magnitude', { row, column: names.actual ?? 'actual', value: text(source.cell(position, 'actual')) || text(source.cell(position, 'plan')) }, magnitude));
    if (names !== keyColumnOf.names) keyColumnOf = { names, key: `${names.area ?? 'area'}, ${names.year ?? 'year'}, ${names.indicator ?? 'indicator'}` };
    builder.pushValues(area.id, year, indicator.id, figures[0]!, figures[1]!, figures[2]!, indicator.unit, sourceText, noteText,
      planText === '' && figureKind === null && asOf === null && earlier === '' && period === '' ? NO_EXTRAS : { planText, figureKind: figureKind ?? '', asOf: asOf ?? '', history: earlier, period });
    rows.push(row);
    keyColumns.push(keyColumnOf.key);
    keyTexts.push(areaTextCode, indicatorTextCode);
  };

  const finish = (): ValidatedRows => {
    // Rows of one area × year × indicator are compared once all are read: any number of them is resolved at once.
    const candidates = builder.build();
    const c = candidates.columns;
    const areaTexts = areas.texts.values;
    const indicatorTexts = indicators.texts.values;
    const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));
    // The key of area × year × indicator from the table's own codes: dense over what the file holds.
    let firstYear = Infinity;
    let lastYear = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      firstYear = Math.min(firstYear, c.year[i]!);
      lastYear = Math.max(lastYear, c.year[i]!);
    }
    const yearSpan = candidates.length === 0 ? 0 : lastYear - firstYear + 1;
    const indicatorCount = c.indicatorIds.length;
    // A period within the year is a key of its own: March's figure does not repeat the year's.
    // (A file of the year's figures only keeps the smaller key space, read by a plain array.)
    const slots = periodSlotsOf(candidates);
    const periodSlots = slots ? PERIOD_SLOTS : 1;
    const { rejected, issues: duplicates } = resolveDuplicates({
      length: candidates.length,
      key: (i) => ((c.area[i]! * yearSpan + (c.year[i]! - firstYear)) * indicatorCount + c.indicator[i]!) * periodSlots + slotAt(slots, i),
      keySpace: c.areaIds.length * yearSpan * indicatorCount * periodSlots,
      row: (i) => rows[i]!,
      sameFigures: (i, j) => same(c.plan[i]!, c.plan[j]!) && same(c.actual[i]!, c.actual[j]!) && same(c.reportedPercent[i]!, c.reportedPercent[j]!),
      keyColumn: (i) => keyColumns[i]!,
      keyValue: (i) => `${areaTexts[keyTexts[2 * i]!]}, ${c.year[i]}, ${indicatorTexts[keyTexts[2 * i + 1]!]}${slotAt(slots, i) > 0 ? `, ${formatPeriod(periodOfSlot(slotAt(slots, i), c.year[i]!), 'vi')}` : ''}`,
    });
    const issues = [...errors, ...warnings, ...duplicates].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const areaYears: AreaYearRows = {
      length: candidates.length + failedAreas.length,
      area: (i) => areaTexts[i < candidates.length ? keyTexts[2 * i]! : failedAreas[i - candidates.length]!]!,
      year: (i) => (i < candidates.length ? String(c.year[i]) : failedYears[i - candidates.length]!),
    };
    return { table: rejected ? candidates.without(rejected) : candidates, issues, areaAliasesUsed: [...areaAliasesUsed].map(([name, area]) => ({ name, area })), areaYears, percentColumns: percentColumns.result() };
  };
  return { check, finish };
}

const invalid = (field: ObservationField, row: number, names: RawObservation['columnNames'], value: string, message: Localized) =>
  issue('error', `invalid-${field}`, { row, column: names[field] ?? field, value }, message);

const orNull = (value: number) => (Number.isNaN(value) ? null : value);

/** A four-digit year as written ("2021"), else NaN: /^\d{4}$/ without the expression. */
function fourDigits(text: string): number {
  if (text.length !== 4) return NaN;
  let value = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    value = value * 10 + c;
  }
  return value;
}
