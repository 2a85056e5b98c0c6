import type { Area, Dataset, Indicator, Observation } from '../domain/model';

const INDICATORS = 50;
/** The report's year; the year before has figures too (the paragraphs' "so với năm …"). */
export const REPORT_AT_SCALE_YEAR = 2026;
const YEAR = REPORT_AT_SCALE_YEAR;

/**
 * A seeded dataset of `units` communes × 50 indicators × two years for the report at scale (the .docx's
 * benchmark and tests): up to 38 units one province's, reported from the province; more, a country's
 * spread over 34 provinces with no figures of their own, so the country's report lists the communes.
 * Now and then a plan or an actual is missing; `withoutTargets` units have no plan at all.
 */
export function reportAtScale(units: number, withoutTargets = 0): { data: Dataset; parent: string } {
  let seed = 20261129;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const provinces = units <= 38 ? 1 : 34;
  const areas: Area[] = [{ id: 'vn', name: 'Việt Nam', level: 'country', parent: null }];
  for (let p = 0; p < provinces; p++) areas.push({ id: `p${p}`, name: `Tỉnh ${p + 1}`, level: 'province', parent: 'vn' });
  for (let u = 0; u < units; u++) areas.push({ id: `x${u}`, name: `Xã ${['Bắc', 'Nam', 'Đông', 'Tây'][u % 4]} ${u + 1}`, level: 'commune', parent: `p${u % provinces}` });
  const indicators: Indicator[] = Array.from({ length: INDICATORS }, (_, k) => ({
    id: `ct${k}`,
    nameVi: `Chỉ tiêu thử nghiệm số ${k + 1} về phát triển kinh tế - xã hội`,
    nameEn: `Test indicator ${k + 1}`,
    unit: k % 4 === 3 ? '%' : 'tỷ đồng',
    unitEn: k % 4 === 3 ? '%' : 'billion VND',
    direction: k % 4 === 3 ? 'lower_is_better' : 'higher_is_better',
    decimals: k % 4 === 3 ? 2 : 1,
    additive: k % 4 !== 3,
  }));
  const observations: Observation[] = [];
  for (let u = 0; u < units; u++) {
    for (const year of [YEAR - 1, YEAR]) {
      for (const indicator of indicators) {
        const plan = Math.round(100 + random() * 9000) / 10;
        const gap = random();
        observations.push({
          area: `x${u}`,
          year,
          indicator: indicator.id,
          plan: gap < 0.03 || u < withoutTargets ? null : plan,
          actual: gap > 0.95 ? null : Math.round(plan * (0.7 + random() * 0.7) * 10) / 10,
          reportedPercent: null,
          unit: indicator.unit,
          source: `Báo cáo thử nghiệm của tỉnh ${(u % provinces) + 1}`,
          note: '',
        });
      }
    }
  }
  return { data: { areas, indicators, observations }, parent: units <= 38 ? 'p0' : 'vn' };
}
