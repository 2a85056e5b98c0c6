import { defineMessages } from '../../lib/language/feature-messages';

/** The indicator view's strings at national scale (top and bottom N, pages of small multiples), Vietnamese first. */
const vi = {
  topBottomCaption: 'Đang hiện {n} đơn vị có % kế hoạch cao nhất và {n} đơn vị thấp nhất trong {total} đơn vị có % kế hoạch.',
  topHeading: '{n} đơn vị cao nhất',
  bottomHeading: '{n} đơn vị thấp nhất',
  showAll: 'Xem tất cả {total} đơn vị',
  showTopBottom: 'Chỉ xem {n} cao nhất và {n} thấp nhất',
  allCaption: 'Tất cả {total} đơn vị có số liệu, xếp theo % kế hoạch, cao nhất trước.',
  colRank: 'Hạng',
  pages: 'Các trang biểu đồ nhỏ',
  pageOf: 'Trang {page}/{pages}',
  pageUnits: 'đơn vị {from}–{to} / {total}',
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',
} as const;

export type IndicatorMessageKey = keyof typeof vi;

const en: Record<IndicatorMessageKey, string> = {
  topBottomCaption: 'Showing the {n} units with the highest % of plan and the {n} lowest, of {total} units with a % of plan.',
  topHeading: 'Top {n}',
  bottomHeading: 'Bottom {n}',
  showAll: 'See all {total} units',
  showTopBottom: 'Show only the top {n} and bottom {n}',
  allCaption: 'All {total} units with figures, sorted by % of plan, highest first.',
  colRank: 'Rank',
  pages: 'Pages of small charts',
  pageOf: 'Page {page} of {pages}',
  pageUnits: 'units {from}–{to} of {total}',
  previousPage: 'Previous page',
  nextPage: 'Next page',
};

export const useIndicatorT = defineMessages({ vi, en });
