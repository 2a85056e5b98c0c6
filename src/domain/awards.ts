import type { Localized } from './issues';

/**
 * What a council decided (khen thưởng thi đua): per unit and year, the form of commendation and
 * whether the source says it was proposed (đề nghị) or conferred. Shown beside the computed
 * ranking and never part of a score: an award is a decision, the ranking a calculation.
 */
export const AWARD_KINDS = ['government_flag', 'pm_certificate', 'ministry_flag', 'province_flag', 'province_certificate'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

export const AWARD_STATUSES = ['proposed', 'conferred'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

/** The columns of awards.csv, in order. */
export const AWARD_COLUMNS = ['area', 'year', 'award', 'status', 'source', 'note'] as const;

export interface Award {
  area: string;
  /** The year whose achievements are commended (2016 for the awards of the 2016 review). */
  year: number;
  kind: AwardKind;
  status: AwardStatus;
  /** The document it comes from; required: an award without a source is not data. */
  source: string;
  /** The source's own words, quoted. */
  note: string;
}

/** The titles as the decisions write them (Luật Thi đua, khen thưởng), and in English. */
export const AWARD_TITLES: Record<AwardKind, Localized> = {
  government_flag: { vi: 'Cờ thi đua của Chính phủ', en: 'Emulation flag of the Government' },
  pm_certificate: { vi: 'Bằng khen của Thủ tướng Chính phủ', en: 'Certificate of merit of the Prime Minister' },
  ministry_flag: { vi: 'Cờ thi đua của bộ, ban, ngành, đoàn thể trung ương', en: 'Emulation flag of a ministry or central body' },
  province_flag: { vi: 'Cờ thi đua của UBND tỉnh', en: 'Emulation flag of the provincial People’s Committee' },
  province_certificate: { vi: 'Bằng khen của UBND tỉnh', en: 'Certificate of merit of the provincial People’s Committee' },
};

export const AWARD_STATUS_LABELS: Record<AwardStatus, Localized> = {
  proposed: { vi: 'đề nghị', en: 'proposed' },
  conferred: { vi: 'đã tặng', en: 'conferred' },
};

/** The awards of these units in a year, the Government's first (the order of AWARD_KINDS), then by unit order. */
export function awardsFor(awards: readonly Award[] | undefined, areaIds: readonly string[], year: number): Award[] {
  const order = new Map(areaIds.map((id, i) => [id, i]));
  return (awards ?? [])
    .filter((a) => a.year === year && order.has(a.area))
    .sort((a, b) => AWARD_KINDS.indexOf(a.kind) - AWARD_KINDS.indexOf(b.kind) || (order.get(a.area) ?? 0) - (order.get(b.area) ?? 0));
}
