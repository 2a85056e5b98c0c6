import type { Localized } from '../issues';
import type { ObservationField } from './header-aliases';

/**
 * What each canonical field is called where a person reads it (the mapping's choices, the messages
 * naming a target). Files keep the canonical names (area, year, …): those are written, not read.
 */
export const FIELD_LABELS: Record<ObservationField, Localized> = {
  area: { vi: 'Đơn vị', en: 'Unit' },
  year: { vi: 'Năm', en: 'Year' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  actual: { vi: 'Thực hiện', en: 'Actual' },
  percent_of_plan: { vi: '% KH', en: '% of plan' },
  unit: { vi: 'Đơn vị tính', en: 'Unit of measure' },
  source: { vi: 'Nguồn', en: 'Source' },
  note: { vi: 'Ghi chú', en: 'Note' },
  plan_text: { vi: 'Kế hoạch (nguyên văn)', en: 'Plan as written' },
  figure_kind: { vi: 'Loại số liệu', en: 'Kind of figure' },
  as_of: { vi: 'Ngày số liệu', en: 'As of' },
  history: { vi: 'Lịch sử số liệu', en: 'Figure history' },
  period: { vi: 'Kỳ', en: 'Period' },
};

const isField = (name: string): name is ObservationField => Object.hasOwn(FIELD_LABELS, name);

/** A column named by canonical fields ("area", "plan/actual/percent_of_plan") as a person reads it; any other name as written. */
export function fieldsLabel(column: string, language: keyof Localized): string {
  const parts = column.split('/');
  return parts.every(isField) ? parts.map((f) => FIELD_LABELS[f][language]).join(' / ') : column;
}
