import type { Localized } from '../issues';
import { observationKey, type FigureKind, type Observation } from '../model';
import { readPeriod, yearsSpan, type PeriodCode } from '../periods/period';
import { FIGURE_KIND_LABELS, formatAsOf, readAsOf, readFigureKind } from '../evaluation/figure-kind';
import { HISTORY_LIMIT, readHistory, writeHistory } from '../evaluation/figure-history';
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

export const HISTORY_MESSAGE = (value: string): Localized => ({
  vi: `"${value.length > 80 ? `${value.slice(0, 80)}…` : value}" không phải lịch sử số liệu. Cách sửa: ghi các số trước, số cũ nhất trước, mỗi số gồm loại, số (dấu chấm thập phân) và ngày, cách nhau bằng dấu chấm phẩy, như "estimate 2715 2025-12-15; preliminary 2720.5 2026-01" (nhiều nhất ${HISTORY_LIMIT} số), hoặc để trống.`,
  en: `"${value.length > 80 ? `${value.slice(0, 80)}…` : value}" is not a figure history. Fix: write the earlier figures, earliest first, each as its kind, the figure (dot decimal) and the date, separated by semicolons, as "estimate 2715 2025-12-15; preliminary 2720.5 2026-01" (at most ${HISTORY_LIMIT}), or leave it empty.`,
});

export const PERIOD_MESSAGE = (value: string): Localized => ({
  vi: `"${value}" không phải kỳ số liệu. Cách sửa: ghi tháng ("tháng 3"), quý ("quý I"), lũy kế từ đầu năm ("lũy kế 5 tháng", "6 tháng", "9 tháng"), giai đoạn của kế hoạch nhiều năm ("2021-2025"), hoặc để trống cho số cả năm.`,
  en: `"${value}" is not a period. Fix: write a month ("March", "month-03"), a quarter ("Q1"), a running total from January ("January–May", "six months", "nine months"), a multi-year plan's span ("2021-2025"), or leave it empty for the year's figure.`,
});

export const MULTI_YEAR_MESSAGE = (value: string, last: number): Localized => ({
  vi: `"${value}" là kế hoạch nhiều năm: dòng của nó ghi năm cuối của giai đoạn. Cách sửa: ghi năm ${last} ở cột năm.`,
  en: `"${value}" is a multi-year plan: its row has the period's last year. Fix: write ${last} in the year column.`,
});

type FigureCell = 'figure_kind' | 'as_of' | 'history' | 'period';

/** A row's figure-kind, as-of, history and period cells read; each cell that reads as none is refused through `refuse` with what it takes. */
export function readFigureCells(cell: (field: FigureCell) => string, refuse: (field: FigureCell, value: string, message: Localized) => void, year = NaN): { figureKind: FigureKind | null; asOf: string | null; history: string; period: PeriodCode | '' } {
  const kindCell = cell('figure_kind');
  const figureKind = kindCell === '' ? null : readFigureKind(kindCell);
  if (kindCell !== '' && figureKind === null) refuse('figure_kind', kindCell, FIGURE_KIND_MESSAGE(kindCell));
  const asOfCell = cell('as_of');
  const asOf = asOfCell === '' ? null : readAsOf(asOfCell);
  if (asOfCell !== '' && asOf === null) refuse('as_of', asOfCell, AS_OF_MESSAGE(asOfCell));
  const historyCell = cell('history');
  const records = readHistory(historyCell);
  if (records === null) refuse('history', historyCell, HISTORY_MESSAGE(historyCell));
  const periodCell = cell('period');
  const period = readPeriod(periodCell);
  if (period === null) refuse('period', periodCell, PERIOD_MESSAGE(periodCell));
  // A multi-year target is a row of its last year ("2021-2025" in 2025), so the year and the span name it once.
  const span = period ? yearsSpan(period) : null;
  if (span && !Number.isNaN(year) && year !== span.last) refuse('period', periodCell, MULTI_YEAR_MESSAGE(periodCell, span.last));
  return { figureKind, asOf, history: records ? writeHistory(records) : '', period: period ?? '' };
}

/** The stored figures that are final (final or revised), by their key (observationKey): an upload's estimate must not replace one. */
export function finalFigures(history: readonly Observation[]): Map<string, Observation> {
  const finals = new Map<string, Observation>();
  for (const o of history) if ((o.figureKind === 'final' || o.figureKind === 'revised') && o.actual !== null) finals.set(observationKey(o), o);
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
