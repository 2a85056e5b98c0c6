import { defineMessages } from '../../lib/language/feature-messages';

/** The trend view's own strings across the 2025 reform, Vietnamese first. */
const vi = {
  areaLabel: 'Đơn vị',
  newProvince: '{name} (tỉnh mới từ {date})',
  legendFormerDistrict: 'TH theo địa bàn huyện cũ',
  legendNewBoundaries: 'TH theo địa giới mới',
  territoryFormerDistrict: 'Đường nét đứt, điểm rỗng: thực hiện theo địa bàn huyện cũ — tổng của {parts}, chỉ khi tất cả đã báo cáo. Không phải số liệu của {area} (đơn vị không còn), không nối vào đường thực hiện.',
  territoryNewBoundaries: 'Đường nét đứt, điểm rỗng: thực hiện theo địa giới mới — tổng của {parts} trước khi hợp nhất, chỉ khi tất cả đã báo cáo. Không nối vào đường thực hiện của tỉnh mới.',
  gapMissing: '{years}: không có số liệu theo {territory} — chưa báo cáo: {areas}.',
  gapSpans: '{years}: không có tổng chính xác theo địa bàn {area} cũ — {spans}.',
  spansOne: '{unit} gồm cả một phần {others}',
  gapNotAdditive: '{indicator} không cộng dồn được, nên không có số liệu theo {territory} ({years}).',
  territoryFormer: 'địa bàn huyện cũ',
  territoryNew: 'địa giới mới',
  ended: '{area} không còn từ {date}: đường thực hiện dừng ở năm {year}.',
  successorsOffer: 'Từ {year}, xem xu hướng của đơn vị kế tục:',
  mergedInto: '{area} đã hợp nhất vào {successor} từ {date}; số liệu của tỉnh mới không phải của {area}.',
  began: '{area} có từ {date}: đường thực hiện bắt đầu từ năm {year}, không nối với số liệu của đơn vị trước đó.',
  beganFrom: 'Xem xu hướng của đơn vị trước đó:',
  tableTerritory: 'TH theo địa bàn (tổng các đơn vị)',
} as const;

export type TrendMessageKey = keyof typeof vi;

const en: Record<TrendMessageKey, string> = {
  areaLabel: 'Area',
  newProvince: '{name} (new province from {date})',
  legendFormerDistrict: 'Actual by former district territory',
  legendNewBoundaries: 'Actual within the new boundaries',
  territoryFormerDistrict: 'Dashed line, hollow points: actual by former district territory — the sum of {parts}, only when all of them reported. Not a figure of {area} (which no longer exists), and not joined to its actual line.',
  territoryNewBoundaries: 'Dashed line, hollow points: actual within the new boundaries — the sum of {parts} before the merger, only when all of them reported. Not joined to the new province’s actual line.',
  gapMissing: '{years}: no figure by {territory} — not reported: {areas}.',
  gapSpans: '{years}: no exact sum for the former {area} territory — {spans}.',
  spansOne: '{unit} also includes part of {others}',
  gapNotAdditive: '{indicator} does not add up, so there is no figure by {territory} ({years}).',
  territoryFormer: 'former district territory',
  territoryNew: 'the new boundaries',
  ended: '{area} no longer exists from {date}: its actual line ends in {year}.',
  successorsOffer: 'From {year}, see the trend of a successor:',
  mergedInto: '{area} was merged into {successor} from {date}; the new province’s figures are not {area}’s.',
  began: '{area} exists from {date}: its actual line starts in {year} and is not joined to the figures of the units before it.',
  beganFrom: 'See the trend of a unit before it:',
  tableTerritory: 'Actual by territory (sum of units)',
};

export const useTrendT = defineMessages<TrendMessageKey>({ vi, en });
