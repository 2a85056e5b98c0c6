import type { Localized } from '../issues';
import type { FigureKind, Observation } from '../model';
import { FIGURE_KIND_LABELS, formatAsOf } from '../evaluation/figure-kind';
import { formatNumber } from '../numbers/format';

/** What the figure-kind and as-of columns take, said with the cell's value and the fix. */
export const FIGURE_KIND_MESSAGE = (value: string): Localized => ({
  vi: `"${value}" không phải loại số liệu. Cách sửa: ghi "ước" (ước tính, ước thực hiện), "sơ bộ", "chính thức" hoặc "điều chỉnh", hoặc để trống.`,
  en: `"${value}" is not a kind of figure. Fix: write "estimate", "preliminary", "final" or "revised", or leave it empty.`,
});

export const AS_OF_MESSAGE = (value: string): Localized => ({
  vi: `"${value}" không phải ngày. Cách sửa: ghi ngày của báo cáo như 15/12/2025 hoặc 2025-12-15 (hoặc tháng: 12/2025), hoặc để trống.`,
  en: `"${value}" is not a date. Fix: write the report's date as 2025-12-15 or 15/12/2025 (or a month: 2025-12), or leave it empty.`,
});

/** The stored figures that are final (final or revised), by area|year|indicator: an upload's estimate must not replace one. */
export function finalFigures(history: readonly Observation[]): Map<string, Observation> {
  const finals = new Map<string, Observation>();
  for (const o of history) if ((o.figureKind === 'final' || o.figureKind === 'revised') && o.actual !== null) finals.set(`${o.area}|${o.year}|${o.indicator}`, o);
  return finals;
}

/** "The data has the final figure 2.731 (20/03/2026); this row's estimate would replace it." */
export function replacesFinalMessage(final: Observation, kind: FigureKind): Localized {
  const at = (language: 'vi' | 'en') => (final.asOf ? (language === 'vi' ? `, ngày ${formatAsOf(final.asOf, 'vi')}` : `, as of ${final.asOf}`) : '');
  return {
    vi: `Dữ liệu đã có số ${FIGURE_KIND_LABELS[final.figureKind ?? 'final'].vi} ${formatNumber(final.actual ?? NaN, 'vi')}${at('vi')}; số ${FIGURE_KIND_LABELS[kind].vi} của dòng này không thay số đó. Cách sửa: bỏ dòng này, hoặc ghi loại số liệu "điều chỉnh" nếu đây là số sửa lại số chính thức.`,
    en: `The data has the ${FIGURE_KIND_LABELS[final.figureKind ?? 'final'].en} figure ${formatNumber(final.actual ?? NaN, 'en')}${at('en')}; this row's ${FIGURE_KIND_LABELS[kind].en} does not replace it. Fix: drop this row, or write the kind "revised" if it corrects the final figure.`,
  };
}
