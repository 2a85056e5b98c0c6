import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../domain/dataset/dataset-index';
import { rankAreas } from '../../domain/scoring/scoring';
import { defaultScheme } from '../../domain/scoring/scoring-scheme';
import { buildDataset, buildIndicator, buildObservation, LAI_CHAU_AREAS } from '../../testing/builders';
import { contributionBars, contributionSeries } from './contribution-rows';

/** Indicator ids that are also a chart row's keys, or an object's own machinery. */
const HOSTILE = ['label', 'area', 'score', 'name', 'value', 'id', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];

const indicators = HOSTILE.map((id, k) => buildIndicator({ id, nameVi: `Chỉ tiêu ${k}`, nameEn: `Indicator ${k}` }));
const districts = LAI_CHAU_AREAS.filter((a) => a.level === 'district');
const observations = districts.flatMap((d, k) => indicators.map((i) => buildObservation({ area: d.id, year: 2020, indicator: i.id, plan: 100, actual: 80 + k })));
const index = createDatasetIndex(buildDataset({ indicators, observations }));
const ranking = rankAreas(index, districts.map((d) => d.id), 2020, defaultScheme(HOSTILE));
const areaById = new Map(districts.map((a) => [a.id, a]));

describe('contribution rows with indicator ids that are chart keys', () => {
  const bars = contributionBars(ranking, areaById, (n) => n.toFixed(2));
  const series = contributionSeries(ranking, (id) => index.indicator(id));

  it('keeps every district’s name on the axis', () => {
    expect(bars.map((b) => b.label.replace(/^\d+\. | — .*$/g, '')).sort()).toEqual(districts.map((d) => d.name).sort());
    for (const bar of bars) {
      expect(typeof bar.label).toBe('string');
      expect(areaById.has(bar.area)).toBe(true);
      expect(typeof bar.score).toBe('number');
    }
  });

  it('puts each criterion’s points under the chart’s own key, and no data key on the row', () => {
    expect(series.map((s) => s.indicator.id)).toEqual(HOSTILE);
    for (const bar of bars) {
      expect(Object.keys(bar).sort()).toEqual(['area', 'label', 'score', ...series.map((s) => s.key)].sort());
      expect(Object.getPrototypeOf(bar)).toBe(Object.prototype);
      const points = series.map((s) => bar[s.key] ?? 0);
      expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(Math.round(bar.score * 100) / 100, 6);
    }
  });

  it('pollutes nothing', () => {
    expect(({} as Record<string, unknown>).label).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'label')).toBe(false);
  });
});
