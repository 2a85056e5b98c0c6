import { foldText } from '../text/text-key';
import { figureKindOfLabel } from './figure-header';

/** The canonical columns, in the order files are written: those added later last, so an older file has the same first ones. */
export const OBSERVATION_FIELDS = ['area', 'year', 'indicator', 'plan', 'actual', 'percent_of_plan', 'unit', 'source', 'note', 'plan_text', 'figure_kind', 'as_of', 'history', 'period'] as const;
export type ObservationField = (typeof OBSERVATION_FIELDS)[number];

/** Headers analysts write, Vietnamese and English, compared folded (no case, no diacritics). */
const ALIASES: Record<ObservationField, string[]> = {
  area: ['area', 'district', 'commune', 'unit name', 'đơn vị', 'tên đơn vị', 'đơn vị hành chính', 'huyện', 'xã', 'phường', 'xã/phường', 'xã, phường', 'xã, phường, thị trấn', 'xã/phường/thị trấn', 'tên xã', 'địa bàn', 'địa phương', 'huyện/thành phố', 'khu vực'],
  year: ['year', 'năm'],
  indicator: ['indicator', 'chỉ tiêu', 'tên chỉ tiêu'],
  plan: ['plan', 'target', 'kế hoạch', 'kh', 'chỉ tiêu kế hoạch'],
  actual: ['actual', 'achieved', 'thực hiện', 'th', 'kết quả'],
  percent_of_plan: ['percent_of_plan', 'percent of plan', '% of plan', '% kh', '% kế hoạch', 'tỷ lệ đạt', 'so với kh', '% so kh', 'đạt % kh'],
  unit: ['unit', 'đơn vị tính', 'đvt'],
  source: ['source', 'nguồn', 'nguồn số liệu'],
  note: ['note', 'notes', 'ghi chú'],
  plan_text: ['plan_text', 'plan text', 'plan as written', 'kế hoạch (nguyên văn)', 'kế hoạch nguyên văn', 'kh nguyên văn', 'mức kế hoạch'],
  figure_kind: ['figure_kind', 'figure kind', 'kind of figure', 'loại số liệu', 'loại số', 'tính chất số liệu'],
  as_of: ['as_of', 'as of', 'date', 'ngày số liệu', 'thời điểm', 'tính đến ngày', 'ngày báo cáo'],
  period: ['period', 'kỳ', 'kỳ báo cáo', 'kỳ số liệu', 'thời kỳ', 'tháng/quý', 'kỳ (tháng, quý)', 'reporting period'],
  history: ['history', 'figure history', 'earlier figures', 'lịch sử số liệu', 'lịch sử', 'số liệu trước'],
};

const foldHeader = (h: string) => foldText(h.replace(/%/g, ' % ')).replace(/\s+/g, ' ');

const LOOKUP = new Map<string, ObservationField>(
  OBSERVATION_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [foldHeader(alias), field] as const)),
);

/** A header's trailing unit bracket: "Kế hoạch (tỷ đồng)" names the plan. */
const TRAILING_UNIT = /\s*[([][^()[\]]*[)\]]\s*$/;

/**
 * The canonical field a header names, if any: one of the aliases, else a figure the header's words
 * name whole ("Kế hoạch 2025", "Tỷ lệ đạt (%)", "So sánh TH/KH"); "(%)" alone names none.
 */
export function fieldForHeader(header: string): ObservationField | null {
  const alias = LOOKUP.get(foldHeader(header));
  if (alias) return alias;
  const bare = header.replace(TRAILING_UNIT, '');
  return figureKindOfLabel(header) ?? (bare !== header ? (LOOKUP.get(foldHeader(bare)) ?? figureKindOfLabel(bare)) : null);
}

export const REQUIRED_FIELDS: readonly ObservationField[] = ['area', 'year', 'indicator'];
export const FIGURE_FIELDS: readonly ObservationField[] = ['plan', 'actual', 'percent_of_plan'];
