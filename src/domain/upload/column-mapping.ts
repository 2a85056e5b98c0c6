import type { Indicator } from '../model';
import { fieldForHeader, type ObservationField } from '../observations/header-aliases';
import { createIndicatorMatcher } from '../catalog/catalog-match';
import { foldText } from '../text/text-key';

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

/** "Thu ngân sách KH", "GRDP_TH", "Tỷ lệ hộ nghèo (% KH)": an indicator name and which figure it holds. */
const FIGURE_SUFFIX = /^(.+?)[\s_\-(]+(% ?kh|% ?ke hoach|ty le dat|percent of plan|percent|kh|ke hoach|plan|target|th|thuc hien|actual)\)?$/;
const SUFFIX_FIELD: Record<string, FigureField> = {
  '% kh': 'percent_of_plan', '%kh': 'percent_of_plan', '% ke hoach': 'percent_of_plan', '%ke hoach': 'percent_of_plan', 'ty le dat': 'percent_of_plan', 'percent of plan': 'percent_of_plan', percent: 'percent_of_plan',
  kh: 'plan', 'ke hoach': 'plan', plan: 'plan', target: 'plan',
  th: 'actual', 'thuc hien': 'actual', actual: 'actual',
};

export function splitFigureHeader(header: string): { name: string; field: FigureField } | null {
  const folded = foldText(header.replace(/%/g, ' % ')).replace(/\s+/g, ' ');
  const match = FIGURE_SUFFIX.exec(folded);
  if (!match?.[1] || !match[2]) return null;
  const field = SUFFIX_FIELD[match[2]];
  return field ? { name: header.trim().slice(0, Math.max(1, header.trim().length - match[2].length)).replace(/[\s_\-(%]+$/, '').trim(), field } : null;
}

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
