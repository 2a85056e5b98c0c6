import type { DatasetIndex } from '../dataset/dataset-index';
import type { Evaluation } from '../evaluation/evaluate';
import type { MainList, MainListScope } from '../main-targets';
import { unitsUnder } from '../dataset/drill-down';
import { drain } from '../scoring/scoring';
import type { Area, AreaLevel, Indicator } from '../model';

/**
 * The year-end review's count, as the reports make it: of a unit's main targets (chỉ tiêu chủ
 * yếu) for a year, how many were met and exceeded, which far exceeded, which were missed, and
 * which have no result yet. Pure: every figure comes from the dataset index, nothing is invented.
 */

/** Where a unit's list of main targets for a year comes from. */
export type MainListOrigin =
  /** The year's plan resolution lists them (main-targets.csv, with its source); a partial list names only some. */
  | { kind: 'listed'; source: string; scope: MainListScope }
  /** No list in the data: every indicator with a plan that year (a given or implied plan, or a printed % KH). */
  | { kind: 'default' };

export type { MainList } from '../main-targets';

export interface ReportRules {
  /** % KH at or above which a target counts as far exceeded (vượt cao). */
  farExceededPercent: number;
  /** Lists of main targets from the plan resolutions; an area and year without one takes the default. */
  mainLists: readonly MainList[];
}

/** 120 % KH: the seeds' "vượt cao" cases are 130 % and above, and 119,4 % is called "bằng 119,4% KH". */
export const DEFAULT_FAR_EXCEEDED_PERCENT = 120;
/** The thresholds a reader may choose (?far= on /report): a bounded set, so a link cannot carry anything else. */
export const FAR_EXCEEDED_CHOICES = [110, 120, 130, 150, 200] as const;
export const DEFAULT_RULES: ReportRules = { farExceededPercent: DEFAULT_FAR_EXCEEDED_PERCENT, mainLists: [] };

/** How a main target came out. Nearly met is not met: a report counts it among the missed. */
export type Outcome = 'far-exceeded' | 'exceeded' | 'met' | 'missed' | 'no-result';

export interface TargetResult {
  indicator: Indicator;
  /** Undefined: no row at all for this target (a listed target the data lacks). */
  evaluation: Evaluation | undefined;
  outcome: Outcome;
  /** The same area's actual the year before, for "tăng … so với năm …"; null when there is none. */
  previousActual: number | null;
}

export interface UnitSummary {
  area: Area;
  year: number;
  origin: MainListOrigin;
  /** Every main target: in the list's order when a list applies, else in catalog order. */
  targets: TargetResult[];
  /** Met and exceeded (far exceeded included): the N of "N/M". */
  achieved: number;
  farExceeded: TargetResult[];
  /** Met or exceeded but not far. */
  otherAchieved: TargetResult[];
  missed: TargetResult[];
  noResult: TargetResult[];
  /** Figures of the year that are not main targets (no plan, or not on the list): "other results". */
  others: TargetResult[];
}

const ACHIEVED: ReadonlySet<Outcome> = new Set(['far-exceeded', 'exceeded', 'met']);
export const isAchieved = (outcome: Outcome) => ACHIEVED.has(outcome);

/** Whether the row carries a plan: a given or implied one, or a printed % KH (a report prints one only against a plan). */
export const hasPlan = (e: Evaluation | undefined): boolean => e !== undefined && (e.plan.kind === 'value' || e.observation.reportedPercent !== null);

export function outcomeOf(evaluation: Evaluation | undefined, farExceededPercent: number): Outcome {
  if (!evaluation) return 'no-result';
  switch (evaluation.status) {
    case 'no-data':
      return 'no-result';
    case 'exceeded':
      return evaluation.percent.kind === 'value' && evaluation.percent.value >= farExceededPercent ? 'far-exceeded' : 'exceeded';
    case 'met':
      return 'met';
    default:
      return 'missed';
  }
}

