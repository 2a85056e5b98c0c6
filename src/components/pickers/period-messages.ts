import { defineMessages } from '../../lib/language/feature-messages';

/** The period choice's strings (Kỳ), Vietnamese first. */
export const usePeriodT = defineMessages({
  vi: {
    label: 'Kỳ',
    year: 'Cả năm',
    shown: 'Số liệu {period} năm {year}, không phải cả năm.',
    rule: '% KH là phần trăm của kế hoạch cả năm. Chỉ tiêu cộng dồn (thu ngân sách, sản lượng…) xếp trạng thái theo tiến độ thời gian ({months}/12 tháng); chỉ tiêu tỷ lệ, bình quân so với mục tiêu năm.',
    backToYear: 'Xem cả năm {year}',
    samePeriod: 'So với cùng kỳ',
  },
  en: {
    label: 'Period',
    year: 'Whole year',
    shown: 'Figures of {period} {year}, not of the whole year.',
    rule: '% of plan is the share of the whole year\'s plan. Additive indicators (revenue, output…) are judged against the time gone ({months}/12 months); rates and averages against the year\'s target.',
    backToYear: 'Show the whole year {year}',
    samePeriod: 'On the same period',
  },
});
