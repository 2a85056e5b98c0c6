/**
 * A unit's multi-year targets (a five-year plan's rows: period `years-2021-2025`, the row's year its last) and
 * the progress toward each through the latest year with a figure (periods/multi-year.ts): the trend view's
 * band, the unit view's line ("Mục tiêu giai đoạn 2021–2025: tăng bình quân 9 - 10%/năm — 2021–2024 đạt
 * bình quân 6,4%/năm").
 */
import type { Indicator, Observation } from '../model';
import { yearsSpan } from '../periods/period';
import { periodSlotsOf, slotAt } from '../observations/period-slots';
import { multiYearPlanOf, multiYearProgress, type MultiYearPlanReading, type MultiYearProgress, type YearFigure } from '../periods/multi-year';
import { isMultiYearSlot } from '../periods/period-code';
import { periodRowsOf } from './period-rows';
import type { DatasetIndex } from './dataset-index';

export interface MultiYearTarget {
  first: number;
  last: number;
  /** The target's row: its plan (the point), plan as written, source. */
  observation: Observation;
  reading: Extract<MultiYearPlanReading, { ok: true }>;
  progress: MultiYearProgress;
  /** The yearly figures the progress reads (growth rates for a growth target of a level indicator). */
  figures: YearFigure[];
}

/** The unit's multi-year rows of the indicator, from each year's period rows (a span's row has its last year). */
const targetRows = (index: DatasetIndex, area: string, indicator: string): Observation[] =>
  index.periodYears.flatMap((year) => index.table.rows(periodRowsOf(index, year, area, indicator, isMultiYearSlot)));

const actualOf = (index: DatasetIndex, area: string, year: number, indicator: string) => index.evaluation(area, year, indicator)?.observation.actual ?? null;

/** The unit's multi-year targets of the indicator, earliest first, each with its progress through the latest year with a figure (up to `until`). */
export function multiYearTargets(index: DatasetIndex, area: string, indicator: Indicator, until = Infinity): MultiYearTarget[] {
  return targetRows(index, area, indicator.id).flatMap((observation) => {
    const span = yearsSpan(observation.period!);
    if (!span || observation.plan === null) return [];
    const reading = multiYearPlanOf(observation.planText ?? String(observation.plan), observation.plan, indicator.direction);
    if (!reading) return [];
    const years = Array.from({ length: span.last - span.first + 1 }, (_, k) => span.first + k);
    // A growth target of a figure that is a level (revenue): each year's growth on the year before, when both are known.
    const rates = reading.measure === 'average-growth' && indicator.unit !== '%';
    const figures: YearFigure[] = years.map((year) => {
      const value = actualOf(index, area, year, indicator.id);
      if (!rates) return { year, value };
      const before = actualOf(index, area, year - 1, indicator.id);
      return { year, value: value === null || before === null || before === 0 ? null : (value / before - 1) * 100 };
    });
    const through = figures.filter((f) => f.value !== null && f.year <= until).at(-1)?.year ?? span.first - 1;
    const progress = multiYearProgress({ ...span, form: reading.form, measure: reading.measure }, indicator.direction, figures, through);
    return [{ ...span, observation, reading, progress, figures }];
  }).sort((a, b) => a.first - b.first);
}

const targetAreas = new WeakMap<DatasetIndex, Set<string>>();

/** The areas with a multi-year target of any indicator (a report of 3,300 communes asks only these), found once per index. */
export function areasWithTargets(index: DatasetIndex): Set<string> {
  let areas = targetAreas.get(index);
  if (!areas) {
    areas = new Set<string>();
    const slots = periodSlotsOf(index.table);
    const c = index.table.columns;
    for (const year of index.periodYears) for (const i of index.periodPositions(year)) if (isMultiYearSlot(slotAt(slots, i))) areas.add(c.areaIds[c.area[i]!]!);
    targetAreas.set(index, areas);
  }
  return areas;
}
