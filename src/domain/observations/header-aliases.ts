import { foldText } from '../text/text-key';

export const OBSERVATION_FIELDS = ['area', 'year', 'indicator', 'plan', 'actual', 'percent_of_plan', 'unit', 'source', 'note'] as const;
export type ObservationField = (typeof OBSERVATION_FIELDS)[number];

/** Headers analysts write, Vietnamese and English, compared folded (no case, no diacritics). */
const ALIASES: Record<ObservationField, string[]> = {
  area: ['area', 'district', 'đơn vị', 'huyện', 'địa bàn', 'địa phương', 'huyện/thành phố', 'khu vực', 'xã', 'phường', 'xã, phường', 'xã/phường/thị trấn', 'tên đơn vị', 'đơn vị hành chính'],
  year: ['year', 'năm'],
  indicator: ['indicator', 'chỉ tiêu', 'tên chỉ tiêu'],
  plan: ['plan', 'target', 'kế hoạch', 'kh', 'chỉ tiêu kế hoạch'],
  actual: ['actual', 'achieved', 'thực hiện', 'th', 'kết quả'],
  percent_of_plan: ['percent_of_plan', 'percent of plan', '% of plan', '% kh', '% kế hoạch', 'tỷ lệ đạt', 'so với kh', '% so kh', 'đạt % kh'],
  unit: ['unit', 'đơn vị tính', 'đvt'],
  source: ['source', 'nguồn', 'nguồn số liệu'],
  note: ['note', 'notes', 'ghi chú'],
};

const foldHeader = (h: string) => foldText(h.replace(/%/g, ' % ')).replace(/\s+/g, ' ');

const LOOKUP = new Map<string, ObservationField>(
  OBSERVATION_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [foldHeader(alias), field] as const)),
);

/** The canonical field a header names, if any. */
export function fieldForHeader(header: string): ObservationField | null {
  return LOOKUP.get(foldHeader(header)) ?? null;
}

export const REQUIRED_FIELDS: readonly ObservationField[] = ['area', 'year', 'indicator'];
export const FIGURE_FIELDS: readonly ObservationField[] = ['plan', 'actual', 'percent_of_plan'];