/** The list that applies to an area and year: the resolution's when the data has one. */
export function mainListFor(rules: ReportRules, area: string, year: number): MainList | undefined {
  return rules.mainLists.find((list) => list.area === area && list.year === year);
}

export function summarizeUnit(index: DatasetIndex, area: Area, year: number, rules: ReportRules = DEFAULT_RULES): UnitSummary {
  const list = mainListFor(rules, area.id, year);
  const listed = list ? new Set(list.indicators) : null;
  const targets: TargetResult[] = [];
  const others: TargetResult[] = [];
  for (const indicator of index.dataset.indicators) {
    const evaluation = index.evaluation(area.id, year, indicator.id);
    const main = listed ? listed.has(indicator.id) : hasPlan(evaluation);
    if (!main && !evaluation) continue;
    const result: TargetResult = {
      indicator,
      evaluation,
      outcome: outcomeOf(evaluation, rules.farExceededPercent),
      previousActual: index.evaluation(area.id, year - 1, indicator.id)?.actual ?? null,
    };
    if (main) targets.push(result);
    else if (evaluation && evaluation.actual !== null) others.push(result);
  }
  // A list's targets in its own order (the order its source names them); the default's in catalog order.
  if (list) {
    const order = new Map(list.indicators.map((id, i) => [id, i]));
    targets.sort((a, b) => (order.get(a.indicator.id) ?? 0) - (order.get(b.indicator.id) ?? 0));
  }
  const having = (...outcomes: Outcome[]) => targets.filter((t) => outcomes.includes(t.outcome));
  return {
    area,
    year,
    origin: list ? { kind: 'listed', source: list.source, scope: list.scope } : { kind: 'default' },
    targets,
    achieved: targets.filter((t) => isAchieved(t.outcome)).length,
    farExceeded: having('far-exceeded'),
    otherAchieved: having('exceeded', 'met'),
    missed: having('missed'),
    noResult: having('no-result'),
    others,
  };
}

export interface ReviewSummary {
  year: number;
  /** The province (or the parent shown) itself. */
  parent: UnitSummary;
  /** Its units in force that year (districts before the 2025 reform, communes after); a country's districts when its provinces carry no figures (as the overview lists them). */
  units: UnitSummary[];
  /** The units' level, and the level between them and the parent when they are its grandchildren (null otherwise). */
  level: AreaLevel | null;
  via: AreaLevel | null;
  /** Sums over the units: the province's roll-up. */
  unitsAchieved: number;
  unitsTargets: number;
  /** Units whose every main target was met or exceeded (and that have at least one). */
  unitsAllAchieved: Area[];
  /** Units with no main target in the data that year. */
  unitsWithoutTargets: Area[];
}

/**
 * The review a unit at a time: yields after each unit's summary, so a country's 3,300 communes can be
 * summarized a slice per task (the figures are the same: `summarizeReview` drains these steps).
 */
export function* reviewSteps(index: DatasetIndex, parent: Area, year: number, rules: ReportRules = DEFAULT_RULES): Generator<void, ReviewSummary> {
  const under = unitsUnder(index, parent.id, year);
  const units: UnitSummary[] = [];
  for (const area of under.units) {
    units.push(summarizeUnit(index, area, year, rules));
    yield;
  }
  return {
    year,
    parent: summarizeUnit(index, parent, year, rules),
    units,
    level: under.level,
    via: under.via,
    unitsAchieved: units.reduce((sum, u) => sum + u.achieved, 0),
    unitsTargets: units.reduce((sum, u) => sum + u.targets.length, 0),
    unitsAllAchieved: units.filter((u) => u.targets.length > 0 && u.achieved === u.targets.length).map((u) => u.area),
    unitsWithoutTargets: units.filter((u) => u.targets.length === 0).map((u) => u.area),
  };
}

export function summarizeReview(index: DatasetIndex, parent: Area, year: number, rules: ReportRules = DEFAULT_RULES): ReviewSummary {
  return drain(reviewSteps(index, parent, year, rules));
}
