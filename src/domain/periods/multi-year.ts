/**
 * The multi-year plan: targets the provincial Party congress and the People's Council set for five years
 * (2021–2025, 2026–2030), written as the resolution writes them — "GRDP tăng bình quân 9–10%/năm", "tỷ lệ
 * che phủ rừng trên 57,5% vào năm 2025", "tổng vốn đầu tư toàn xã hội 5 năm khoảng 60.000 tỷ đồng" — and the
 * progress toward them each year: the average so far, the level reached, the total so far, and what the
 * years left must do.
 */
import type { Direction } from '../model';
import { noValue, valueOrNone, type Measure } from '../numbers/measure';
import type { NumberLocale } from '../numbers/numbers';
import { parsePlanText, type PlanForm } from '../evaluation/plan-form';
import { planPoint, planVerdict, samePoint } from '../evaluation/plan-status';
import type { Status } from '../evaluation/status';
import { foldText } from '../text/text-key';

/**
 * How the target is measured over the years: `average-growth` a compound average of yearly growth rates
 * ("tăng bình quân 9%/năm"), `average` a plain average of yearly figures ("bình quân … mỗi năm"),
 * `total` the years added up ("tổng … cả giai đoạn"), `end-level` the figure of the last year ("… vào năm 2025").
 */
export type TargetMeasure = 'average-growth' | 'average' | 'total' | 'end-level';

export type MultiYearPlanReading = { ok: true; form: PlanForm; measure: TargetMeasure; unit: string | null } | { ok: false; reason: 'empty' | 'not-a-plan' | 'reversed-range' };

/** Words that say how the target is measured and when, cut before the plan's own words are read. */
const MEASURE_WORDS = [
  /giai đoạn\s*\d{4}\s*[-–—]\s*\d{4}/giu, /(?:vào|đến|tới)\s+(?:cuối\s+)?năm\s+\d{4}/giu, /\b(?:by|in)\s+\d{4}/giu, /(?:năm|year)\s+\d{4}/giu, /\d{4}\s*[-–—]\s*\d{4}/gu,
  /tăng trưởng|tăng|giảm|growth of|growth|grow by|increase of|decrease of|reduce by/giu, /bình quân|trung bình|average|an average of/giu,
  /\/\s*năm|\/\s*year|hằng năm|hàng năm|mỗi năm|per year|a year|annually|annual/giu,
  /tổng cộng|tổng số|tổng|cả giai đoạn|total|cumulative|in total/giu, /\b\d+\s+năm\b|\b\d+\s+years\b/giu, /đạt|reach(?:es)?|\bof\b/giu,
];

/** A multi-year target as written, read into its form and how it is measured; null-free failure reasons as parsePlanText's. */
export function readMultiYearPlan(text: string, locale: NumberLocale = 'vi'): MultiYearPlanReading {
  const folded = foldText(text);
  if (folded === '') return { ok: false, reason: 'empty' };
  const average = /\b(?:binh quan|trung binh|average|moi nam|hang nam|per year|a year|annual|annually)\b|\/ ?(?:nam|year)\b/.test(text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase());
  const growth = /\b(?:tang|growth|grow|increase)\b/.test(folded);
  const total = /\b(?:tong|ca giai doan|total|cumulative)\b/.test(folded);
  const measure: TargetMeasure = total ? 'total' : average ? (growth ? 'average-growth' : 'average') : 'end-level';
  let rest = text.normalize('NFC');
  for (const words of MEASURE_WORDS) rest = rest.replace(words, ' ');
  const reading = parsePlanText(rest.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim(), locale);
  return reading.ok ? { ok: true, form: reading.form, measure, unit: reading.unit } : reading;
}

/** A stored multi-year target read back: its reading whose point is the plan column's (either number format), or null. */
export function multiYearPlanOf(text: string, plan: number, direction: Direction): Extract<MultiYearPlanReading, { ok: true }> | null {
  for (const locale of ['vi', 'en'] as const) {
    const reading = readMultiYearPlan(text, locale);
    if (reading.ok && samePoint(plan, planPoint(reading.form, direction).point)) return reading;
  }
  return null;
}

