import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area } from '../../domain/model';
import { buildDataset } from '../../testing/builders';
import { UNITS_PER_SLIDE, unitSlides } from './unit-slides';

const province: Area = { id: 'lai-chau', name: 'Lai Châu', level: 'province', parent: null };
const districts: Area[] = ['d0', 'd1', 'd2'].map((id) => ({ id, name: id, level: 'district', parent: 'lai-chau', validTo: '2025-06-30' }));
// 6 + 5 + 3 communes under three former districts.
const communes: Area[] = [6, 5, 3].flatMap((n, d) => Array.from({ length: n }, (_, k) => ({ id: `c${d}-${k}`, name: `C${d}${k}`, level: 'commune' as const, parent: 'lai-chau', validFrom: '2025-07-01', predecessors: [`d${d}`] })));
const index = createDatasetIndex(buildDataset({ areas: [province, ...districts, ...communes] }));

describe('unitSlides', () => {
  it('leaves a view of districts to the indicator split', () => {
    expect(unitSlides(index, 2024, '/?year=2024', 'T', ['a'])).toBeNull();
  });

  it('splits 14 communes by former district, whole groups per slide, numbered', () => {
    expect(UNITS_PER_SLIDE).toBe(9);
    expect(unitSlides(index, 2025, '/indicator/x?year=2025', 'X', null)).toEqual([
      { view: '/indicator/x?year=2025&former=d0', title: 'X (1/2)' },
      { view: '/indicator/x?year=2025&former=d1,d2', title: 'X (2/2)' },
    ]);
  });

  it('crosses unit parts with parts of at most five indicator columns', () => {
    const slides = unitSlides(index, 2025, '/?year=2025', 'T', ['a', 'b', 'c', 'd', 'e', 'f']) ?? [];
    expect(slides.map((s) => s.view)).toEqual([
      '/?year=2025&former=d0&indicators=a,b,c,d,e',
      '/?year=2025&former=d0&indicators=f',
      '/?year=2025&former=d1,d2&indicators=a,b,c,d,e',
      '/?year=2025&former=d1,d2&indicators=f',
    ]);
    expect(slides.at(-1)?.title).toBe('T (4/4)');
  });
});
