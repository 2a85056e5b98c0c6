import type { Indicator } from '../model';
import { fieldForHeader, type ObservationField } from '../observations/header-aliases';
import { createIndicatorMatcher } from '../catalog/catalog-match';
import { foldText } from '../text/text-key';
import { datedFigureOfLabel, periodFigureOfLabel, splitFigureHeader } from '../observations/figure-header';
import type { PeriodCode } from '../model';

export type FigureField = 'plan' | 'actual' | 'percent_of_plan';

/** What one column of the file means: a canonical field, one figure of one indicator (wide layout), or nothing. */
export type ColumnTarget =
  /**
   * `year` (and `estimate`): a figure column of one year ("Thực hiện năm 2024", "Ước thực hiện năm 2025") in a file
   * without a year column; `period`: of a period within the year ("Lũy kế 6 tháng", "Ước TH tháng 11"), its year the
   * header's or the file's.
   */
  | { kind: 'field'; field: ObservationField; year?: number; estimate?: boolean; period?: PeriodCode }
  | { kind: 'figure'; indicator: string | null; field: FigureField; label: string }
  | { kind: 'ignore' };

export type Layout = 'long' | 'wide';

export interface MappingProposal {
  layout: Layout;
  targets: ColumnTarget[];
}

export { splitFigureHeader };

/** An indicator from a wide column's name: exact id/name, else the one catalog name it starts. */
export function indicatorForName(name: string, indicators: readonly Indicator[]): Indicator | null {
  const exact = createIndicatorMatcher(indicators)(name);
  if (exact.ok) return exact.indicator;
  const folded = foldText(name);
  if (folded.length < 3) return null;
  const prefixed = indicators.filter((i) => [i.nameVi, i.nameEn, i.id].some((n) => foldText(n).startsWith(folded)));
  return prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}

/** Whether a column holds the figure of one year or one period: each row of the file then gives a row per year and period. */
export const splitsRows = (t: ColumnTarget): boolean => t.kind === 'field' && (t.year !== undefined || t.period !== undefined);

/**
 * A report's columns of periods within the year ("Kế hoạch năm 2025 | Thực hiện 6 tháng | Ước thực hiện 9 tháng |
 * % so KH năm"): each period's column its figure, the year's plan each period's plan (rawRows), an undated % KH the
 * latest period's share of the year's plan. Null for a file without one.
 */
function periodTargets(header: readonly string[], direct: readonly (ObservationField | null)[]): (ColumnTarget | null)[] | null {
  const periods = header.map((h, i) => (direct[i] === null ? periodFigureOfLabel(h) : null));
  if (!periods.some(Boolean)) return null;
  // A period's header without a year takes the one year the other headers name ("Kế hoạch năm 2025"), else the file's.
  const named = new Set(header.flatMap((h) => datedFigureOfLabel(h)?.year ?? []));
  const only = named.size === 1 ? [...named][0] : undefined;
  const seen = new Set<string>();
  let latest: (typeof periods)[number] = null;
  const targets = periods.map((found): ColumnTarget | null => {
    if (!found) return null;
    const d = { ...found, year: found.year ?? only };
    const key = `${d.year ?? ''}|${d.period}`;
    if (seen.has(key)) return { kind: 'ignore' };
    seen.add(key);
    latest = d;
    return { kind: 'field', field: 'actual', period: d.period, ...(d.year === undefined ? {} : { year: d.year }), ...(d.estimate ? { estimate: true } : {}) };
  });
  const last = latest as (typeof periods)[number];
  return targets.map((t, i) => t ?? (direct[i] === 'percent_of_plan' && last ? { kind: 'field', field: 'percent_of_plan', period: last.period, ...(last.year === undefined ? {} : { year: last.year }) } : null));
}

/**
 * A report's table of several years' figures, without a year column ("Thực hiện năm 2024", "Kế hoạch năm
 * 2025", "Ước thực hiện năm 2025", "So sánh (%)"): each dated column is its year's figure, and an undated
 * % KH column the % of the latest year with a plan. Null for a file with a year column or no dated figure.
 */
function datedTargets(header: readonly string[], direct: readonly (ObservationField | null)[]): (ColumnTarget | null)[] | null {
  if (direct.includes('year')) return null;
  const dated = header.map((h) => datedFigureOfLabel(h));
  if (!dated.some(Boolean)) return null;
  const planYears = dated.flatMap((d) => (d?.field === 'plan' ? [d.year] : []));
  const latest = Math.max(...(planYears.length > 0 ? planYears : dated.flatMap((d) => (d ? [d.year] : []))));
  const seen = new Set<string>();
  return dated.map((d, i) => {
    if (d) {
      // One column per figure and year: a second is left for the analyst to map.
      if (seen.has(`${d.field}|${d.year}`)) return { kind: 'ignore' };
      seen.add(`${d.field}|${d.year}`);
      return { kind: 'field', field: d.field, year: d.year, ...(d.estimate ? { estimate: true } : {}) };
    }
    if (direct[i] === 'percent_of_plan' && !seen.has(`percent_of_plan|${latest}`)) {
      seen.add(`percent_of_plan|${latest}`);
      return { kind: 'field', field: 'percent_of_plan', year: latest };
    }
    return direct[i] === 'plan' || direct[i] === 'actual' || direct[i] === 'percent_of_plan' ? { kind: 'ignore' } : null;
  });
}

/** The mapping the file's headers suggest; the analyst can change any column. */
export function proposeMapping(header: readonly string[], indicators: readonly Indicator[]): MappingProposal {
  const direct = header.map((h) => fieldForHeader(h));
  const dated = direct.includes('indicator') ? (periodTargets(header, direct) ?? datedTargets(header, direct)) : null;
  const layout: Layout = direct.includes('indicator') ? 'long' : header.some((h, i) => direct[i] === null && splitFigureHeader(h)) ? 'wide' : 'long';
  const used = new Set<ObservationField>();
  const targets = header.map((h, i): ColumnTarget => {
    const year = dated?.[i];
    if (year) return year;
    const field = direct[i];
    if (field && !(layout === 'wide' && (field === 'plan' || field === 'actual' || field === 'percent_of_plan')) && !used.has(field)) {
      used.add(field);
      return { kind: 'field', field };
    }
    const figure = layout === 'wide' ? splitFigureHeader(h) : null;
    if (figure) return { kind: 'figure', indicator: indicatorForName(figure.name, indicators)?.id ?? null, field: figure.field, label: figure.name };
    return { kind: 'ignore' };
  });
  return { layout, targets };
}

/** Mappings are remembered per set of headers, so next year's file maps itself. */
export const mappingKey = (header: readonly string[]): string => header.map((h) => foldText(h)).join('|');