/** A year's figure of the indicator the target is about, or none. */
export interface YearFigure {
  year: number;
  value: number | null;
}

export interface MultiYearProgress {
  /** The years the figure so far is over: from the plan's first year to `through` (the last with a figure, for a level). */
  from: number;
  to: number;
  /** The average so far, the level reached, the total so far; none when a year of the span has no figure (named in `missing`). */
  achieved: Measure;
  missing: number[];
  /** The status the figure so far has against the target ("met" for a level already above its floor). */
  status: Status;
  /** Whether the plan's years are over: the status is then the plan's outcome. */
  final: boolean;
  /** What each year left must reach for the target's point: a growth rate, a yearly figure; none for a level or when none is left. */
  neededPerYear: Measure;
  yearsLeft: number;
}

/** The compound average of yearly growth rates in %: ((Π(1 + g/100))^(1/n) − 1) × 100. */
export function averageGrowth(rates: readonly number[]): Measure {
  if (rates.length === 0) return noValue('no-data');
  let product = 1;
  for (const g of rates) product *= 1 + g / 100;
  if (product <= 0) return noValue('no-data');
  return valueOrNone((product ** (1 / rates.length) - 1) * 100, 'no-data');
}

/**
 * Progress toward a multi-year target through a year: the figures of the plan's years up to it (a missing
 * year is named, never filled), the figure so far by the target's measure, its status against the target by
 * the plan's own rule, and what the years left must do for the target's point.
 */
export function multiYearProgress(target: { first: number; last: number; form: PlanForm; measure: TargetMeasure }, direction: Direction, figures: readonly YearFigure[], through: number): MultiYearProgress {
  const { first, last, form, measure } = target;
  const to = Math.min(through, last);
  const byYear = new Map(figures.filter((f) => f.value !== null).map((f) => [f.year, f.value!]));
  const years = Array.from({ length: Math.max(0, to - first + 1) }, (_, k) => first + k);
  const yearsLeft = Math.max(0, last - to);
  const { point } = planPoint(form, direction);
  const none = (achieved: Measure, missing: number[], from = first, at = to): MultiYearProgress =>
    ({ from, to: at, achieved, missing, status: 'no-data', final: at >= last, neededPerYear: noValue('incomplete'), yearsLeft });
  if (measure === 'end-level') {
    // The level reached: the latest year with a figure in the plan's years.
    const latest = years.filter((y) => byYear.has(y)).at(-1);
    if (latest === undefined) return none(noValue('no-data'), years);
    const value = byYear.get(latest)!;
    return { from: first, to: latest, achieved: { kind: 'value', value }, missing: [], status: planVerdict(form, direction, value).status, final: latest >= last, neededPerYear: noValue('not-additive'), yearsLeft: last - latest };
  }
  const missing = years.filter((y) => !byYear.has(y));
  if (years.length === 0 || missing.length > 0) return none(noValue(years.length === 0 ? 'no-data' : 'incomplete'), missing);
  const values = years.map((y) => byYear.get(y)!);
  const n = last - first + 1;
  let achieved: Measure;
  let needed: Measure;
  if (measure === 'average-growth') {
    achieved = averageGrowth(values);
    const product = values.reduce((p, g) => p * (1 + g / 100), 1);
    needed = yearsLeft === 0 || product <= 0 ? noValue('incomplete') : valueOrNone((((1 + point / 100) ** n / product) ** (1 / yearsLeft) - 1) * 100, 'incomplete');
  } else {
    const sum = values.reduce((s, v) => s + v, 0);
    achieved = valueOrNone(measure === 'total' ? sum : sum / values.length, 'no-data');
    const goal = measure === 'total' ? point : point * n;
    needed = yearsLeft === 0 ? noValue('incomplete') : valueOrNone((goal - sum) / yearsLeft, 'incomplete');
  }
  // A total is judged only once its years are over: a part of it is no verdict.
  const judged = achieved.kind === 'value' && (measure !== 'total' || to >= last);
  return {
    from: first, to, achieved, missing: [], status: judged && achieved.kind === 'value' ? planVerdict(form, direction, achieved.value).status : 'no-data',
    final: to >= last, neededPerYear: needed, yearsLeft,
  };
}
