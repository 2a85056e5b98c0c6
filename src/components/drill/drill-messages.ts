import { defineMessages } from '../../lib/language/feature-messages';

/** The drill-down's own strings (breadcrumb, area search, ?in= notices), Vietnamese first. */
const vi = {
  breadcrumb: 'Cấp hành chính',
  searchLabel: 'Tìm tỉnh, huyện, xã',
  searchHint: 'Gõ tên, có dấu hoặc không dấu; mũi tên lên/xuống để chọn, Enter để mở.',
  searchResults: 'Đơn vị tìm thấy',
  searchCount: '{n} kết quả',
  searchMore: '{shown}/{n} kết quả — gõ thêm để thu hẹp',
  searchNone: 'Không tìm thấy đơn vị nào tên “{query}”.',
  inParent: 'thuộc {parent}',
  unknownParent: 'Không có đơn vị mã “{id}” trong số liệu; đang hiện {shown}.',
  unitParent: '{area} không có đơn vị trực thuộc; đang hiện các đơn vị của {shown}.',
  openUnit: 'Xem {area}',
  viaLevel: 'Các {level} của {parent}, theo từng {via}.',
  parentTitle: '{name} năm {year}',
} as const;

export type DrillMessageKey = keyof typeof vi;

const en: Record<DrillMessageKey, string> = {
  breadcrumb: 'Administrative level',
  searchLabel: 'Find a province, district or commune',
  searchHint: 'Type a name, with or without diacritics; arrow keys to choose, Enter to open.',
  searchResults: 'Areas found',
  searchCount: '{n} results',
  searchMore: '{shown} of {n} results — type more to narrow',
  searchNone: 'No area is called “{query}”.',
  inParent: 'in {parent}',
  unknownParent: 'The data has no area with id “{id}”; showing {shown}.',
  unitParent: '{area} has no units of its own; showing the units of {shown}.',
  openUnit: 'Open {area}',
  viaLevel: 'The {level} of {parent}, by {via}.',
  parentTitle: '{name}, {year}',
};

export const useDrillT = defineMessages({ vi, en });
