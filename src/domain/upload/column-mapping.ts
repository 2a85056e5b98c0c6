import type { Indicator } from '../model';
import { fieldForHeader, type ObservationField } from '../observations/header-aliases';
import { createIndicatorMatcher } from '../catalog/catalog-match';
import { foldText } from '../text/text-key';
import { splitFigureHeader } from '../observations/figure-header';

export type FigureField = 'plan' | 'actual' | 'percent_of_plan';

/** What one column of the file means: a canonical field, one figure of one indicator (wide layout), or nothing. */
export type ColumnTarget =
  | { kind: 'field'; field: ObservationField }
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

/** The mapping the file's headers suggest; the analyst can change any column. */
export function proposeMapping(header: readonly string[], indicators: readonly Indicator[]): MappingProposal {
  const direct = header.map((h) => fieldForHeader(h));
  const layout: Layout = direct.includes('indicator') ? 'long' : header.some((h, i) => direct[i] === null && splitFigureHeader(h)) ? 'wide' : 'long';
  const used = new Set<ObservationField>();
  const targets = header.map((h, i): ColumnTarget => {
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
