import type { AreaLevel } from '../../domain/model';
import { defineMessages } from '../../lib/language/feature-messages';

/** The ranking's strings about the level it ranks (one level only, across the 2025 reform), Vietnamese first. */
const vi = {
  levelCommune: 'Các xã, phường',
  pageSubtitleCommunes: 'Các xã, phường của tỉnh {province} (từ 01/07/2025), theo bảng tiêu chí chấm điểm',
  pageSubtitleUnitsOf: '{level} của {parent}, theo bảng tiêu chí chấm điểm',
  chartTopOnly: 'Biểu đồ điểm thành phần dưới đây hiện {n} đơn vị đứng đầu trong {total} đơn vị; bảng xếp hạng và bảng điểm có đủ các đơn vị.',
  levelLine: 'Cấp xếp hạng: {level} · {count} đơn vị',
  'levelOf.district': 'cấp huyện (huyện, thành phố)',
  'levelOf.commune': 'cấp xã (xã, phường)',
  'levelOf.province': 'cấp tỉnh (các tỉnh trong cụm)',
  askedOther: 'Đường dẫn yêu cầu xếp hạng {asked}, nhưng năm {year} không có đơn vị cấp đó; đang xếp hạng {level}.',
  notComparable: 'So với {previous}: không so sánh được: năm {previous} xếp hạng {levelBefore}.',
  'short.district': 'cấp huyện',
  'short.commune': 'cấp xã',
  'short.province': 'cấp tỉnh',
  changeNotComparable: 'Thay đổi % KH so với năm {previous}: không so sánh được, năm {previous} là {levelBefore}.',
  schemeOtherLevel: 'Bộ tiêu chí trong đường dẫn dành cho {schemeLevel}; năm {year} xếp hạng {level}, nên đang dùng bộ tiêu chí mặc định.',
  adoptScheme: 'Dùng bộ tiêu chí đó cho {level}',
  schemeLevel: 'Bộ tiêu chí này xếp hạng {level}.',
  filterLabel: 'Lọc đơn vị (tên xã hoặc huyện cũ)',
  filterCount: 'Hiện {shown}/{total} đơn vị.',
  groupLabel: 'Nhóm theo huyện cũ',
  formerGroup: '{district} cũ',
  noFormer: 'Không có huyện cũ',
  noMatch: 'Không đơn vị nào khớp “{query}”.',
  slidePart: 'vị trí {from}–{to} trên {count} (trang {part}/{parts})',
} as const;

export type LevelMessageKey = keyof typeof vi;

const en: Record<LevelMessageKey, string> = {
  levelCommune: 'Communes and wards',
  pageSubtitleCommunes: 'Communes and wards of {province} province (from 1 July 2025), scored against the criteria table',
  pageSubtitleUnitsOf: '{level} of {parent}, scored against the criteria table',
  chartTopOnly: 'The contribution chart below shows the top {n} of {total} units; the ranking and the scorecard list them all.',
  levelLine: 'Level ranked: {level} · {count} units',
  'levelOf.district': 'district level (districts, city)',
  'levelOf.commune': 'commune level (communes, wards)',
  'levelOf.province': 'province level (the cluster’s provinces)',
  askedOther: 'The link asks for the {asked}, but {year} has no units at that level; ranking the {level}.',
  notComparable: 'Against {previous}: not comparable: {previous} ranked {levelBefore} units.',
  'short.district': 'district-level',
  'short.commune': 'commune-level',
  'short.province': 'province-level',
  changeNotComparable: 'Change in % of plan since {previous}: not comparable, {previous} is the {levelBefore}.',
  schemeOtherLevel: 'The scheme in the link was made for the {schemeLevel}; {year} ranks the {level}, so the default scheme is used.',
  adoptScheme: 'Use that scheme for the {level}',
  schemeLevel: 'This scheme ranks the {level}.',
  filterLabel: 'Filter units (commune or former district name)',
  filterCount: 'Showing {shown} of {total} units.',
  groupLabel: 'Group by former district',
  formerGroup: 'former {district}',
  noFormer: 'No former district',
  noMatch: 'No unit matches “{query}”.',
  slidePart: 'places {from}–{to} of {count} (slide {part}/{parts})',
};

export type LevelTranslate = (key: LevelMessageKey, params?: Record<string, string | number>) => string;

export const useLevelT: () => LevelTranslate = defineMessages<LevelMessageKey>({ vi, en });

/** The words for a level ranked; the cluster's units are provinces. */
export const levelOfKey = (level: AreaLevel, form: 'levelOf' | 'short' = 'levelOf'): LevelMessageKey => `${form}.${level === 'commune' || level === 'district' ? level : 'province'}`;
