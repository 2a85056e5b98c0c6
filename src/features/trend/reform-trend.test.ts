import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../domain/dataset/dataset-index';
import { parseAreasCsv } from '../../domain/catalog/parse-catalog';
import { buildDataset, buildIndicator, buildObservation } from '../../testing/builders';
import { reformTrend } from './reform-trend';

const parsed = parseAreasCsv(readFileSync('data/areas.csv', 'utf8'));
if (!parsed.ok) throw new Error('data/areas.csv does not parse');
const areas = parsed.data;

const revenue = buildIndicator();
const rate = buildIndicator({ id: 'poverty_rate', additive: false, direction: 'lower_is_better', unit: '%' });
const THAN_UYEN = ['xa-muong-kim', 'xa-khoen-on', 'xa-than-uyen', 'xa-muong-than'];
const TP_LAI_CHAU = ['phuong-tan-phong', 'phuong-doan-ket'];

/** Figures as [area, year, actual]; every one for both indicators. */
function indexOf(rows: [string, number, number][]) {
  const observations = rows.flatMap(([area, year, actual]) => [revenue, rate].map((i) => buildObservation({ area, year, indicator: i.id, actual, plan: actual })));
  return createDatasetIndex(buildDataset({ areas, indicators: [revenue, rate], observations }));
}
const area = (id: string) => areas.find((a) => a.id === id)!;

describe('a trend across the 2025 reform', () => {
  const data = indexOf([
    ['than-uyen', 2023, 90],
    ['than-uyen', 2024, 100],
    ...THAN_UYEN.map((id, n) => [id, 2025, 10 + n] as [string, number, number]),
    ...THAN_UYEN.slice(1).map((id) => [id, 2026, 20] as [string, number, number]),
    ['tp-lai-chau', 2024, 300],
    ...TP_LAI_CHAU.map((id) => [id, 2025, 150] as [string, number, number]),
    ['lao-cai', 2023, 3000],
    ['yen-bai', 2023, 2500],
    ['lao-cai', 2024, 3100],
    ['lao-cai-2025', 2025, 6000],
  ]);

  it.each([
    // [area, indicator, own line years, territory kind, sums by year, gaps by year → reason, parts missing or spanning]
    ['than-uyen', revenue, [2023, 2024], 'former-district', { 2025: 46 }, { 2026: 'missing' }, ['xa-muong-kim']],
    ['than-uyen', rate, [2023, 2024], 'former-district', {}, { 2025: 'not-additive', 2026: 'not-additive' }, []],
    ['tp-lai-chau', revenue, [2024], 'former-district', {}, { 2025: 'spans' }, ['phuong-tan-phong', 'phuong-doan-ket']],
    ['lao-cai-2025', revenue, [2025], 'new-boundaries', { 2023: 5500 }, { 2024: 'missing' }, ['yen-bai']],
    ['lao-cai-2025', rate, [2025], 'new-boundaries', {}, { 2023: 'not-additive', 2024: 'not-additive' }, []],
  ] as const)('%s × %s', (id, indicator, ownYears, kind, sums, gaps, named) => {
    const trend = reformTrend(data, area(id), indicator);
    expect(trend.points.filter((p) => p.actual !== null).map((p) => p.year)).toEqual(ownYears);
    expect(trend.territory?.kind).toBe(kind);
    expect(Object.fromEntries(trend.territory!.sums.map((s) => [s.year, s.value]))).toEqual(sums);
    expect(Object.fromEntries(trend.territory!.gaps.map((g) => [g.year, g.why.kind]))).toEqual(gaps);
    const reasons = trend.territory!.gaps.flatMap((g) => ('areas' in g.why ? g.why.areas.map((a) => a.id) : []));
    expect([...new Set(reasons)]).toEqual(named);
  });

  it('never joins the lines: a year has the own figure or the territory figure, not one line through both', () => {
    const trend = reformTrend(data, area('than-uyen'), revenue);
    expect(trend.points.map((p) => [p.year, p.actual, p.territory])).toEqual([
      [2023, 90, null],
      [2024, 100, null],
      [2025, null, 46],
      [2026, null, null],
    ]);
    expect(trend.successors.map((a) => a.id)).toEqual(THAN_UYEN);
  });

  it('a commune’s line starts in 2025 and names what it was formed from', () => {
    const trend = reformTrend(data, area('xa-muong-kim'), revenue);
    expect(trend.points.map((p) => p.year)).toEqual([2025]);
    expect(trend.territory).toBeNull();
    expect(trend.predecessors.map((a) => a.id)).toEqual(['than-uyen']);
  });

  it('a province merged into another has no territory figure after the merger: the new province is bigger', () => {
    const trend = reformTrend(data, area('lao-cai'), revenue);
    expect(trend.territory).toBeNull();
    expect(trend.points.map((p) => p.year)).toEqual([2023, 2024]);
    expect(trend.successors.map((a) => a.id)).toEqual(['lao-cai-2025']);
  });

  it('a unit in force throughout has its plain trend', () => {
    const trend = reformTrend(data, area('lai-chau'), revenue);
    expect(trend).toEqual({ points: [], territory: null, successors: [], predecessors: [] });
  });
});
