/** Test-data builders shared by unit and end-to-end tests. */
import type { Area, Dataset, Indicator, Observation } from '../domain/model';

export function buildObservation(overrides: Partial<Observation> = {}): Observation {
  return {
    area: 'tan-uyen',
    year: 2020,
    indicator: 'poverty_reduction',
    plan: null,
    actual: null,
    reportedPercent: null,
    unit: 'điểm %',
    source: 'test',
    note: '',
    ...overrides,
  };
}

export function buildIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'budget_revenue',
    nameVi: 'Thu ngân sách nhà nước trên địa bàn',
    nameEn: 'State budget revenue on the territory',
    unit: 'tỷ đồng',
    unitEn: 'billion VND',
    direction: 'higher_is_better',
    decimals: 2,
    additive: true,
    ...overrides,
  };
}

export const LAI_CHAU_AREAS: Area[] = [
  { id: 'lai-chau', name: 'Lai Châu', level: 'province', parent: null },
  { id: 'tp-lai-chau', name: 'Thành phố Lai Châu', level: 'district', parent: 'lai-chau' },
  { id: 'tam-duong', name: 'Tam Đường', level: 'district', parent: 'lai-chau' },
  { id: 'phong-tho', name: 'Phong Thổ', level: 'district', parent: 'lai-chau' },
  { id: 'sin-ho', name: 'Sìn Hồ', level: 'district', parent: 'lai-chau' },
  { id: 'muong-te', name: 'Mường Tè', level: 'district', parent: 'lai-chau' },
  { id: 'nam-nhun', name: 'Nậm Nhùn', level: 'district', parent: 'lai-chau' },
  { id: 'than-uyen', name: 'Than Uyên', level: 'district', parent: 'lai-chau' },
  { id: 'tan-uyen', name: 'Tân Uyên', level: 'district', parent: 'lai-chau' },
];

export function buildDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    areas: LAI_CHAU_AREAS,
    indicators: [buildIndicator(), buildIndicator({ id: 'poverty_rate', nameVi: 'Tỷ lệ hộ nghèo', nameEn: 'Poverty rate', unit: '%', unitEn: '%', direction: 'lower_is_better', additive: false })],
    observations: [],
    ...overrides,
  };
}
