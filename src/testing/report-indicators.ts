import type { Area } from '../domain/model';
import { buildIndicator, LAI_CHAU_AREAS } from './builders';

/** The indicators the report's tests phrase, as data/indicators.csv has them (names, units, directions, decimals). */
export const REPORT_INDICATORS = {
  budget: buildIndicator(),
  poverty: buildIndicator({ id: 'poverty_rate', nameVi: 'Tỷ lệ hộ nghèo', nameEn: 'Poverty rate', unit: '%', unitEn: '%', direction: 'lower_is_better', additive: false }),
  tea: buildIndicator({ id: 'new_tea_area', nameVi: 'Diện tích trồng chè mới', nameEn: 'New tea planting area', unit: 'ha', unitEn: 'ha', decimals: 1, additive: true }),
  income: buildIndicator({ id: 'income_per_capita', nameVi: 'Thu nhập bình quân đầu người', nameEn: 'Income per capita', unit: 'triệu đồng/người', unitEn: 'million VND per person', decimals: 1, additive: false }),
  jobs: buildIndicator({ id: 'jobs_created', nameVi: 'Giải quyết việc làm mới', nameEn: 'New jobs created', unit: 'người', unitEn: 'people', decimals: 0, additive: true }),
  grdp: buildIndicator({ id: 'grdp_growth', nameVi: 'Tốc độ tăng trưởng GRDP', nameEn: 'GRDP growth rate', unit: '%', unitEn: '%', decimals: 2, additive: false }),
};

/** Lai Châu's areas with their kinds, as data/areas.csv has them: "huyện Tân Uyên". */
export const REPORT_AREAS: Area[] = LAI_CHAU_AREAS.map((a) => ({ ...a, kind: a.level === 'province' ? 'tỉnh' : a.id === 'tp-lai-chau' ? 'thành phố' : 'huyện' }));
